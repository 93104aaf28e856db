import Big from 'big.js'
import type { SandboxCore } from '../state/core'
import { Code, badParameter, fault } from '../http/errors'
import { countOf, minorUnits } from '../world/fares'
import { resolvePlace } from '../world/geo'
import { changeReshopRequest, read, reissueRequest } from '../http/requests'
import { availabilityOf, checkCounts, checkDates, journeysOf, offerIdOf, searchAnswer, SHOPPING_OFFER_LIFETIME_MS } from './shop'
import { chinaMinute } from '../world/time'
import { seatsNeeded, type PaxCounts, type SearchInput, type Segment } from '../world/types'
import type { Journey } from '../world/inventory'
import type { Order } from '../state/state'
import { raw } from '../state/tracked'
import { num } from '../http/wire'
import { afterSaleOrder, bareFlightNo, chosenPassengers, countsOf, issued, originalSegments } from './aftersale'

/** Changes: changeReshop → reissueRequest (quote, 48) → ticketing on the reissue order (49 → 61). */

interface ChangeQuote {
  changeFee: string
  fareDifference: string
  total: string
}

/**
 * Change fee from the fare rules, per passenger; fare difference = new base
 * fares minus the share of the old base fares for the flights replaced
 * (by segment count), never negative. Taxes are not re-quoted.
 */
function changeQuote(core: SandboxCore, order: Order, journey: Journey, counts: PaxCounts, replaced: number): ChangeQuote {
  const places = minorUnits(core.currency)
  const offer = order.offer
  if (!offer) fault(Code.outOfOrder, 'the order has no fare to change')
  let fee = new Big(0)
  let oldBase = new Big(0)
  let newBase = new Big(0)
  for (const t of ['ADT', 'CHD', 'INF'] as const) {
    const n = countOf(counts, t)
    if (n === 0) continue
    const rule = offer.rules.change.find((r) => r.paxType === t)
    fee = fee.plus(new Big(rule?.changeFee ?? '0').times(n))
    oldBase = oldBase.plus(new Big(offer.pricePerPax.find((p) => p.paxType === t)?.baseFare ?? '0').times(n))
    newBase = newBase.plus(new Big(journey.offer.pricePerPax.find((p) => p.paxType === t)?.baseFare ?? '0').times(n))
  }
  const share = oldBase.times(replaced).div(Math.max(1, order.segments.length))
  const diff = newBase.minus(share)
  const fareDifference = (diff.gt(0) ? diff : new Big(0)).round(places, Big.roundHalfUp)
  return { changeFee: fee.toFixed(places), fareDifference: fareDifference.toFixed(places), total: fee.plus(fareDifference).toFixed(places) }
}

function changeAllowed(order: Order, counts: PaxCounts): void {
  for (const rule of order.offer?.rules.change ?? []) {
    if (countOf(counts, rule.paxType) > 0 && rule.changePolicy === 'notAllowed') fault(Code.outOfOrder, `the fare rules do not allow changes for ${rule.paxType} (changePolicy notAllowed)`)
  }
}

/** The legs of the order a change touches, each checked against the new leg's end points. */
function touchedLegs(order: Order, replaced: readonly Segment[], newLegs: readonly { origin: string; typeO?: string | null; destination: string; typeD?: string | null }[]): string[] {
  const ids = new Set(replaced.map((s) => s.segmentId))
  const legs = order.legs.filter((l) => l.segmentIds.some((id) => ids.has(id)))
  if (legs.length !== newLegs.length) fault(Code.tripType, `parameter error: trip type does not conform to the rules (${newLegs.length} new legs for ${legs.length} changed legs)`)
  const segmentIds: string[] = []
  legs.forEach((leg, i) => {
    const first = order.segments.find((s) => s.segmentId === leg.segmentIds[0])
    const last = order.segments.find((s) => s.segmentId === leg.segmentIds[leg.segmentIds.length - 1])
    const n = newLegs[i] as (typeof newLegs)[number]
    const fromOk = resolvePlace(n.origin, n.typeO).some((a) => a.iata === first?.depAirport)
    const toOk = resolvePlace(n.destination, n.typeD).some((a) => a.iata === last?.arrAirport)
    if (!fromOk || !toOk) fault(Code.tripType, `parameter error: trip type does not conform to the rules (a change keeps the origin and destination: ${first?.depAirport}-${last?.arrAirport})`)
    segmentIds.push(...leg.segmentIds)
  })
  return segmentIds
}

