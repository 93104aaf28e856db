import { badParameter } from '../http/errors'
import { brandsFor, offerBody, priceJourney, type Brand } from './fares'
import { resolvePlace } from './geo'
import { hex32, Rng } from './prng'
import { itinerariesOn, routePatterns, type Itinerary } from './schedule'
import { MINUTE, parseDate } from './time'
import type { CabinCode, Leg, Offer, PaxCounts, SearchInput, SearchLegInput, Segment } from './types'

/**
 * Turns a search into offers: itineraries per searched direction, combined
 * into journeys, priced in each fare family. The list (and so each offer's
 * position in it) depends only on seed, currency and the search, which is
 * what lets an offerId be "search number + position" and be regenerated
 * later for pricing instead of stored.
 */

export interface Journey {
  directions: Itinerary[]
  brand: Brand
  /** Offer without offerId; availability filled in at answer time (it depends on bookings). */
  offer: Omit<Offer, 'offerId'>
  legs: Leg[]
  segments: Segment[]
}

const NATURAL_COMBOS = 80
const MAX_OFFERS = 10_000

export function legIdOf(itin: Itinerary): string {
  return hex32('leg', ...itin.flights.map((f) => f.segment.segmentId))
}

function departures(seed: string, leg: SearchLegInput, index: number, search: SearchInput, extra: number, field: string): Itinerary[] {
  const origins = resolvePlace(leg.origin, leg.typeO)
  if (origins.length === 0) badParameter(`${field}[${index}].origin`, `${leg.origin} is not a known airport or city code`)
  const destinations = resolvePlace(leg.destination, leg.typeD)
  if (destinations.length === 0) badParameter(`${field}[${index}].destination`, `${leg.destination} is not a known airport or city code`)
  const date = parseDate(leg.depDate)
  if (!date) badParameter(`${field}[${index}].depDate`, 'is not a calendar date')
  const out: Itinerary[] = []
  let pairs = 0
  for (const o of origins) {
    for (const d of destinations) {
      if (o.iata === d.iata) continue
      pairs++
      for (const p of routePatterns(seed, o, d)) {
        if (search.maxStops !== null && p.hops.length - 1 > search.maxStops) continue
        for (const it of itinerariesOn(seed, p, date, extra)) {
          const flown = it.flights.flatMap((f) => [f.segment.carrier, f.segment.operatingCarrier ?? f.segment.carrier])
          if (flown.some((c) => search.prohibitedCarrier.includes(c))) continue
          out.push(it)
        }
      }
    }
  }
  if (pairs === 0) badParameter(`${field}[${index}].destination`, 'is the same place as the origin')
  // Earliest first, then shortest: a stable order the offer positions rely on.
  return out.sort((a, b) => {
    const first = (a.flights[0]?.depUtc ?? 0) - (b.flights[0]?.depUtc ?? 0)
    if (first !== 0) return first
    const endA = a.flights[a.flights.length - 1]?.arrUtc ?? 0
    const endB = b.flights[b.flights.length - 1]?.arrUtc ?? 0
    return endA - endB || legIdOf(a).localeCompare(legIdOf(b))
  })
}

/** Index tuples in order of increasing index sum: best-ranked combinations first. */
function* combinations(lengths: readonly number[]): Generator<number[]> {
  const maxSum = lengths.reduce((s, n) => s + n - 1, 0)
  function* fill(pos: number, remaining: number, acc: number[]): Generator<number[]> {
    if (pos === lengths.length - 1) {
      if (remaining < (lengths[pos] ?? 0)) yield [...acc, remaining]
      return
    }
    const limit = Math.min(remaining, (lengths[pos] ?? 1) - 1)
    for (let i = 0; i <= limit; i++) yield* fill(pos + 1, remaining - i, [...acc, i])
  }
  for (let sum = 0; sum <= maxSum; sum++) yield* fill(0, sum, [])
}

