import { describe, expect, it } from 'vitest'
import { sortRows } from './sort'
import { leg, row } from './testing/rows'

const ids = (rows: { offerId: string }[]) => rows.map((r) => r.offerId)
const rows = [
  row('a', { price: '900.10', legs: [leg({ depart: '2026-04-15T10:00', arrive: '2026-04-15T14:00', duration: 240 })] }),
  row('b', { price: '700', legs: [leg({ depart: '2026-04-15T06:00', arrive: '2026-04-15T15:00', duration: 540, via: [['TPE', 90]] })] }),
  row('c', { price: '900.10', legs: [leg({ depart: '2026-04-15T08:00', arrive: '2026-04-15T12:00', duration: 240 })] }),
  row('d', { price: '1500', legs: [leg({ depart: '2026-04-15T23:00', arrive: '2026-04-16T09:00', duration: 600, via: [['TPE', 60], ['MNL', 60]] })] })
]

describe('sortRows', () => {
  it('by price, ties kept in their order (stable)', () => {
    expect(ids(sortRows(rows, 'price'))).toEqual(['b', 'a', 'c', 'd'])
    expect(ids(sortRows(rows, 'price', 'desc'))).toEqual(['d', 'a', 'c', 'b'])
  })

  it('by price compares amounts, not text', () => {
    expect(ids(sortRows([row('x', { price: '1000' }), row('y', { price: '999.99' })], 'price'))).toEqual(['y', 'x'])
  })

  it('by duration, departure, arrival and stops', () => {
    expect(ids(sortRows(rows, 'duration'))).toEqual(['a', 'c', 'b', 'd'])
    expect(ids(sortRows(rows, 'departure'))).toEqual(['b', 'c', 'a', 'd'])
    expect(ids(sortRows(rows, 'arrival'))).toEqual(['c', 'a', 'b', 'd'])
    expect(ids(sortRows(rows, 'stops'))).toEqual(['a', 'c', 'b', 'd'])
    expect(ids(sortRows(rows, 'stops', 'desc'))).toEqual(['d', 'b', 'a', 'c'])
  })

  it('does not change the list it was given', () => {
    const before = ids(rows)
    sortRows(rows, 'price')
    expect(ids(rows)).toEqual(before)
  })
})
