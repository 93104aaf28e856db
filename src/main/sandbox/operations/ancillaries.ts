import Big from 'big.js'
import { busyPaxIds, ISSUED } from './aftersale'
import { move, type SandboxCore } from '../state/core'
import { hex32 } from '../world/prng'
import { Code, badParameter, fault } from '../http/errors'
import { fromUsd, minorUnits } from '../world/fares'
import { airport, distanceKm } from '../world/geo'
import {
  ancillaryBookingRequest,
  ancillaryOrderDetailRequest,
  ancillaryPurchaseRequest,
  postsaleAuxRequest,
  presaleAuxRequest,
  read,
  seatMapRequest,
  type AuxItem
} from '../http/requests'
import { findSeat, seatMapOf } from './seats'
import { findSearchOffer } from './shop'
import { chinaMinute } from '../world/time'
import type { AuxOrder, BookedAux, Order, Passenger } from '../state/state'
import type { CabinCode, Offer, Segment } from '../world/types'
import { num } from '../http/wire'

/**
 * Bags and seats, before the order (with booking) and after it (their own
 * ancillary orders, paid separately). Shapes per fr24-inferences §6.
 */

export interface AuxOffer {
  segmentIds: string[]
  auxId: string
  baseFare: string
  serviceFee: string
  size: string
  piece: number
  weight: number
  limitPerPax: number
  type: string
}

/** Extra checked bags for one segment: 20 kg (up to two) and 30 kg (one). */
export function auxOffersFor(core: SandboxCore, segment: Segment, postsale: boolean): AuxOffer[] {
  const from = airport(segment.depAirport)
  const to = airport(segment.arrAirport)
  const km = from && to ? distanceKm(from, to) : 1_000
  const places = minorUnits(core.currency)
  // Post-sale ids carry the airport pair, as in the documented example ("…SINHKG").
  const suffix = postsale ? `${segment.depAirport}${segment.arrAirport}` : ''
  return [
    { weight: 20, usd: 18 + km * 0.004, limit: 2 },
    { weight: 30, usd: (18 + km * 0.004) * 1.45, limit: 1 }
  ].map((o) => ({
    segmentIds: [segment.segmentId],
    auxId: `${hex32(core.seed, 'bag', segment.segmentId, o.weight)}${suffix}`,
    baseFare: fromUsd(o.usd, core.currency, places).toFixed(places),
    serviceFee: '0',
    size: 'e',
    piece: 1,
    weight: o.weight,
    limitPerPax: o.limit,
    type: 'CHECK_IN'
  }))
}

function wireAux(a: AuxOffer): Record<string, unknown> {
  return { ...a, baseFare: num(a.baseFare), serviceFee: num(a.serviceFee) }
}

/** The offer an offerId names (a pricing result or a shopping offer). */
export function offerById(core: SandboxCore, offerId: string): { offer: Offer; segments: Segment[] } {
  const priced = core.state.priced[offerId]
  if (priced) return { offer: priced.offer, segments: priced.segments }
  const found = findSearchOffer(core, offerId)
  return { offer: { ...found.journey.offer, offerId }, segments: found.journey.segments }
}

export function presaleAncillaryShopping(core: SandboxCore, body: unknown): unknown {
  const req = read(presaleAuxRequest, body)
  const { segments } = offerById(core, req.offerId)
  return { currency: core.currency, auxes: segments.flatMap((s) => auxOffersFor(core, s, false).map(wireAux)), segments }
}

const NOT_ISSUED: Readonly<Record<string, string>> = {
  '11': 'it is not paid yet: pay it with ticketing and wait for the tickets',
  '12': 'its tickets are still being issued',
  '15': 'it was cancelled at its payment deadline'
}

