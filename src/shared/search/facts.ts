import type { OfferRow } from '../domain/search'
import { minuteOfDay } from './localTime'

/**
 * What filters, sorting and the matrix read of a row, worked out once per row (and kept per row
 * object), so a filter or sort over 2,000 rows compares numbers instead of re-reading legs.
 */
export type StopsBucket = 'nonstop' | 'one' | 'twoPlus'
export const STOPS_BUCKETS: readonly StopsBucket[] = ['nonstop', 'one', 'twoPlus']

export interface RowFacts {
  price: number
  durationMinutes: number
  /** Most stops on any leg: a round trip is "nonstop" only when both ways are. */
  maxStops: number
  stops: StopsBucket
  totalStops: number
  carriers: readonly string[]
  connectionAirports: readonly string[]
  longestLayover: number
  departMinute: number[]
  arriveMinute: number[]
  /** First leg's departure / arrival as wall-clock strings (sortable). */
  departKey: string
  arriveKey: string
}

const cache = new WeakMap<OfferRow, RowFacts>()

export function bucketOf(stops: number): StopsBucket {
  return stops === 0 ? 'nonstop' : stops === 1 ? 'one' : 'twoPlus'
}

export function factsOf(row: OfferRow): RowFacts {
  const known = cache.get(row)
  if (known) return known
  let durationMinutes = 0
  let maxStops = 0
  let totalStops = 0
  let longestLayover = 0
  const airports = new Set<string>()
  for (const leg of row.legs) {
    durationMinutes += leg.durationMinutes
    maxStops = Math.max(maxStops, leg.stops)
    totalStops += leg.stops
    for (const c of leg.connections) {
      airports.add(c.airport)
      longestLayover = Math.max(longestLayover, c.layoverMinutes)
    }
  }
  const first = row.legs[0]
  const facts: RowFacts = {
    // Prices are decimals with two places: as numbers they compare exactly far beyond any fare.
    price: Number(row.totalPrice),
    durationMinutes,
    maxStops,
    stops: bucketOf(maxStops),
    totalStops,
    carriers: row.carriers.map((c) => c.code),
    connectionAirports: [...airports],
    longestLayover,
    departMinute: row.legs.map((l) => minuteOfDay(l.departLocal)),
    arriveMinute: row.legs.map((l) => minuteOfDay(l.arriveLocal)),
    departKey: first?.departLocal ?? '',
    arriveKey: first?.arriveLocal ?? ''
  }
  cache.set(row, facts)
  return facts
}
