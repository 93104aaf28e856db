import { PricedOffer, type OrderView, type PassengerInput } from '../../../../shared/domain/booking'

/**
 * A priced SIN–HKG–SIN offer for 2 adults and a child, parsed through the contract's own schema so a
 * test never holds a shape main could not send. For the flow's and the screens' unit tests only.
 */
export function pricedOffer(overrides: Partial<PricedOffer> = {}): PricedOffer {
  const segment = (from: string, to: string, departLocal: string) => ({
    carrier: 'CX',
    flightNo: 'CX 710',
    from,
    to,
    departLocal,
    arriveLocal: departLocal,
    cabin: 'Y',
    carrierName: 'Cathay Pacific'
  })
  const leg = (from: string, to: string, departLocal: string) => ({
    from,
    to,
    departLocal,
    arriveLocal: departLocal,
    dayOffset: 0,
    durationMinutes: 235,
    stops: 0,
    connections: [],
    segments: [segment(from, to, departLocal)]
  })
  const pax = (paxType: 'ADT' | 'CHD', count: number, perPassenger: string) => ({
    paxType,
    count,
    fare: perPassenger,
    taxes: '0',
    perPassenger,
    taxLines: [],
    baggage: []
  })
  return PricedOffer.parse({
    pricingId: 'p_1',
    searchId: 's_1',
    offerId: 'o_1',
    pricedAt: 1_000_000,
    expiresAt: 1_000_000 + 30 * 60_000,
    detail: {
      searchId: 's_1',
      offerId: 'o_1',
      expiresAt: 1_000_000 + 30 * 60_000,
      currency: 'CNY',
      totalPrice: '2310.00',
      validatingCarrier: { code: 'CX', name: 'Cathay Pacific' },
      legs: [leg('SIN', 'HKG', '2027-01-10T08:00'), leg('HKG', 'SIN', '2027-01-17T12:00')],
      fareRules: { refund: [], change: [] },
      refundable: 'unknown',
      changeable: 'unknown',
      passengers: [pax('ADT', 2, '800.00'), pax('CHD', 1, '710.00')],
      warnings: []
    },
    segments: [
      { segmentId: 'g1', leg: 0, from: 'SIN', to: 'HKG', carrier: 'CX', flightNo: 'CX 710', departLocal: '2027-01-10T08:00' },
      { segmentId: 'g2', leg: 1, from: 'HKG', to: 'SIN', carrier: 'CX', flightNo: 'CX 711', departLocal: '2027-01-17T12:00' }
    ],
    changes: [],
    environment: 'sandbox',
    ...overrides
  })
}

export const passenger: PassengerInput = {
  paxType: 'ADT',
  surname: 'TAN',
  givenNames: 'MEI LING',
  sex: 'F',
  birthday: '1985-04-02',
  documentType: 'PP',
  documentNumber: 'E1234567',
  issuingCountry: 'SG',
  nationality: 'SG',
  documentExpiry: '2031-01-01'
}

export const contact = { name: 'Lion City Travel', areaCode: '65', phone: '6123 4567', email: 'desk@lioncity.example' }

export function orderView(overrides: Partial<OrderView> = {}): OrderView {
  return {
    orderNo: '1234567890',
    partnerOrderNo: 'd_1',
    profileId: 'sandbox',
    environment: 'sandbox',
    state: 'unpaid',
    payment: 'none',
    route: 'SIN–HKG–SIN',
    departLocal: '2027-01-10T08:00',
    departZone: 'Asia/Singapore',
    travellers: [{ name: 'TAN/MEI LING', paxType: 'ADT' }],
    currency: 'CNY',
    total: '2310.00',
    payDeadline: 2_000_000,
    bookedAt: 1_500_000,
    updatedAt: 1_500_000,
    history: [],
    extras: [],
    ...overrides
  }
}