/** A traveller needs two hours between arriving on one direction and leaving on the next. */
function connects(directions: readonly Itinerary[]): boolean {
  for (let i = 1; i < directions.length; i++) {
    const prev = directions[i - 1] as Itinerary
    const next = directions[i] as Itinerary
    const arrived = prev.flights[prev.flights.length - 1]?.arrUtc ?? 0
    if ((next.flights[0]?.depUtc ?? 0) < arrived + 120 * MINUTE) return false
  }
  return true
}

function platingOf(directions: readonly Itinerary[]): Itinerary['plating'] {
  let best = directions[0] as Itinerary
  for (const d of directions) if (d.km > best.km) best = d
  return best.plating
}

export interface SearchContext {
  seed: string
  currency: string
  field?: string
}

/** All journeys for a search, cheapest first. Pure: same inputs, same list. */
export function journeysFor(ctx: SearchContext, search: SearchInput): Journey[] {
  const field = ctx.field ?? 'searchLegs'
  const target = Math.min(MAX_OFFERS, Math.max(0, search.minOffers))
  let extra = 0
  for (;;) {
    const journeys = assemble(ctx, search, extra, field, target)
    if (journeys.length >= target || extra >= 512 || journeys.length === 0) return journeys.slice(0, MAX_OFFERS)
    extra = extra === 0 ? 2 : extra * 2
  }
}

function assemble(ctx: SearchContext, search: SearchInput, extra: number, field: string, target: number): Journey[] {
  const perDirection = search.legs.map((leg, i) => departures(ctx.seed, leg, i, search, extra, field))
  if (perDirection.some((list) => list.length === 0)) return []
  const comboCap = Math.max(NATURAL_COMBOS, target)
  const journeys: Journey[] = []
  let combos = 0
  for (const tuple of combinations(perDirection.map((l) => l.length))) {
    if (combos >= comboCap || journeys.length >= MAX_OFFERS) break
    const directions = tuple.map((i, k) => (perDirection[k] as Itinerary[])[i] as Itinerary)
    if (!connects(directions)) continue
    const plating = platingOf(directions)
    if (search.preferredCarrier.length > 0 && !search.preferredCarrier.includes(plating.code)) continue
    const km = directions.reduce((s, d) => s + d.km, 0)
    const brands = brandsFor(plating, search.cabin, km)
    if (brands.length === 0) continue
    combos++
    for (const brand of brands) journeys.push(journeyOf(ctx, search, search.cabin, directions, brand))
  }
  // Cheapest first; ties by legId so the order never depends on Map iteration.
  return journeys.sort((a, b) => Number(a.offer.totalPrice) - Number(b.offer.totalPrice) || a.offer.legId.localeCompare(b.offer.legId) || a.brand.short.localeCompare(b.brand.short))
}

export function journeyOf(ctx: SearchContext, pax: PaxCounts, cabin: CabinCode, directions: Itinerary[], brand: Brand, surcharge = 1): Journey {
  const plating = platingOf(directions)
  const fare = priceJourney(ctx.seed, ctx.currency, cabin, pax, directions, brand, surcharge)
  const legs = directions.map((d) => ({ legId: legIdOf(d), segmentIds: d.flights.map((f) => f.segment.segmentId) }))
  const segments = directions.flatMap((d) => d.flights.map((f) => f.segment))
  const body = offerBody(ctx.currency, cabin, plating, brand, fare, segments.map(() => '9'))
  return { directions, brand, offer: { ...body, legId: legs.map((l) => l.legId).join('^') }, legs, segments }
}

/**
 * Seats left in a booking class: a seeded figure (often the "9" FR24 shows
 * for plenty) minus what sandbox orders hold in that cabin.
 */
export function seatsLeft(seed: string, segmentId: string, rbd: string, taken: number): number {
  const rng = new Rng(seed, 'seats', segmentId, rbd)
  const base = rng.chance(0.6) ? 9 : rng.int(1, 8)
  return Math.max(0, base - taken)
}
