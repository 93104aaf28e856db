import { describe, expect, it } from 'vitest'
import { applyFilters, SORT_KEYS, sortRows, type OfferFilters } from '../../../../shared/search'
import { leg, row } from '../../../../shared/search/testing/rows'
import { emptyView, sortBy, sortDirection } from './resultsView'
import { firstShown, nextOrders, shownRows, sortedOnce } from './shownRows'

// Ties on every key (price, duration, stops, times), so the order of ties is tested too.
const rows = [
  row('a', { price: '700', carriers: ['CX'], legs: [leg({ depart: '2026-04-15T07:00', duration: 300, via: [['TPE', 90]] })] }),
  row('b', { price: '500', carriers: ['SQ'], legs: [leg({ depart: '2026-04-15T13:30', duration: 240 })] }),
  row('c', { price: '700', carriers: ['SQ'], legs: [leg({ depart: '2026-04-15T07:00', duration: 240 })] }),
  row('d', { price: '900', carriers: ['BR'], legs: [leg({ depart: '2026-04-15T22:10', duration: 500, via: [['TPE', 60], ['MNL', 400]] })] }),
  row('e', { price: '500', carriers: ['CX'], legs: [leg({ depart: '2026-04-15T13:30', duration: 300, via: [['HKG', 45]] })] })
]
const ids = (list: readonly { offerId: string }[]) => list.map((r) => r.offerId)
const FILTERS: OfferFilters[] = [{}, { stops: ['nonstop'] }, { carriers: ['CX', 'BR'] }, { price: { max: 700 } }]

describe('the rows the grid shows', () => {
  it('are the filtered rows in the asked order, for every order and filter, ties included', () => {
    for (const key of SORT_KEYS)
      for (const dir of ['asc', 'desc'] as const)
        for (const filters of FILTERS) expect(ids(shownRows(rows, { key, dir }, filters))).toEqual(ids(sortRows(applyFilters(rows, filters), key, dir)))
  })

  it('sorts a search’s rows once per order', () => {
    const first = sortedOnce(rows, 'price', 'desc')
    expect(sortedOnce(rows, 'price', 'desc')).toBe(first)
    expect(sortedOnce(rows, 'price', 'asc')).not.toBe(first)
    expect(sortedOnce([...rows], 'price', 'desc')).not.toBe(first)
  })

  it('names the orders one step away: the same key turned round, or another key lowest first', () => {
    expect(nextOrders({ key: 'price', dir: 'asc' })).toEqual([
      { key: 'price', dir: 'desc' },
      ...SORT_KEYS.filter((key) => key !== 'price').map((key) => ({ key, dir: 'asc' }))
    ])
    expect(nextOrders({ key: 'stops', dir: 'desc' })[0]).toEqual({ key: 'stops', dir: 'asc' })
    for (const next of nextOrders({ key: 'duration', dir: 'desc' })) {
      const view = next.key === 'duration' ? sortDirection({ ...emptyView, sort: { key: 'duration', dir: 'desc' } }, next.dir) : sortBy({ ...emptyView, sort: { key: 'duration', dir: 'desc' } }, next.key)
      expect(view.sort).toEqual(next)
    }
  })

  it('says which rows an order would bring into the first places', () => {
    expect(ids(firstShown(rows, { key: 'price', dir: 'desc' }, {}, 2))).toEqual(['d', 'a'])
    expect(ids(firstShown(rows, { key: 'price', dir: 'desc' }, { stops: ['nonstop'] }, 5))).toEqual(['c', 'b'])
  })
})
