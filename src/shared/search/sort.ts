import type { OfferRow } from '../domain/search'

export type SortKey = 'price' | 'duration' | 'departure' | 'arrival' | 'stops'
export type SortDirection = 'asc' | 'desc'
export const SORT_KEYS: readonly SortKey[] = ['price', 'duration', 'departure', 'arrival', 'stops']

/**
 * The one number or string a key sorts by, read straight off the row: sorting the first screenful
 * of new results must not wait for every row's full facts (shared/search/facts.ts).
 */
function keyOf(key: SortKey): (row: OfferRow) => number | string {
  switch (key) {
    // Prices are decimals with two places: as numbers they compare exactly far beyond any fare.
    case 'price':
      return (row) => Number(row.totalPrice)
    case 'duration':
      return (row) => row.legs.reduce((sum, leg) => sum + leg.durationMinutes, 0)
    // First leg, airport-local: every offer of one search leaves from (and lands in) the same city.
    case 'departure':
      return (row) => row.legs[0]?.departLocal ?? ''
    case 'arrival':
      return (row) => row.legs[0]?.arriveLocal ?? ''
    case 'stops':
      return (row) => row.legs.reduce((sum, leg) => sum + leg.stops, 0)
  }
}

/**
 * A new array in the asked order. Stable: rows that tie keep their order (FR24's, or the previous
 * sort's), and descending reverses the key, not the ties.
 */
export function sortRows(rows: readonly OfferRow[], key: SortKey, direction: SortDirection = 'asc'): OfferRow[] {
  const read = keyOf(key)
  const sign = direction === 'asc' ? 1 : -1
  const keyed = rows.map((row, index) => ({ row, key: read(row), index }))
  keyed.sort((a, b) => sign * (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.index - b.index)
  return keyed.map((k) => k.row)
}
