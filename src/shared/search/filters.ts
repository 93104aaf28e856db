import type { OfferRow } from '../domain/search'
import { factsOf, type RowFacts, type StopsBucket } from './facts'

/**
 * The Offers filters as data. Every field is optional: absent means "not filtered". A row passes
 * when it passes every filter that is set.
 */
export interface TimeWindow {
  /** Minutes after local midnight, inclusive. */
  from: number
  /** Minutes after local midnight, inclusive (1439 = 23:59). */
  to: number
}

export interface OfferFilters {
  /** The row's most-stops leg is one of these. */
  stops?: readonly StopsBucket[]
  /** The row flies at least one of these marketing carriers. */
  carriers?: readonly string[]
  /** Per leg index: departure time window at the leg's origin. */
  departWindows?: readonly (TimeWindow | undefined)[]
  /** Per leg index: arrival time window at the leg's destination. */
  arriveWindows?: readonly (TimeWindow | undefined)[]
  /** Every connection of the row is at one of these airports (nonstop rows pass). */
  connectionAirports?: readonly string[]
  maxLayoverMinutes?: number
  /** true: only rows with a checked bag included. */
  bagsIncluded?: boolean
  /** true: only rows refundable free or for a fee. */
  refundable?: boolean
  /** true: only rows changeable free or for a fee. */
  changeable?: boolean
  /** Total price bounds, in the offers' currency (inclusive). */
  price?: { min?: number; max?: number }
}

export const NO_FILTERS: OfferFilters = {}

export type Facet = 'stops' | 'carriers' | 'departWindows' | 'arriveWindows' | 'connectionAirports' | 'maxLayoverMinutes' | 'bagsIncluded' | 'refundable' | 'changeable' | 'price'
const FACETS: readonly Facet[] = ['stops', 'carriers', 'departWindows', 'arriveWindows', 'connectionAirports', 'maxLayoverMinutes', 'bagsIncluded', 'refundable', 'changeable', 'price']

const allows = (answer: OfferRow['refundable']) => answer === 'yes' || answer === 'fee'
// A window for a leg the row does not have sets nothing (every row of one search has the same legs).
const inWindow = (minute: number | undefined, w: TimeWindow | undefined) => w === undefined || minute === undefined || (minute >= w.from && minute <= w.to)

function passes(row: OfferRow, f: RowFacts, filters: OfferFilters, facet: Facet): boolean {
  switch (facet) {
    case 'stops':
      return !filters.stops || filters.stops.includes(f.stops)
    case 'carriers':
      return !filters.carriers || f.carriers.some((c) => filters.carriers!.includes(c))
    case 'departWindows':
      return !filters.departWindows || filters.departWindows.every((w, i) => inWindow(f.departMinute[i], w))
    case 'arriveWindows':
      return !filters.arriveWindows || filters.arriveWindows.every((w, i) => inWindow(f.arriveMinute[i], w))
    case 'connectionAirports':
      return !filters.connectionAirports || f.connectionAirports.every((a) => filters.connectionAirports!.includes(a))
    case 'maxLayoverMinutes':
      return filters.maxLayoverMinutes === undefined || f.longestLayover <= filters.maxLayoverMinutes
    case 'bagsIncluded':
      return !filters.bagsIncluded || row.bagsIncluded
    case 'refundable':
      return !filters.refundable || allows(row.refundable)
    case 'changeable':
      return !filters.changeable || allows(row.changeable)
    case 'price':
      return !filters.price || ((filters.price.min === undefined || f.price >= filters.price.min) && (filters.price.max === undefined || f.price <= filters.price.max))
  }
}

/** The facets a filter set sets, so a pass over 2,000 rows tests only those. */
function setFacets(filters: OfferFilters, except: readonly Facet[] = []): Facet[] {
  return FACETS.filter((facet) => filters[facet] !== undefined && !except.includes(facet))
}

function passesEach(row: OfferRow, filters: OfferFilters, facets: readonly Facet[]): boolean {
  if (facets.length === 0) return true
  const f = factsOf(row)
  for (const facet of facets) if (!passes(row, f, filters, facet)) return false
  return true
}

/** The rows that pass, in their order (the same array when nothing is filtered). */
export function applyFilters(rows: readonly OfferRow[], filters: OfferFilters): OfferRow[] {
  const facets = setFacets(filters)
  if (facets.length === 0) return rows as OfferRow[]
  return rows.filter((row) => passesEach(row, filters, facets))
}

/** A test of one row against every filter but the named ones (the window's choice counts replace those). */
export function passesExcept(filters: OfferFilters, except: readonly Facet[]): (row: OfferRow) => boolean {
  const facets = setFacets(filters, except)
  return (row) => passesEach(row, filters, facets)
}

export interface FilterCounts {
  /** Rows passing every filter. */
  matching: number
  stops: Record<StopsBucket, number>
  carriers: Record<string, number>
  connectionAirports: Record<string, number>
  bagsIncluded: number
  refundable: number
  changeable: number
  /** Cheapest and dearest of the rows passing every filter but price (for the price slider). */
  priceRange?: { min: number; max: number }
}

/**
 * The count beside each filter value: how many rows would show if that value were picked, with
 * every *other* filter as it is (so picking a value never shows a count that then disagrees).
 */
export function filterCounts(rows: readonly OfferRow[], filters: OfferFilters): FilterCounts {
  const counts: FilterCounts = {
    matching: 0,
    stops: { nonstop: 0, one: 0, twoPlus: 0 },
    carriers: {},
    connectionAirports: {},
    bagsIncluded: 0,
    refundable: 0,
    changeable: 0
  }
  for (const row of rows) {
    const f = factsOf(row)
    // Which facets this row fails: with two or more failures it counts nowhere.
    let failed: Facet | undefined
    let failures = 0
    for (const facet of FACETS) {
      if (!passes(row, f, filters, facet)) {
        failures++
        failed = facet
        if (failures > 1) break
      }
    }
    if (failures > 1) continue
    const countsFor = (facet: Facet) => failures === 0 || failed === facet
    if (failures === 0) counts.matching++
    if (countsFor('stops')) counts.stops[f.stops]++
    if (countsFor('carriers')) for (const c of f.carriers) counts.carriers[c] = (counts.carriers[c] ?? 0) + 1
    if (countsFor('connectionAirports')) for (const a of f.connectionAirports) counts.connectionAirports[a] = (counts.connectionAirports[a] ?? 0) + 1
    if (countsFor('bagsIncluded') && row.bagsIncluded) counts.bagsIncluded++
    if (countsFor('refundable') && allows(row.refundable)) counts.refundable++
    if (countsFor('changeable') && allows(row.changeable)) counts.changeable++
    if (countsFor('price')) {
      const range = counts.priceRange
      counts.priceRange = range ? { min: Math.min(range.min, f.price), max: Math.max(range.max, f.price) } : { min: f.price, max: f.price }
    }
  }
  return counts
}


