import { describe, expect, it } from 'vitest'
import { PriceChange } from '../../../shared/domain/booking'
import type { DetailSegment, OfferDetail, PaxBreakdown } from '../../../shared/domain/search'
import { priceChanges } from './priceChanges'

/** A SIN → HKG → SIN offer for 2 adults and 1 child, as search/detail.ts builds it. */
function segment(flightNo: string, from: string, to: string, departLocal: string, arriveLocal: string, seatsLeft?: string): DetailSegment {
  const s: DetailSegment = { carrier: 'SQ', flightNo, from, to, departLocal, arriveLocal, cabin: 'Y', bookingClass: 'Y', carrierName: 'Singapore Airlines' }
  if (seatsLeft !== undefined) s.seatsLeft = seatsLeft
  return s
}

function pax(paxType: PaxBreakdown['paxType'], count: number, perPassenger: string): PaxBreakdown {
  return { paxType, count, fare: perPassenger, taxes: '0', perPassenger, taxLines: [], baggage: [] }
}

function offer(): OfferDetail {
  const leg = (segments: DetailSegment[]) => ({
    from: segments[0]!.from,
    to: segments[segments.length - 1]!.to,
    departLocal: segments[0]!.departLocal,
    arriveLocal: segments[segments.length - 1]!.arriveLocal,
    dayOffset: 0,
    durationMinutes: 235,
    stops: segments.length - 1,
    connections: [],
    segments
  })
  return {
    searchId: 's1',
    offerId: '10000000010000000',
    expiresAt: 1,
    currency: 'CNY',
    totalPrice: '5000.00',
    validatingCarrier: { code: 'SQ', name: 'Singapore Airlines' },
    brand: 'Economy Lite',
    legs: [leg([segment('856', 'SIN', 'HKG', '2026-04-15T08:00', '2026-04-15T11:55', '9')]), leg([segment('857', 'HKG', 'SIN', '2026-04-22T13:00', '2026-04-22T16:55', '7')])],
    fareRules: { refund: [], change: [] },
    refundable: 'fee',
    changeable: 'fee',
    passengers: [pax('ADT', 2, '2000.00'), pax('CHD', 1, '1000.00')],
    warnings: []
  }
}

function changed(edit: (o: OfferDetail) => void): OfferDetail {
  const o = structuredClone(offer())
  edit(o)
  return o
}

const flight = (o: OfferDetail, leg: number) => o.legs[leg]!.segments[0]!

describe('priceChanges', () => {
  it('nothing changed: no changes, also when the amounts are written with other decimals', () => {
    expect(priceChanges(offer(), offer())).toEqual([])
    const same = changed((o) => {
      o.totalPrice = '5000'
      o.passengers[0]!.perPassenger = '2000.0'
      o.offerId = '20000000000000001'
    })
    expect(priceChanges(offer(), same)).toEqual([])
  })

  it('a higher price: the total and each passenger type that moved', () => {
    const after = changed((o) => {
      o.totalPrice = '5200.00'
      o.passengers[0]!.perPassenger = '2100.00'
    })
    const changes = priceChanges(offer(), after)
    expect(changes).toEqual([
      { kind: 'total', before: '5000.00', after: '5200.00' },
      { kind: 'perPassenger', paxType: 'ADT', before: '2000.00', after: '2100.00' }
    ])
    for (const c of changes) expect(PriceChange.safeParse(c).success).toBe(true)
  })

  it('a child fare alone moving names the child', () => {
    const after = changed((o) => {
      o.totalPrice = '5050.00'
      o.passengers[1]!.perPassenger = '1050.00'
    })
    expect(priceChanges(offer(), after)).toContainEqual({ kind: 'perPassenger', paxType: 'CHD', before: '1000.00', after: '1050.00' })
  })

  it('another currency', () => {
    const after = changed((o) => {
      o.currency = 'USD'
    })
    expect(priceChanges(offer(), after)).toEqual([{ kind: 'currency', before: 'CNY', after: 'USD' }])
  })

  it('another brand, and a brand FR24 stopped naming', () => {
    expect(priceChanges(offer(), changed((o) => (o.brand = 'Economy Flex')))).toEqual([{ kind: 'brand', before: 'Economy Lite', after: 'Economy Flex' }])
    expect(priceChanges(offer(), changed((o) => delete o.brand))).toEqual([{ kind: 'brand', before: 'Economy Lite' }])
  })

  it('refund and change rules that answer differently', () => {
    const after = changed((o) => {
      o.refundable = 'no'
      o.changeable = 'unknown'
    })
    expect(priceChanges(offer(), after)).toEqual([
      { kind: 'rules', rule: 'refund', before: 'fee', after: 'no' },
      { kind: 'rules', rule: 'change', before: 'fee', after: 'unknown' }
    ])
  })

  it('seats left: fewer, or no longer said, on the segment by its index over all segments; more is no news', () => {
    const fewer = changed((o) => (flight(o, 1).seatsLeft = '2'))
    expect(priceChanges(offer(), fewer)).toEqual([{ kind: 'seatsLeft', segment: 1, before: '7', after: '2' }])
    const unsaid = changed((o) => delete flight(o, 0).seatsLeft)
    expect(priceChanges(offer(), unsaid)).toEqual([{ kind: 'seatsLeft', segment: 0, before: '9' }])
    const more = changed((o) => (flight(o, 1).seatsLeft = '9'))
    expect(priceChanges(offer(), more)).toEqual([])
  })

  it('other flights, times or classes: one itinerary change, and no seat figures compared across flights', () => {
    const otherTime = changed((o) => {
      flight(o, 0).departLocal = '2026-04-15T09:00'
      flight(o, 0).seatsLeft = '1'
    })
    expect(priceChanges(offer(), otherTime)).toEqual([{ kind: 'itinerary' }])
    expect(priceChanges(offer(), changed((o) => (flight(o, 1).flightNo = '861')))).toEqual([{ kind: 'itinerary' }])
    expect(priceChanges(offer(), changed((o) => (flight(o, 1).bookingClass = 'B')))).toEqual([{ kind: 'itinerary' }])
    const connection = changed((o) => o.legs[0]!.segments.push(segment('890', 'HKG', 'HKG', '2026-04-15T13:00', '2026-04-15T14:00')))
    expect(priceChanges(offer(), connection)).toEqual([{ kind: 'itinerary' }])
  })

  it('several changes at once, money first', () => {
    const after = changed((o) => {
      o.totalPrice = '5400.00'
      o.refundable = 'no'
      flight(o, 0).seatsLeft = '3'
    })
    expect(priceChanges(offer(), after).map((c) => c.kind)).toEqual(['total', 'rules', 'seatsLeft'])
  })
})
