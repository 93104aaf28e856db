import type { SandboxCore } from '../state/core'
import { Code, badParameter, fault } from '../http/errors'
import { journeyOf, journeysFor, seatsLeft, type Journey } from '../world/inventory'
import { airport } from '../world/geo'
import { Rng } from '../world/prng'
import { pricingRequest, read, shoppingRequest } from '../http/requests'
import { MINUTE, utcToLocalText } from '../world/time'
import { seatsNeeded, type Offer, type PaxCounts, type SearchInput, type Segment } from '../world/types'
import type { PricedRecord, SearchRecord } from '../state/state'
import { raw } from '../state/tracked'
import { wireOffer } from '../http/wire'

/**
 * shopping and pricing. A search is remembered (its request, not its
 * offers); an offerId is "1" + search number + position, so pricing can
 * regenerate exactly the offer the agent saw.
 */

export const SHOPPING_OFFER_LIFETIME_MS = 60 * MINUTE // fr24-inferences Z6
export const PRICING_LIFETIME_MS = 30 * MINUTE // documented
const SEARCH_MEMORY_MS = 6 * 60 * MINUTE

// The last few searches' journeys, so pricing right after a search is cheap.
const journeyCache = new Map<string, Journey[]>()

export function journeysOf(core: SandboxCore, search: SearchInput, field = 'searchLegs'): Journey[] {
  const key = `${core.seed}|${core.currency}|${field}|${JSON.stringify(search)}`
  const hit = journeyCache.get(key)
  if (hit) {
    journeyCache.delete(key)
    journeyCache.set(key, hit)
    return hit
  }
  const journeys = journeysFor({ seed: core.seed, currency: core.currency, field }, search)
  journeyCache.set(key, journeys)
  while (journeyCache.size > 8) journeyCache.delete(journeyCache.keys().next().value as string)
  return journeys
}

/** Passenger counts a search or pricing may carry (the documented global rule). */
export function checkCounts(p: PaxCounts): void {
  if (p.adultNum + p.childNum + p.infantNum > 9) fault(Code.passengerRule, 'passenger rule: adults + children + infants must not exceed 9')
  if (p.childNum > 2 * p.adultNum) fault(Code.passengerRule, 'passenger rule: children must not exceed 2 × adults')
  if (p.infantNum > p.adultNum) fault(Code.passengerRule, 'passenger rule: each adult may bring at most 1 infant')
}

/** Dates must run forward, start no earlier than today at the origin, and lie within a year. */
export function checkDates(core: SandboxCore, legs: SearchInput['legs'], field: string): void {
  let previous = ''
  legs.forEach((leg, i) => {
    const origin = airport(leg.origin)
    const today = utcToLocalText(origin ? origin.clock : { fixedOffsetMs: 8 * 60 * MINUTE }, core.now()).slice(0, 10)
    if (leg.depDate < today) badParameter(`${field}[${i}].depDate`, `is in the past (today is ${today} at ${leg.origin})`)
    const limit = utcToLocalText({ fixedOffsetMs: 0 }, core.now() + 361 * 24 * 60 * MINUTE).slice(0, 10)
    if (leg.depDate > limit) badParameter(`${field}[${i}].depDate`, 'is more than 361 days ahead')
    if (previous && leg.depDate < previous) fault(Code.tripType, `parameter error: trip type does not conform to the rules (${field}[${i}] departs before the previous leg)`)
    previous = leg.depDate
  })
}

export function availabilityOf(core: SandboxCore, offer: Pick<Offer, 'RBD' | 'cabin'>, segments: readonly Segment[]): number[] {
  return segments.map((s, i) => Math.min(9, seatsLeft(core.seed, s.segmentId, offer.RBD[i] ?? 'Y', core.seatsTaken(s.segmentId, offer.cabin[i] ?? 'Y'))))
}

export function offerIdOf(searchId: string, index: number): string {
  return `1${searchId}${String(index).padStart(7, '0')}`
}

