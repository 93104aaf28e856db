import { describe, expect, it } from 'vitest'
import { BagOption, SeatMapView } from '../../../shared/domain/booking'
import { PresaleAncillaryData } from '../../fr24/schema/ancillary'
import { SeatMapData } from '../../fr24/schema/seatMap'
import { bagOptions, seatMapViews } from './extrasView'

/** Seat maps and bag catalogues as FR24 sends them (docs/fr24-inferences.md §6), read by the client's schemas. */
const SEG_1 = 'a'.repeat(32)
const SEG_2 = 'b'.repeat(32)

const seat = (seatNo: string, available: boolean, price: number | null, characteristics: string[] = [], currency = 'CNY') => ({ seatNo, available, price, currency, characteristics })

function maps(...seatMaps: unknown[]) {
  return SeatMapData.parse({ seatMaps }).seatMaps
}

const narrow = {
  segmentId: SEG_1,
  cabin: 'Y',
  columns: ['A', 'B', 'C', 'D'],
  aisleAfter: ['B'],
  rows: [
    { rowNo: 13, seats: [seat('13A', true, 240, ['window', 'exit', 'extraLegroom']), seat('13B', false, 240, ['aisle', 'exit']), seat('13C', true, 240, ['aisle', 'exit']), seat('13D', true, 240, ['window', 'exit'])] },
    // Row 12 arrives after 13; 12B has no seat (a missing column); 12C came with no price.
    { rowNo: 12, seats: [seat('12A', true, 0, ['window']), seat('12C', true, null, ['aisle']), seat('12D', true, 55.5, ['window'])] }
  ]
}

describe('seat maps → SeatMapView', () => {
  it('rows in order with a seat per column, null where the row has none, exit rows, taken seats, prices as sent', () => {
    const { items, skipped } = seatMapViews(maps(narrow), [SEG_1, SEG_2], 'CNY')
    expect(skipped).toBe(0)
    expect(items).toHaveLength(1)
    const map = items[0]!
    expect(SeatMapView.safeParse(map).success).toBe(true)
    expect(map).toMatchObject({ segmentId: SEG_1, columns: ['A', 'B', 'C', 'D'], aisleAfter: ['B'], currency: 'CNY' })
    expect(map.rows.map((r) => [r.rowNo, r.exit])).toEqual([
      [12, false],
      [13, true]
    ])
    const row12 = map.rows[0]!.seats
    expect(row12.map((s) => s?.seatNo ?? null)).toEqual(['12A', null, '12C', '12D'])
    expect(row12[0]).toEqual({ seatNo: '12A', column: 'A', state: 'free', price: '0', characteristics: ['window'] })
    // No price from FR24: none invented (the window will not let it be picked).
    expect(row12[2]!.price).toBeUndefined()
    expect(row12[2]!.state).toBe('free')
    expect(row12[3]!.price).toBe('55.5')
    expect(map.rows[1]!.seats[1]).toMatchObject({ seatNo: '13B', state: 'taken' })
  })

  it('a seat FR24 does not call available is taken; a price in another currency is unknown', () => {
    const odd = { ...narrow, rows: [{ rowNo: 20, seats: [{ seatNo: '20A', price: 10, currency: 'CNY' }, seat('20B', true, 10, [], 'USD'), seat('20C', true, 10), seat('20D', true, 10)] }] }
    const row = seatMapViews(maps(odd), [SEG_1], 'CNY').items[0]!.rows[0]!.seats
    expect(row[0]).toMatchObject({ seatNo: '20A', state: 'taken', price: '10' })
    expect(row[1]!.price).toBeUndefined()
    expect(row[2]!.price).toBe('10')
  })

  it('columns FR24 left out come from the seat letters; the currency from the offer when no seat names one', () => {
    const bare = { segmentId: SEG_2, rows: [{ rowNo: 1, seats: [{ seatNo: '1C', available: true, price: 0 }, { seatNo: '1A', available: true, price: 0 }] }] }
    const map = seatMapViews(maps(bare), [SEG_1, SEG_2], 'SGD').items[0]!
    expect(map.columns).toEqual(['A', 'C'])
    expect(map.currency).toBe('SGD')
    expect(map.rows[0]!.seats.map((s) => s?.seatNo)).toEqual(['1A', '1C'])
  })

  it('leaves out and counts what cannot be drawn: a segment not on the offer, a seat outside the columns, a map too wide', () => {
    const stray = { ...narrow, rows: [{ rowNo: 5, seats: [seat('5A', true, 0), seat('5K', true, 0), seat('5A', true, 0)] }] }
    const wide = { segmentId: SEG_2, columns: 'ABCDEFGHJKLMN'.split(''), rows: [] }
    const other = { ...narrow, segmentId: 'c'.repeat(32) }
    const { items, skipped } = seatMapViews(maps(stray, wide, other), [SEG_1, SEG_2], 'CNY')
    expect(items.map((m) => m.segmentId)).toEqual([SEG_1])
    expect(items[0]!.rows[0]!.seats.map((s) => s?.seatNo ?? null)).toEqual(['5A', null, null, null])
    // 5K and the second 5A, the wide map, the other segment's map.
    expect(skipped).toBe(4)
  })
})

describe('bags → BagOption', () => {
  const catalogue = (auxes: unknown[], currency: unknown = 'CNY') => PresaleAncillaryData.parse({ currency, auxes, segments: [] })

  it('price = fare + FR24 fee; pieces, weight, limit and type as sent; "e" is no size', () => {
    const data = catalogue([
      { segmentIds: [SEG_1], auxId: 'f'.repeat(32), baseFare: 180, serviceFee: 5.5, size: 'e', piece: 1, weight: 20, limitPerPax: 2, type: 'CHECK_IN' },
      { segmentIds: [SEG_1, SEG_2], auxId: 'e'.repeat(32), baseFare: '260', serviceFee: null, size: '158cm', piece: 1, weight: 30, limitPerPax: 1 }
    ])
    const { items, skipped } = bagOptions(data.auxes, data.currency, [SEG_1, SEG_2], 'SGD')
    expect(skipped).toBe(0)
    expect(items).toEqual([
      { auxId: 'f'.repeat(32), segmentIds: [SEG_1], price: '185.5', currency: 'CNY', pieces: 1, weightKg: 20, limitPerPassenger: 2, type: 'CHECK_IN' },
      { auxId: 'e'.repeat(32), segmentIds: [SEG_1, SEG_2], price: '260', currency: 'CNY', pieces: 1, weightKg: 30, size: '158cm', limitPerPassenger: 1 }
    ])
    for (const bag of items) expect(BagOption.safeParse(bag).success).toBe(true)
  })

  it('a bag with no fare or for a segment not on the offer is left out; no currency → the offer’s', () => {
    const data = catalogue(
      [
        { segmentIds: [SEG_1], auxId: 'x1', baseFare: null, piece: 1 },
        { segmentIds: ['c'.repeat(32)], auxId: 'x2', baseFare: 10 },
        { segmentIds: [], auxId: 'x3', baseFare: 10 },
        { segmentIds: [SEG_2], auxId: 'x4', baseFare: 10 }
      ],
      null
    )
    const { items, skipped } = bagOptions(data.auxes, data.currency, [SEG_1, SEG_2], 'SGD')
    expect(items).toEqual([{ auxId: 'x4', segmentIds: [SEG_2], price: '10', currency: 'SGD' }])
    expect(skipped).toBe(3)
  })
})
