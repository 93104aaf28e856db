import type { PriceChange } from '../../../shared/domain/booking'
import type { DetailSegment, OfferDetail, PaxType } from '../../../shared/domain/search'
import { cmp } from '../../../shared/money'

/**
 * What the price check found different from the offer the agent chose in the results: both sides
 * are offer details built the same way (search/detail.ts), so the diff compares like with like.
 * Pure; the order is the order the window lists them (money first, then what the fare allows,
 * then the flights).
 */
const PAX: readonly PaxType[] = ['ADT', 'CHD', 'INF']

const flights = (offer: OfferDetail): DetailSegment[] => offer.legs.flatMap((leg) => leg.segments)

/** The parts of a flight that make it another flight (or another fare on it) when they differ. */
function flightKey(s: DetailSegment): string {
  return [s.carrier, s.operatingCarrier ?? '', s.flightNo, s.from, s.to, s.departLocal, s.arriveLocal, s.cabin, s.bookingClass ?? ''].join('|')
}

function sameItinerary(before: OfferDetail, after: OfferDetail): boolean {
  if (before.legs.length !== after.legs.length) return false
  const a = flights(before)
  const b = flights(after)
  return a.length === b.length && a.every((s, i) => flightKey(s) === flightKey(b[i] as DetailSegment))
}

/**
 * Fewer seats left, or FR24 no longer says: the agent may not get seats for everyone. More seats
 * than before is no news. Figures FR24 wrote that are not numbers count as changed when they differ.
 */
function seatsDropped(before: string | undefined, after: string | undefined): boolean {
  if (before === after || before === undefined) return false
  if (after === undefined) return true
  const b = Number(before)
  const a = Number(after)
  return Number.isFinite(a) && Number.isFinite(b) ? a < b : true
}

export function priceChanges(searchOffer: OfferDetail, pricedOffer: OfferDetail): PriceChange[] {
  const changes: PriceChange[] = []
  if (searchOffer.currency !== pricedOffer.currency) changes.push({ kind: 'currency', before: searchOffer.currency, after: pricedOffer.currency })
  if (cmp(searchOffer.totalPrice, pricedOffer.totalPrice) !== 0) changes.push({ kind: 'total', before: searchOffer.totalPrice, after: pricedOffer.totalPrice })
  for (const paxType of PAX) {
    const before = searchOffer.passengers.find((p) => p.paxType === paxType)
    const after = pricedOffer.passengers.find((p) => p.paxType === paxType)
    // A type priced on one side only already shows in the total; there is no pair to compare.
    if (before && after && cmp(before.perPassenger, after.perPassenger) !== 0) changes.push({ kind: 'perPassenger', paxType, before: before.perPassenger, after: after.perPassenger })
  }
  if (searchOffer.brand !== pricedOffer.brand) {
    const change: PriceChange = { kind: 'brand' }
    if (searchOffer.brand !== undefined) change.before = searchOffer.brand
    if (pricedOffer.brand !== undefined) change.after = pricedOffer.brand
    changes.push(change)
  }
  if (searchOffer.refundable !== pricedOffer.refundable) changes.push({ kind: 'rules', rule: 'refund', before: searchOffer.refundable, after: pricedOffer.refundable })
  if (searchOffer.changeable !== pricedOffer.changeable) changes.push({ kind: 'rules', rule: 'change', before: searchOffer.changeable, after: pricedOffer.changeable })
  if (!sameItinerary(searchOffer, pricedOffer)) {
    // Other flights: seat figures of one flight say nothing about another.
    changes.push({ kind: 'itinerary' })
    return changes
  }
  const after = flights(pricedOffer)
  flights(searchOffer).forEach((s, segment) => {
    const now = after[segment]?.seatsLeft
    if (!seatsDropped(s.seatsLeft, now)) return
    const change: PriceChange = { kind: 'seatsLeft', segment }
    if (s.seatsLeft !== undefined) change.before = s.seatsLeft
    if (now !== undefined) change.after = now
    changes.push(change)
  })
  return changes
}
