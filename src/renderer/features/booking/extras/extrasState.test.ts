import { describe, expect, it } from 'vitest'
import type { BagOption, OfferExtras, SeatMapView, SeatView } from '../../../../shared/domain/booking'
import {
  bagQuantity,
  clearSeat,
  currentPassenger,
  emptyExtras,
  extrasTotal,
  extrasView,
  pickSeat,
  reconcileExtras,
  seatOf,
  setBags,
  toPicks,
  type ExtrasState,
  type SeatAttempt,
  type Traveller
} from './extrasState'

const seat = (seatNo: string, price: string | undefined, state: SeatView['state'] = 'free'): SeatView => ({
  seatNo,
  column: seatNo.slice(-1),
  state,
  price,
  characteristics: []
})

const map = (segmentId: string): SeatMapView => ({
  segmentId,
  columns: ['A', 'B', 'C'],
  aisleAfter: [],
  currency: 'SGD',
  rows: [
    { rowNo: 30, exit: false, seats: [seat('30A', '8.05'), seat('30B', '0'), seat('30C', '8.05')] },
    { rowNo: 31, exit: true, seats: [seat('31A', '35.10'), seat('31B', undefined), seat('31C', '35.10', 'taken')] }
  ]
})
const out = map('seg-out')
const back = map('seg-back')

const bag20: BagOption = { auxId: 'bag20', segmentIds: ['seg-out', 'seg-back'], price: '45.35', currency: 'SGD', weightKg: 20, pieces: 1, limitPerPassenger: 2 }
const bag30: BagOption = { auxId: 'bag30', segmentIds: ['seg-out', 'seg-back'], price: '60.1', currency: 'SGD', weightKg: 30, pieces: 1, limitPerPassenger: 1 }
const bagUsd: BagOption = { auxId: 'bagUsd', segmentIds: ['seg-out'], price: '30', currency: 'USD', weightKg: 20 }
const bagNoLimit: BagOption = { auxId: 'bagX', segmentIds: ['seg-out'], price: '12.5', currency: 'SGD' }

const passengers: Traveller[] = [
  { paxType: 'ADT', label: 'Adult 1' },
  { paxType: 'ADT', label: 'Adult 2' },
  { paxType: 'CHD', label: 'Child 1' },
  { paxType: 'INF', label: 'Infant 1' }
]
const context = (m: SeatMapView) => ({ map: m, currency: 'SGD', passengers })

function picked(attempt: SeatAttempt): ExtrasState {
  if (attempt.kind === 'refused') throw new Error(`refused: ${attempt.reason.kind}`)
  return attempt.state
}

describe('seats', () => {
  it('gives a passenger one seat per flight; a second pick on that flight moves them', () => {
    let state = picked(pickSeat(emptyExtras, context(out), 0, '30A'))
    state = picked(pickSeat(state, context(back), 0, '31A'))
    state = picked(pickSeat(state, context(out), 0, '30C'))
    expect(state.seats).toEqual([
      { passenger: 0, segmentId: 'seg-back', seatNo: '31A', price: '35.10' },
      { passenger: 0, segmentId: 'seg-out', seatNo: '30C', price: '8.05' }
    ])
  })

  it('never gives one seat to two passengers', () => {
    const state = picked(pickSeat(emptyExtras, context(out), 0, '30A'))
    expect(pickSeat(state, context(out), 1, '30A')).toEqual({ kind: 'refused', reason: { kind: 'heldBy', passenger: 0 } })
    // The same seat number on the other flight is another seat.
    expect(pickSeat(state, context(back), 1, '30A').kind).toBe('picked')
  })

  it('gives the seat back when its passenger picks it again', () => {
    const state = picked(pickSeat(emptyExtras, context(out), 2, '30B'))
    const again = pickSeat(state, context(out), 2, '30B')
    expect(again.kind).toBe('unpicked')
    expect(picked(again).seats).toEqual([])
    expect(seatOf(clearSeat(state, 2, 'seg-out'), 2, 'seg-out')).toBeUndefined()
  })

  it('seats no infant: they sit on a lap', () => {
    expect(pickSeat(emptyExtras, context(out), 3, '30A')).toEqual({ kind: 'refused', reason: { kind: 'lap' } })
    expect(pickSeat(emptyExtras, context(out), 7, '30A')).toEqual({ kind: 'refused', reason: { kind: 'lap' } })
    expect(currentPassenger({ ...emptyExtras, passenger: 3 }, passengers)).toBe(0)
    expect(currentPassenger({ ...emptyExtras, passenger: 2 }, passengers)).toBe(2)
    expect(currentPassenger(emptyExtras, [{ paxType: 'INF', label: 'Infant 1' }])).toBeUndefined()
  })

  it('refuses a taken seat, a seat without a price and a seat not on the map', () => {
    expect(pickSeat(emptyExtras, context(out), 0, '31C')).toEqual({ kind: 'refused', reason: { kind: 'taken' } })
    expect(pickSeat(emptyExtras, context(out), 0, '31B')).toEqual({ kind: 'refused', reason: { kind: 'priceUnknown' } })
    expect(pickSeat(emptyExtras, context(out), 0, '99Z')).toEqual({ kind: 'refused', reason: { kind: 'noSuchSeat' } })
  })
})

