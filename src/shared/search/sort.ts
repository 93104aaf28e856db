import type { OfferRow } from '../domain/search'
import { factsOf, type RowFacts } from './facts'

export type SortKey = 'price' | 'duration' | 'departure' | 'arrival' | 'stops'
export type SortDirection = 'asc' | 'desc'
export const SORT_KEYS: readonly SortKey[] = ['price', 'duration', 'departure', 'arrival', 'stops']

function compareBy(key: SortKey): (a: RowFacts, b: RowFacts) => number {
  switch (key) {
    case 'price':
      return (a, b) => a.price - b.price
    case 'duration':
      return (a, b) => a.durationMinutes - b.durationMinutes
    // First leg, airport-local: every offer of one search leaves from (and lands in) the same city.
    case 'departure':
      return (a, b) => (a.departKey < b.departKey ? -1 : a.departKey > b.departKey ? 1 : 0)
    case 'arrival':
      return (a, b) => (a.arriveKey < b.arriveKey ? -1 : a.arriveKey > b.arriveKey ? 1 : 0)
    case 'stops':
      return (a, b) => a.totalStops - b.totalStops
  }
}

/**
 * A new array in the asked order. Stable: rows that tie keep their order (FR24's, or the previous
 * sort's), and descending reverses the key, not the ties.
 */
export function sortRows(rows: readonly OfferRow[], key: SortKey, direction: SortDirection = 'asc'): OfferRow[] {
  const compare = compareBy(key)
  const sign = direction === 'asc' ? 1 : -1
  const keyed = rows.map((row, index) => ({ row, facts: factsOf(row), index }))
  keyed.sort((a, b) => sign * compare(a.facts, b.facts) || a.index - b.index)
  return keyed.map((k) => k.row)
}
