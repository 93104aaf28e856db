import { describe, expect, it } from 'vitest'
import { applyFilters, filterCounts } from './filters'
import { leg, row } from './testing/rows'

const ids = (rows: { offerId: string }[]) => rows.map((r) => r.offerId)

const rows = [
  row('nonstop-sq', { price: '900', carriers: ['SQ'], bagsIncluded: true, refundable: 'fee', changeable: 'yes' }),
  row('one-cx', { price: '700', carriers: ['CX'], legs: [leg({ via: [['TPE', 90]], depart: '2026-04-15T22:30' })] }),
  row('two-mixed', { price: '500', carriers: ['CX', 'BR'], legs: [leg({ via: [['TPE', 60], ['MNL', 400]] })], refundable: 'no', changeable: 'fee' }),
  row('round-nonstop-out', { price: '1200', carriers: ['SQ'], legs: [leg(), leg({ from: 'HKG', to: 'SIN', via: [['KUL', 120]] })], bagsIncluded: true })
]

describe('applyFilters', () => {
  it('no filter keeps every row in order', () => {
    expect(ids(applyFilters(rows, {}))).toEqual(ids(rows))
  })

  it('stops by the leg with most stops (a round trip is nonstop only both ways)', () => {
    expect(ids(applyFilters(rows, { stops: ['nonstop'] }))).toEqual(['nonstop-sq'])
    expect(ids(applyFilters(rows, { stops: ['one'] }))).toEqual(['one-cx', 'round-nonstop-out'])
    expect(ids(applyFilters(rows, { stops: ['twoPlus'] }))).toEqual(['two-mixed'])
  })

  it('carriers: a row flown by any of them', () => {
    expect(ids(applyFilters(rows, { carriers: ['BR'] }))).toEqual(['two-mixed'])
    expect(ids(applyFilters(rows, { carriers: ['CX'] }))).toEqual(['one-cx', 'two-mixed'])
  })

  it('departure and arrival windows per leg', () => {
    expect(ids(applyFilters(rows, { departWindows: [{ from: 20 * 60, to: 23 * 60 + 59 }] }))).toEqual(['one-cx'])
    expect(ids(applyFilters(rows, { arriveWindows: [undefined, { from: 0, to: 11 * 60 }] }))).toEqual(['nonstop-sq', 'one-cx', 'two-mixed'])
    expect(ids(applyFilters(rows, { arriveWindows: [undefined, { from: 12 * 60, to: 12 * 60 }] }))).toEqual(ids(rows))
  })

  it('connection airports: every connection among them; nonstop rows pass', () => {
    expect(ids(applyFilters(rows, { connectionAirports: ['TPE'] }))).toEqual(['nonstop-sq', 'one-cx'])
  })

  it('max layover, bags, refundable, changeable, price range', () => {
    expect(ids(applyFilters(rows, { maxLayoverMinutes: 120 }))).toEqual(['nonstop-sq', 'one-cx', 'round-nonstop-out'])
    expect(ids(applyFilters(rows, { bagsIncluded: true }))).toEqual(['nonstop-sq', 'round-nonstop-out'])
    expect(ids(applyFilters(rows, { refundable: true }))).toEqual(['nonstop-sq'])
    expect(ids(applyFilters(rows, { changeable: true }))).toEqual(['nonstop-sq', 'two-mixed'])
    expect(ids(applyFilters(rows, { price: { min: 600, max: 900 } }))).toEqual(['nonstop-sq', 'one-cx'])
  })

  it('filters combine', () => {
    expect(ids(applyFilters(rows, { carriers: ['SQ'], bagsIncluded: true, stops: ['one'] }))).toEqual(['round-nonstop-out'])
  })
})

describe('filterCounts', () => {
  it('without filters counts each value over all rows', () => {
    const c = filterCounts(rows, {})
    expect(c.matching).toBe(4)
    expect(c.stops).toEqual({ nonstop: 1, one: 2, twoPlus: 1 })
    expect(c.carriers).toEqual({ SQ: 2, CX: 2, BR: 1 })
    expect(c.connectionAirports).toEqual({ TPE: 2, MNL: 1, KUL: 1 })
    expect([c.bagsIncluded, c.refundable, c.changeable]).toEqual([2, 1, 2])
    expect(c.priceRange).toEqual({ min: 500, max: 1200 })
  })

  it('counts a facet with every other filter applied, not its own', () => {
    const c = filterCounts(rows, { stops: ['nonstop'], carriers: ['CX'] })
    // Stops counted among CX rows; carriers counted among nonstop rows.
    expect(c.stops).toEqual({ nonstop: 0, one: 1, twoPlus: 1 })
    expect(c.carriers).toEqual({ SQ: 1 })
    expect(c.matching).toBe(0)
  })

  it('a count matches what picking that value shows', () => {
    const filters = { bagsIncluded: true }
    const c = filterCounts(rows, filters)
    for (const bucket of ['nonstop', 'one', 'twoPlus'] as const)
      expect(applyFilters(rows, { ...filters, stops: [bucket] })).toHaveLength(c.stops[bucket])
    for (const [carrier, n] of Object.entries(c.carriers)) expect(applyFilters(rows, { ...filters, carriers: [carrier] })).toHaveLength(n)
  })
})