describe('bags', () => {
  it('keeps a passenger within the limit of each option, and 0 takes the bag off', () => {
    let state = setBags(emptyExtras, bag20, 'SGD', 0, 5)
    expect(bagQuantity(state, 0, 'bag20')).toBe(2)
    state = setBags(state, bag30, 'SGD', 0, 2)
    expect(bagQuantity(state, 0, 'bag30')).toBe(1)
    state = setBags(state, bag20, 'SGD', 0, 1)
    expect(bagQuantity(state, 0, 'bag20')).toBe(1)
    state = setBags(state, bag20, 'SGD', 0, 0)
    expect(state.bags).toEqual([{ passenger: 0, auxId: 'bag30', quantity: 1, price: '60.1' }])
    expect(setBags(emptyExtras, bag20, 'SGD', 1, -3).bags).toEqual([])
  })

  it('sells one of a bag whose limit FR24 left out, and none priced in another currency', () => {
    expect(bagQuantity(setBags(emptyExtras, bagNoLimit, 'SGD', 0, 3), 0, 'bagX')).toBe(1)
    expect(setBags(emptyExtras, bagUsd, 'SGD', 0, 1).bags).toEqual([])
  })

  it('lets an infant have bags (only a seat needs a lap)', () => {
    expect(bagQuantity(setBags(emptyExtras, bag20, 'SGD', 3, 1), 3, 'bag20')).toBe(1)
  })
})

describe('what is booked', () => {
  function chosen(): ExtrasState {
    let state = picked(pickSeat(emptyExtras, context(out), 1, '30A'))
    state = picked(pickSeat(state, context(out), 0, '31A'))
    state = picked(pickSeat(state, context(back), 0, '30B'))
    state = setBags(state, bag20, 'SGD', 2, 2)
    return setBags(state, bag30, 'SGD', 0, 1)
  }

  it('lists a seat per passenger and flight, and one bag pick per bag bought', () => {
    expect(toPicks(chosen())).toEqual({
      seats: [
        { passenger: 0, segmentId: 'seg-back', seatNo: '30B', price: '0' },
        { passenger: 0, segmentId: 'seg-out', seatNo: '31A', price: '35.10' },
        { passenger: 1, segmentId: 'seg-out', seatNo: '30A', price: '8.05' }
      ],
      bags: [
        { passenger: 0, auxId: 'bag30', price: '60.1' },
        { passenger: 2, auxId: 'bag20', price: '45.35' },
        { passenger: 2, auxId: 'bag20', price: '45.35' }
      ]
    })
    expect(toPicks(emptyExtras)).toEqual({ seats: [], bags: [] })
  })

  it('adds fare, seats and bags to the cent, without floats', () => {
    // 0.1 + 0.2 style sums: 35.10 + 8.05 + 0 = 43.15; 2 × 45.35 + 60.10 = 150.80.
    expect(extrasTotal('2345.70', chosen())).toEqual({ fare: '2345.7', seats: '43.15', bags: '150.8', total: '2539.65' })
    expect(extrasTotal('0.1', setBags(emptyExtras, { ...bagNoLimit, price: '0.2' }, 'SGD', 0, 1)).total).toBe('0.3')
    expect(extrasTotal('1000', emptyExtras)).toEqual({ fare: '1000', seats: '0', bags: '0', total: '1000' })
  })

  it('moves the total by exactly a seat’s and a bag’s price as they are picked', () => {
    const before = extrasTotal('812.40', emptyExtras).total
    const withSeat = picked(pickSeat(emptyExtras, context(out), 0, '30C'))
    const withBag = setBags(withSeat, bag20, 'SGD', 0, 1)
    expect(extrasTotal('812.40', withSeat).total).toBe('820.45')
    expect(extrasTotal('812.40', withBag).total).toBe('865.8')
    expect(before).toBe('812.4')
  })
})

