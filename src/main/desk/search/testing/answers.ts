import type { Offer, Segment, ShoppingData } from '../../../fr24'

/**
 * FR24 shopping answers written by hand in the documented shape (offers, legs, segments; offer.legId
 * = the directions' legIds joined with `^`), for row-building tests that need exact times.
 */
export function segment(id: string, carrier: string, flightNo: string, from: string, depTime: string, to: string, arrTime: string, more: Partial<Segment> = {}): Segment {
  return {
    segmentId: id,
    duration: null,
    carrier,
    flightNo,
    codeShare: false,
    operatingCarrier: null,
    operatingFlightNo: null,
    aircraftCode: '359',
    depAirport: from,
    depTerminal: '1',
    depTime,
    arrAirport: to,
    arrTerminal: null,
    arrTime,
    stopAirport: null,
    stopDuration: null,
    ...more
  }
}

const bag = (segmentId: string, checkedPc: string, checkedWeight = 'e-e-e') => ({
  segmentId,
  cabinBagPc: '1-1-e',
  cabinBagSize: 'e-e-e',
  cabinBagWeight: '7-7-e',
  checkedBagPc: checkedPc,
  checkedBagSize: 'e-e-e',
  checkedBagWeight: checkedWeight
})

export interface OfferSpec {
  offerId: string
  /** Segment ids per direction. */
  directions: string[][]
  plating?: string
  adult?: { fare: string; tax: string; fee?: string }
  child?: { fare: string; tax: string; fee?: string }
  totalPrice?: string
  checkedPc?: string
  refund?: { policy: string; fee: string | null }
  change?: { policy: string; fee: string | null }
  brand?: string
}

export function answer(segments: Segment[], offers: OfferSpec[]): ShoppingData {
  const legs = new Map<string, string[]>()
  const built: Offer[] = offers.map((o) => {
    const legIds = o.directions.map((ids) => `L-${ids.join('-')}`)
    o.directions.forEach((ids, i) => legs.set(legIds[i]!, ids))
    const segIds = o.directions.flat()
    const adult = o.adult ?? { fare: '100', tax: '20', fee: '5' }
    const pricePerPax = [{ paxType: 'ADT', baseFare: adult.fare, totalTax: adult.tax, taxBreakdown: [{ taxType: 'YQ', taxAmount: adult.tax }], serviceFee: adult.fee ?? null }]
    if (o.child) pricePerPax.push({ paxType: 'CHD', baseFare: o.child.fare, totalTax: o.child.tax, taxBreakdown: [], serviceFee: o.child.fee ?? null })
    return {
      offerId: o.offerId,
      legId: legIds.join('^'),
      currency: 'CNY',
      totalPrice: o.totalPrice ?? null,
      platingCarrier: o.plating ?? 'SQ',
      pricePerPax,
      cabin: segIds.map(() => 'Y'),
      RBD: segIds.map(() => 'M'),
      fareBasis: segIds.map(() => 'MOWSG'),
      availability: segIds.map(() => '9'),
      extraInfo: { freeBaggageAllowance: segIds.map((id) => bag(id, o.checkedPc ?? '1-1-e')) },
      eligibilityFlag: false,
      eligibilityDetail: null,
      rules: {
        refund: [{ paxType: 'ADT', couponStatus: 0, refundPolicy: o.refund?.policy ?? 'withCondition', applicableTime: null, refundFee: o.refund ? o.refund.fee : '100', fullRefundAP: null }],
        change: [{ paxType: 'ADT', couponStatus: 0, changePolicy: o.change?.policy ?? 'withNoPenalty', applicableTime: null, changeFee: o.change ? o.change.fee : '0' }]
      },
      productType: 'AAA',
      productTag: o.brand ? { fareBrand: [o.brand] } : null,
      productSource: 'GDS',
      paymentMethod: '0'
    } as Offer
  })
  return { offers: built, legs: [...legs].map(([legId, segmentIds]) => ({ legId, segmentIds })), segments } as ShoppingData
}