/** Offers, legs and segments as shopping (and changeReshop) answer them. */
export function searchAnswer(core: SandboxCore, record: SearchRecord, journeys: readonly Journey[], decorate?: (j: Journey, offer: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
  const need = seatsNeeded(record.search)
  const offers: Record<string, unknown>[] = []
  const legs = new Map<string, { legId: string; segmentIds: string[] }>()
  const segments = new Map<string, Segment>()
  journeys.forEach((j, index) => {
    const seats = availabilityOf(core, j.offer, j.segments)
    if (seats.some((n) => n < need)) return
    const offer = wireOffer({ ...j.offer, offerId: offerIdOf(record.id, index), availability: seats.map(String) })
    offers.push(decorate ? decorate(j, offer) : offer)
    for (const l of j.legs) legs.set(l.legId, l)
    for (const s of j.segments) segments.set(s.segmentId, s)
  })
  return { offers, legs: [...legs.values()], segments: [...segments.values()] }
}

/**
 * Forgets searches, pricings and burned offers older than SEARCH_MEMORY_MS. Each collection
 * is in the order its records were made, which is time order (business time only moves on),
 * so the look stops at the first one to keep: a search costs the same however many pricings
 * are remembered. Looked at without reaching them (raw), so only the ones forgotten count as changed.
 */
function forget(core: SandboxCore): void {
  const cutoff = core.now() - SEARCH_MEMORY_MS
  const oldest = <V>(records: Record<string, V>, at: (v: V) => number): string[] => {
    const ids: string[] = []
    for (const id in records) {
      if (at(records[id] as V) >= cutoff) break
      ids.push(id)
    }
    return ids
  }
  for (const id of oldest(raw(core.state.searches), (s) => s.at)) delete core.state.searches[id]
  for (const id of oldest(raw(core.state.priced), (p) => p.at)) delete core.state.priced[id]
  for (const id of oldest(raw(core.state.burned), (at) => at)) delete core.state.burned[id]
}

export function shopping(core: SandboxCore, body: unknown): unknown {
  const req = read(shoppingRequest, body)
  const search: SearchInput = {
    legs: req.searchLegs,
    adultNum: req.adultNum,
    childNum: req.childNum,
    infantNum: req.infantNum,
    cabin: req.preferences?.cabin ?? 'Y',
    preferredCarrier: req.preferences?.preferredCarrier ?? [],
    prohibitedCarrier: req.preferences?.prohibitedCarrier ?? [],
    maxStops: req.preferences?.stops ?? null,
    minOffers: core.settings.offerCount
  }
  checkCounts(search)
  checkDates(core, search.legs, 'searchLegs')
  const journeys = journeysOf(core, search)
  forget(core)
  const record: SearchRecord = { id: core.nextSearchId(), at: core.now(), kind: 'shop', search }
  core.state.searches[record.id] = record
  core.changed()
  return searchAnswer(core, record, journeys)
}

export interface FoundOffer {
  record: SearchRecord
  journey: Journey
  index: number
}

/** The search offer behind an offerId, or the documented re-shop answers. */
export function findSearchOffer(core: SandboxCore, offerId: string, kind: SearchRecord['kind'] = 'shop'): FoundOffer {
  const match = /^1(\d{9})(\d{7})$/.exec(offerId)
  const record = match ? core.state.searches[match[1] as string] : undefined
  if (!match || !record || record.kind !== kind) fault(Code.offerUnusable, `offerId ${offerId} is unknown: search again`)
  if (core.now() - record.at > SHOPPING_OFFER_LIFETIME_MS) fault(Code.expired, `offerId ${offerId} is older than 60 minutes: search again`)
  const index = Number(match[2])
  const journey = journeysOf(core, record.search)[index]
  if (!journey) fault(Code.offerUnusable, `offerId ${offerId} is unknown: search again`)
  return { record, journey, index }
}

/**
 * What pricing finds for an offer: usually the same price; now and then
 * (seeded per offer, or forced through the control API) a higher one or no
 * seats at all.
 */
function outcomeFor(core: SandboxCore, offerId: string): { kind: 'same' | 'priceChange' | 'noSeats'; surcharge: number } {
  const rng = new Rng(core.seed, 'pricing', offerId)
  const roll = rng.next()
  const surcharge = 1.02 + rng.next() * 0.06
  const forced = core.forcedPricing.shift()
  if (forced) return { kind: forced, surcharge }
  if (roll < core.settings.noSeatsRate) return { kind: 'noSeats', surcharge }
  if (roll < core.settings.noSeatsRate + core.settings.priceChangeRate) return { kind: 'priceChange', surcharge }
  return { kind: 'same', surcharge: 1 }
}

export function pricing(core: SandboxCore, body: unknown): unknown {
  const req = read(pricingRequest, body)
  const pax: PaxCounts = { adultNum: req.adultNum, childNum: req.childNum, infantNum: req.infantNum }
  checkCounts(pax)
  // Pricing a pricing result again re-verifies the shopping offer behind it.
  const earlier = core.state.priced[req.offerId]
  const sourceOfferId = earlier ? earlier.sourceOfferId : req.offerId
  if (core.state.burned[sourceOfferId]) fault(Code.offerUnusable, `offerId ${req.offerId} failed verification before: search again`)
  const found = findSearchOffer(core, sourceOfferId)
  const searched = found.record.search
  if (searched.adultNum !== pax.adultNum || searched.childNum !== pax.childNum || searched.infantNum !== pax.infantNum) {
    fault(Code.verificationFailed, 'price verification failed: passenger counts differ from the shopping request')
  }
  const outcome = outcomeFor(core, sourceOfferId)
  const need = seatsNeeded(pax)
  const plain = found.journey
  if (outcome.kind === 'noSeats' || availabilityOf(core, plain.offer, plain.segments).some((n) => n < need)) {
    core.state.burned[sourceOfferId] = core.now()
    core.changed()
    fault(Code.noSeats, 'no seats left on this offer: search again')
  }
  const journey =
    outcome.kind === 'priceChange'
      ? journeyOf({ seed: core.seed, currency: core.currency }, pax, searched.cabin, plain.directions, plain.brand, outcome.surcharge)
      : plain
  const seats = availabilityOf(core, journey.offer, journey.segments)
  const offer: Offer = { ...journey.offer, offerId: core.nextPricedOfferId(), availability: seats.map(String) }
  const record: PricedRecord = {
    offerId: offer.offerId,
    at: core.now(),
    pax,
    sourceOfferId,
    cabin: searched.cabin,
    offer,
    legs: journey.legs,
    segments: journey.segments
  }
  core.state.priced[offer.offerId] = record
  core.changed()
  return { offer: [wireOffer(offer)], legs: journey.legs, segments: journey.segments }
}