describe('a new answer from FR24', () => {
  const extras = (over: Partial<OfferExtras> = {}): OfferExtras => ({ pricingId: 'p1', seatMaps: [out, back], bags: [bag20, bag30], ...over })

  it('keeps the picks still offered at the same price and drops the rest', () => {
    let state = picked(pickSeat(emptyExtras, context(out), 0, '30A'))
    state = picked(pickSeat(state, context(back), 1, '31A'))
    state = setBags(setBags(state, bag20, 'SGD', 0, 2), bag30, 'SGD', 1, 1)
    const dearer: SeatMapView = { ...back, rows: back.rows.map((r) => ({ ...r, seats: r.seats.map((s) => (s?.seatNo === '31A' ? { ...s, price: '40' } : s)) })) }
    const kept = reconcileExtras(state, extras({ seatMaps: [out, dearer], bags: [{ ...bag20, limitPerPassenger: 1 }, bag30] }), passengers, 'SGD')
    expect(kept.state.seats).toEqual([{ passenger: 0, segmentId: 'seg-out', seatNo: '30A', price: '8.05' }])
    expect(kept.state.bags).toEqual([{ passenger: 1, auxId: 'bag30', quantity: 1, price: '60.1' }])
    expect(kept.dropped).toEqual({ seats: 1, bags: 1 })
  })

  it('keeps everything when nothing changed, and nothing when seats or bags are gone', () => {
    const state = setBags(picked(pickSeat(emptyExtras, context(out), 0, '30A')), bag20, 'SGD', 0, 1)
    expect(reconcileExtras(state, extras(), passengers, 'SGD')).toEqual({ state, dropped: { seats: 0, bags: 0 } })
    const gone = reconcileExtras(state, extras({ seatsGap: 'failed', bagsGap: 'not-offered' }), passengers, 'SGD')
    expect(gone.state.seats).toEqual([])
    expect(gone.state.bags).toEqual([])
  })
})

describe('what the step shows', () => {
  it('loads, fails, or shows what FR24 offers with the gaps named', () => {
    const error = { kind: 'network' as const, message: 'no answer' }
    expect(extrasView(undefined, undefined)).toEqual({ kind: 'loading' })
    expect(extrasView(undefined, error)).toEqual({ kind: 'failed', error })
    expect(extrasView({ pricingId: 'p', seatMaps: [out], bags: [], seatsGap: undefined }, undefined)).toEqual({
      kind: 'ready',
      seats: { kind: 'offered', items: [out] },
      bags: { kind: 'gap', gap: 'not-offered' }
    })
    expect(extrasView({ pricingId: 'p', seatMaps: [], bags: [bag20], seatsGap: 'failed' }, undefined)).toEqual({
      kind: 'ready',
      seats: { kind: 'gap', gap: 'failed' },
      bags: { kind: 'offered', items: [bag20] }
    })
  })
})