export function changeReshop(core: SandboxCore, body: unknown): unknown {
  const req = read(changeReshopRequest, body)
  const order = issued(core, req.orderNo, 'orderNo')
  const replaced = originalSegments(order, req.originalSegments, 'originalSegments')
  const counts: PaxCounts = { adultNum: req.adultNum, childNum: req.childNum, infantNum: req.infantNum }
  checkCounts(counts)
  if (counts.adultNum > order.pax.adultNum || counts.childNum > order.pax.childNum || counts.infantNum > order.pax.infantNum) {
    badParameter('adultNum', 'passenger counts exceed the passengers on the order')
  }
  changeAllowed(order, counts)
  const touched = touchedLegs(order, replaced, req.newLegs)
  const search: SearchInput = {
    legs: req.newLegs,
    ...counts,
    cabin: req.preferences?.cabin || order.offer?.cabin[0] || 'Y',
    preferredCarrier: [],
    prohibitedCarrier: [],
    maxStops: null,
    minOffers: 0
  }
  checkDates(core, search.legs, 'newLegs')
  const journeys = journeysOf(core, search, 'newLegs')
  const record = { id: core.nextSearchId(), at: core.now(), kind: 'change' as const, search, orderNo: order.orderNo }
  core.state.searches[record.id] = record
  core.changed()
  return searchAnswer(core, record, journeys, (j, offer) => {
    const quote = changeQuote(core, order, j, counts, touched.length)
    return { ...offer, changeFee: num(quote.changeFee), fareDifference: num(quote.fareDifference), totalPrice: num(quote.total), currency: order.currency }
  })
}

export function reissue(core: SandboxCore, body: unknown): unknown {
  const req = read(reissueRequest, body)
  const order = issued(core, req.tktOrderNo, 'tktOrderNo')
  const replaced = originalSegments(order, req.originalSegments, 'originalSegments')
  const travellers = chosenPassengers(core, order, req.passengers, 'passengers')
  const counts = countsOf(travellers)
  changeAllowed(order, counts)
  const now = core.now()
  const searches = Object.values(raw(core.state.searches))
    .filter((s) => s.kind === 'change' && s.orderNo === order.orderNo && now - s.at <= SHOPPING_OFFER_LIFETIME_MS)
    .sort((a, b) => b.at - a.at)
  if (searches.length === 0) fault(Code.outOfOrder, 'call changeReshop first: a reissue takes flights from a changeReshop answer of the last 60 minutes')
  for (const record of searches) {
    const journeys = journeysOf(core, record.search, 'newLegs')
    const index = journeys.findIndex(
      (j) =>
        j.segments.length === req.newLegs.length &&
        req.newLegs.every((n, i) => {
          const s = j.segments[i] as Segment
          return (
            s.carrier === n.carrier &&
            s.flightNo === bareFlightNo(n.carrier, n.flightNo) &&
            s.depAirport === n.depAirport &&
            s.depTime === n.depTime &&
            (!n.arrAirport || s.arrAirport === n.arrAirport) &&
            (!n.arrTime || s.arrTime === n.arrTime) &&
            (!n.cabin || j.offer.cabin[i] === n.cabin)
          )
        })
    )
    const journey = journeys[index]
    if (!journey) continue
    const touched = touchedLegs(order, replaced, record.search.legs)
    if (availabilityOf(core, journey.offer, journey.segments).some((n) => n < seatsNeeded(counts))) fault(Code.noSeats, 'no seats left on the new flights: search again')
    const quote = changeQuote(core, order, journey, counts, touched.length)
    const r = afterSaleOrder(core, order, 'reissue', '48', req.partnerOrderNo)
    r.totalPrice = quote.total
    r.changeFee = quote.changeFee
    r.fareDifference = quote.fareDifference
    r.payDeadlineAt = now + core.settings.payDeadlineMs
    r.offer = { ...journey.offer, offerId: offerIdOf(record.id, index) }
    r.legs = journey.legs
    r.segments = journey.segments
    r.passengers = travellers
    r.pax = counts
    r.paxIds = travellers.map((p) => p.paxId)
    r.segmentIds = touched
    if (req.remarks) r.remarks = req.remarks
    core.changed()
    return {
      tktOrderNo: order.orderNo,
      reissueOrderNo: r.orderNo,
      orderStatus: r.status,
      currency: r.currency,
      totalPrice: num(r.totalPrice),
      changeFee: num(quote.changeFee),
      fareDifference: num(quote.fareDifference),
      payDeadline: chinaMinute(r.payDeadlineAt)
    }
  }
  return badParameter('newLegs', 'do not match any offer of the latest changeReshop answers for this order')
}