/** Post-sale ancillaries are sold on issued tickets only (X28): a ticket order at 13. */
function issuedForExtras(core: SandboxCore, orderNo: string): Order {
  const order = core.ticketOrder(orderNo, 'orderNo')
  if (order.status !== ISSUED) {
    const why = NOT_ISSUED[order.status] ?? `it is in status ${order.status}`
    fault(Code.outOfOrder, `order ${order.orderNo} has no issued tickets (${why}): post-sale ancillaries need status 13`)
  }
  return order
}

/** Why a passenger of the order cannot have extras now, or null when they can. */
function notFlying(core: SandboxCore, order: Order, paxId: string): string | null {
  if ((order.closedPaxIds ?? []).includes(paxId)) return `passenger ${paxId} has been refunded or voided and no longer flies`
  if (busyPaxIds(core, order).has(paxId)) return `passenger ${paxId} has a refund, void or change in progress`
  return null
}

export function postsaleAncillaryShopping(core: SandboxCore, body: unknown): unknown {
  const req = read(postsaleAuxRequest, body)
  const order = issuedForExtras(core, req.orderNo)
  const flying = order.passengers.filter((p) => notFlying(core, order, p.paxId) === null)
  if (flying.length === 0) fault(Code.outOfOrder, `order ${order.orderNo} has no passenger who can still have ancillaries: all are refunded, voided or in an after-sale`)
  return {
    currency: core.currency,
    auxes: order.segments.flatMap((s) => auxOffersFor(core, s, true).map(wireAux)),
    segments: order.segments,
    passengers: flying.map((p) => ({ paxId: p.paxId, name: p.name }))
  }
}

export interface PricedAux {
  baggage: BookedAux[]
  seats: { paxId: string; segmentId: string; seatNo: string; price: string; serviceFee: string }[]
  total: string
}

/**
 * Checks requested bags and seats against the journey and the travellers
 * and prices them. Seats are not held here; the caller holds them once the
 * whole request is accepted.
 */
export function priceAuxItems(
  core: SandboxCore,
  items: readonly AuxItem[],
  passengers: readonly Passenger[],
  segments: readonly Segment[],
  cabins: readonly CabinCode[],
  field: string
): PricedAux {
  const baggage: BookedAux[] = []
  const seats: PricedAux['seats'] = []
  let total = new Big(0)
  const perPaxAux = new Map<string, number>()
  items.forEach((item, i) => {
    const at = `${field}[${i}]`
    const pax = passengers.find((p) => p.paxId === item.paxId)
    if (!pax) badParameter(`${at}.paxId`, `${item.paxId} is not a passenger of this order`)
    for (const id of item.segmentIds) if (!segments.some((s) => s.segmentId === id)) badParameter(`${at}.segmentIds`, `${id} is not a segment of this order`)
    if (item.auxType === 2) {
      const segmentId = item.segmentIds[0] as string
      const index = segments.findIndex((s) => s.segmentId === segmentId)
      const segment = segments[index] as Segment
      if (pax.paxType === 'INF') badParameter(`${at}.paxId`, 'an infant (INF) has no seat of its own')
      const seat = findSeat(core, segment, cabins[index] ?? 'Y', item.auxId)
      if (!seat) badParameter(`${at}.auxId`, `seat ${item.auxId} does not exist on this aircraft and cabin`)
      if (!seat.available || seats.some((s) => s.segmentId === segmentId && s.seatNo === seat.seatNo)) fault(Code.noSeats, `seat ${seat.seatNo} is no longer available`)
      if (seats.some((s) => s.segmentId === segmentId && s.paxId === pax.paxId)) badParameter(`${at}.auxId`, `passenger ${pax.paxId} already has a seat on this segment`)
      seats.push({ paxId: pax.paxId, segmentId, seatNo: seat.seatNo, price: seat.price, serviceFee: '0' })
      total = total.plus(seat.price)
      return
    }
    const offer = item.segmentIds
      .map((id) => segments.find((s) => s.segmentId === id) as Segment)
      .flatMap((s) => [...auxOffersFor(core, s, true), ...auxOffersFor(core, s, false)])
      .find((a) => a.auxId === item.auxId)
    if (!offer) badParameter(`${at}.auxId`, `${item.auxId} is not an ancillary offered for these segments`)
    const key = `${pax.paxId}|${offer.auxId.slice(0, 32)}`
    const quantity = (perPaxAux.get(key) ?? 0) + item.quantity
    if (quantity > offer.limitPerPax) badParameter(`${at}.quantity`, `exceeds limitPerPax ${offer.limitPerPax}`)
    perPaxAux.set(key, quantity)
    baggage.push({
      paxId: pax.paxId,
      segmentIds: offer.segmentIds,
      auxId: item.auxId,
      auxType: 1,
      quantity: item.quantity,
      unitPrice: offer.baseFare,
      serviceFee: offer.serviceFee,
      size: offer.size,
      piece: offer.piece,
      weight: offer.weight,
      type: offer.type
    })
    total = total.plus(new Big(offer.baseFare).plus(offer.serviceFee).times(item.quantity))
  })
  return { baggage, seats, total: total.toFixed(minorUnits(core.currency)) }
}

