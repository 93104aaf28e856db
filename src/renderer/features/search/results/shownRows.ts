import type { OfferRow } from '../../../../shared/domain/search'
import { applyFilters, passesExcept, SORT_KEYS, sortRows, type OfferFilters, type SortDirection, type SortKey } from '../../../../shared/search'
import type { SortOrder } from './resultsView'

const kept = new WeakMap<readonly OfferRow[], Map<string, readonly OfferRow[]>>()

/**
 * A search's rows in one order, sorted once per order and kept with the rows (a search's rows are
 * a fixed array): turning the order round and back, or coming back to a key, sorts nothing again.
 */
export function sortedOnce(rows: readonly OfferRow[], key: SortKey, dir: SortDirection): readonly OfferRow[] {
  let orders = kept.get(rows)
  if (!orders) {
    orders = new Map()
    kept.set(rows, orders)
  }
  const name = `${key}|${dir}`
  let sorted = orders.get(name)
  if (!sorted) {
    sorted = sortRows(rows, key, dir)
    orders.set(name, sorted)
  }
  return sorted
}

/**
 * What the grid shows: the rows in the asked order, then filtered. A filter keeps the order of what
 * it lets through and sortRows is stable, so this is exactly sortRows(applyFilters(rows)), but a
 * filter change does not sort again and a sort change does not filter a new order's copy twice.
 */
export function shownRows(rows: readonly OfferRow[], sort: SortOrder, filters: OfferFilters): readonly OfferRow[] {
  return applyFilters(sortedOnce(rows, sort.key, sort.dir), filters)
}

/**
 * The orders one step away from `sort`: the same key turned round, or another key, which starts
 * lowest first (resultsView's sortBy). Any other order is a step away from one of these, and is
 * warmed once the agent is there.
 */
export function nextOrders(sort: SortOrder): SortOrder[] {
  return [{ key: sort.key, dir: sort.dir === 'asc' ? 'desc' : 'asc' }, ...SORT_KEYS.filter((key) => key !== sort.key).map((key) => ({ key, dir: 'asc' as const }))]
}

/**
 * The first `count` rows `order` would show with these filters: what that sort brings into view,
 * so its texts can be ready before the agent asks for it.
 */
export function firstShown(rows: readonly OfferRow[], order: SortOrder, filters: OfferFilters, count: number): OfferRow[] {
  const passes = passesExcept(filters, [])
  const first: OfferRow[] = []
  for (const row of sortedOnce(rows, order.key, order.dir)) {
    if (first.length >= count) break
    if (passes(row)) first.push(row)
  }
  return first
}