export function wireBaggage(b: BookedAux): Record<string, unknown> {
  const unit = new Big(b.unitPrice).plus(b.serviceFee)
  return {
    paxId: b.paxId,
    segmentIds: b.segmentIds,
    auxId: b.auxId,
    totalPrice: num(unit.times(b.quantity).toFixed()),
    baseFare: num(b.unitPrice),
    serviceFee: num(b.serviceFee),
    size: b.size,
    piece: b.piece,
    weight: b.weight,
    quantity: b.quantity,
    type: b.type
  }
}

function auxView(core: SandboxCore, a: AuxOrder): Record<string, unknown> {
  const order = core.state.orders[a.orderNo]
  return {
    auxOrderNo: a.auxOrderNo,
    auxOrderStatus: a.status,
    partnerAuxOrderNo: a.partnerAuxOrderNo,
    orderNo: a.orderNo,
    createTime: chinaMinute(a.createdAt),
    currency: a.currency,
    totalPrice: num(a.totalPrice),
    ancillary: {
      baggage: a.baggage.map(wireBaggage),
      seatInfos: a.seats.length === 0 ? null : a.seats.map((s) => ({ ...s, price: num(s.price), serviceFee: num(s.serviceFee), currency: a.currency }))
    },
    passengers: (order?.passengers ?? []).filter((p) => a.paxIds.includes(p.paxId)).map((p) => ({ paxId: p.paxId, name: p.name })),
    segments: (order?.segments ?? []).filter((s) => a.segmentIds.includes(s.segmentId)),
    payDeadline: a.payDeadlineAt === null ? null : chinaMinute(a.payDeadlineAt)
  }
}

export function ancillaryBooking(core: SandboxCore, body: unknown): unknown {
  const req = read(ancillaryBookingRequest, body)
  const order = issuedForExtras(core, req.orderNo)
  // A passenger of the order who no longer flies is a process error (02), not an unknown one (01).
  for (const item of req.ancillary) {
    const why = order.passengers.some((p) => p.paxId === item.paxId) ? notFlying(core, order, item.paxId) : null
    if (why) fault(Code.outOfOrder, why)
  }
  const priced = priceAuxItems(core, req.ancillary, order.passengers, order.segments, order.offer?.cabin ?? [], 'ancillary')
  const now = core.now()
  const aux: AuxOrder = {
    auxOrderNo: core.nextAuxOrderNo(),
    status: '1',
    partnerAuxOrderNo: req.partnerOrderNo || null,
    orderNo: order.orderNo,
    createdAt: now,
    payDeadlineAt: now + core.settings.payDeadlineMs,
    dueAt: null,
    currency: core.currency,
    totalPrice: priced.total,
    baggage: priced.baggage,
    seats: priced.seats,
    paxIds: [...new Set(req.ancillary.map((i) => i.paxId))],
    segmentIds: [...new Set(req.ancillary.flatMap((i) => i.segmentIds))],
    history: [{ status: '1', at: now }]
  }
  for (const s of priced.seats) core.state.seatsAssigned[`${s.segmentId}|${s.seatNo}`] = aux.auxOrderNo
  core.state.auxOrders[aux.auxOrderNo] = aux
  core.changed()
  return auxView(core, aux)
}

export function ancillaryPurchase(core: SandboxCore, body: unknown): unknown {
  const req = read(ancillaryPurchaseRequest, body)
  const aux = core.auxOrder(req.auxOrderNo)
  if (req.orderNo && req.orderNo !== aux.orderNo) badParameter('orderNo', `does not match ancillary order ${aux.auxOrderNo}`)
  if (aux.status === '2' || aux.status === '3') fault(Code.repeatedPayment, `repeated payment: ancillary order ${aux.auxOrderNo} is already paid`)
  if (aux.status !== '1') fault(Code.outOfOrder, `ancillary order ${aux.auxOrderNo} is cancelled (status 4)`)
  const order = issuedForExtras(core, aux.orderNo)
  for (const paxId of aux.paxIds) {
    const why = notFlying(core, order, paxId)
    if (why) fault(Code.outOfOrder, why)
  }
  if (req.paymentMethod !== '0') fault(Code.wrongPaymentMethod, 'wrong payment method: only "0" (balance) is available')
  if (req.currency.toUpperCase() !== aux.currency || !new Big(req.totalPrice).eq(aux.totalPrice)) {
    fault(Code.priceMismatch, `the total price submitted does not match the ancillary order (${aux.totalPrice} ${aux.currency})`)
  }
  const now = core.now()
  if (!core.ledger.freeze(`aux:${aux.auxOrderNo}`, aux.totalPrice, now, `ancillary order ${aux.auxOrderNo} paid`)) {
    fault(Code.balanceInsufficient, 'account balance insufficient')
  }
  move(aux, '2', now)
  aux.payDeadlineAt = null
  aux.dueAt = now + core.settings.issuanceDelayMs
  core.changed()
  return auxView(core, aux)
}

export function ancillaryOrderDetail(core: SandboxCore, body: unknown): unknown {
  const req = read(ancillaryOrderDetailRequest, body)
  return auxView(core, core.auxOrder(req.auxOrderNo))
}

export function seatMap(core: SandboxCore, body: unknown): unknown {
  const req = read(seatMapRequest, body)
  let segments: Segment[]
  let cabins: CabinCode[]
  if (req.bookType === '1') {
    if (!req.offerId) badParameter('offerId', 'is required when bookType is "1" (pre-sale)')
    const found = offerById(core, req.offerId)
    segments = found.segments
    cabins = found.offer.cabin
  } else {
    if (!req.orderNo) badParameter('orderNo', 'is required when bookType is "2" (post-sale)')
    const order = issuedForExtras(core, req.orderNo)
    segments = order.segments
    cabins = order.offer?.cabin ?? []
  }
  const wanted = req.segments.map((s) => s.segmentId).filter((id) => id !== '')
  for (const id of wanted) if (!segments.some((s) => s.segmentId === id)) badParameter('segments', `${id} is not a segment of this ${req.bookType === '1' ? 'offer' : 'order'}`)
  const seatMaps = segments
    .map((segment, i) => ({ segment, cabin: cabins[i] ?? ('Y' as CabinCode) }))
    .filter(({ segment }) => wanted.length === 0 || wanted.includes(segment.segmentId))
    .map(({ segment, cabin }) => {
      const map = seatMapOf(core, segment, cabin)
      return {
        segmentId: segment.segmentId,
        cabin,
        columns: map.columns,
        aisleAfter: map.aisleAfter,
        rows: map.rows.map((r) => ({ rowNo: r.rowNo, seats: r.seats.map((s) => ({ ...s, price: num(s.price), currency: core.currency })) }))
      }
    })
  return { seatMaps }
}
