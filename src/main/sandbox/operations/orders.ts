import Big from 'big.js'
import { move, type SandboxCore } from '../state/core'
import { Code, badParameter, fault } from '../http/errors'
import { priceAuxItems, wireBaggage } from './ancillaries'
import { checkPassengers, maskCard, readPassengers } from './passengers'
import { bookingRequest, orderDetailRequest, payVerifyRequest, read, ticketingRequest } from '../http/requests'
import { availabilityOf, PRICING_LIFETIME_MS } from './shop'
import { chinaMinute } from '../world/time'
import { seatsNeeded } from '../world/types'
import type { Order } from '../state/state'
import { num, wireOffer } from '../http/wire'

/**
 * booking → ticketing → (issued), plus payVerify and orderDetail.
 * Statuses: 11 booked, 12 ticketing, 13 issued, 15 cancelled at the
 * payment deadline; reissue orders 48 → 49 → 61 are paid through ticketing too.
 */

function bookingView(order: Order): Record<string, unknown> {
  return {
    orderNo: order.orderNo,
    orderStatus: order.status,
    partnerOrderNo: order.partnerOrderNo,
    currency: order.currency,
    totalPrice: num(order.totalPrice),
    payDeadline: order.payDeadlineAt === null ? null : chinaMinute(order.payDeadlineAt),
    createTime: chinaMinute(order.createdAt),
    offer: order.offer ? wireOffer(order.offer) : null,
    legs: order.legs,
    segments: order.segments
  }
}

export function booking(core: SandboxCore, body: unknown): unknown {
  const req = read(bookingRequest, body)
  const priced = core.state.priced[req.offerId]
  if (!priced) {
    const searchId = /^1(\d{9})\d{7}$/.exec(req.offerId)?.[1]
    if (searchId && core.state.searches[searchId]) fault(Code.outOfOrder, 'call pricing first: booking takes the offerId pricing returned')
    fault(Code.offerUnusable, `offerId ${req.offerId} is unknown: search again`)
  }
  const now = core.now()
  if (now - priced.at > PRICING_LIFETIME_MS) fault(Code.expired, 'the pricing is older than 30 minutes: price the offer again')

  // A retry of a booking whose answer was lost (same priced offer, same partner
  // order number) gets the order it already made instead of a second one.
  if (req.partnerOrderNo) {
    const earlier = core.ordersWithPartnerNo(req.partnerOrderNo).find((o) => o.orderType === 'ticket' && o.pricedOfferId === priced.offerId)
    if (earlier) return bookingView(earlier)
  }

  const { passengers, counts } = checkPassengers(readPassengers(req.passengers, core.account.aesKey), priced.segments)
  if (counts.adultNum !== priced.pax.adultNum || counts.childNum !== priced.pax.childNum || counts.infantNum !== priced.pax.infantNum) {
    fault(Code.verificationFailed, 'price verification failed: passenger counts differ from the pricing request')
  }
  const need = seatsNeeded(counts)
  if (availabilityOf(core, priced.offer, priced.segments).some((n) => n < need)) fault(Code.noSeats, 'no seats left on this offer: search again')

  const extras = priceAuxItems(core, req.ancillary ?? [], passengers, priced.segments, priced.offer.cabin, 'ancillary')
  const order: Order = {
    orderNo: core.nextOrderNo(),
    orderType: 'ticket',
    status: '11',
    partnerOrderNo: req.partnerOrderNo,
    currency: priced.offer.currency,
    totalPrice: new Big(priced.offer.totalPrice).plus(extras.total).toFixed(),
    createdAt: now,
    payDeadlineAt: now + core.settings.payDeadlineMs,
    dueAt: null,
    offer: priced.offer,
    legs: priced.legs,
    segments: priced.segments,
    passengers,
    pax: counts,
    agentContact: req.agentContact,
    presaleAux: extras.baggage,
    ticketInfo: null,
    issuedAt: null,
    history: [{ status: '11', at: now }],
    seatsHeld: {},
    seatNumbers: extras.seats.map((s) => `${s.segmentId}|${s.seatNo}`),
    pricedOfferId: priced.offerId
  }
  core.holdSeats(order, priced.segments.map((s) => s.segmentId), priced.offer.cabin, need)
  for (const key of order.seatNumbers) core.state.seatsAssigned[key] = order.orderNo
  core.state.orders[order.orderNo] = order
  core.changed()
  return bookingView(order)
}

/** Status checks shared by ticketing and payVerify: can this order be paid now? */
function payable(order: Order): void {
  const paying = order.orderType === 'ticket' ? '11' : order.orderType === 'reissue' ? '48' : null
  if (paying === null) fault(Code.outOfOrder, `order ${order.orderNo} is a ${order.orderType} order: nothing to pay`)
  if (['12', '13', '49', '61'].includes(order.status)) fault(Code.alreadyTicketing, `ticketing request has been processing or completed (status ${order.status})`)
  if (order.status === '15') fault(Code.outOfOrder, `order ${order.orderNo} was cancelled at its payment deadline`)
  if (order.status === '50' || order.status === '51') fault(Code.outOfOrder, `reissue quote ${order.orderNo} lapsed (status ${order.status})`)
  if (order.status !== paying) fault(Code.outOfOrder, `order ${order.orderNo} cannot be paid in status ${order.status}`)
}

function samePrice(order: Order, currency: string, totalPrice: string): void {
  if (currency.toUpperCase() !== order.currency) fault(Code.priceMismatch, `the currency submitted does not match the order (${order.currency})`)
  if (!new Big(totalPrice).eq(order.totalPrice)) fault(Code.priceMismatch, `the total price submitted does not match the total price of the order (${order.totalPrice})`)
}

export function ticketing(core: SandboxCore, body: unknown): unknown {
  const req = read(ticketingRequest, body)
  const order = core.order(req.orderNo)
  payable(order)
  if (req.paymentMethod !== '0') fault(Code.wrongPaymentMethod, 'wrong payment method: only "0" (balance) is available')
  samePrice(order, req.currency, req.totalPrice)
  const now = core.now()
  const note = order.orderType === 'ticket' ? 'ticketing' : 'reissue payment'
  if (!core.ledger.freeze(order.orderNo, order.totalPrice, now, note)) fault(Code.balanceInsufficient, 'account balance insufficient')
  move(order, order.orderType === 'ticket' ? '12' : '49', now)
  order.payDeadlineAt = order.orderType === 'ticket' ? order.payDeadlineAt : null
  order.dueAt = now + core.settings.issuanceDelayMs
  if (order.orderType === 'reissue') {
    const seats = order.passengers.filter((p) => p.paxType !== 'INF').length
    core.holdSeats(order, order.segments.map((s) => s.segmentId), order.offer?.cabin ?? [], seats)
  }
  core.changed()
  return { orderNo: order.orderNo, partnerOrderNo: order.partnerOrderNo, orderStatus: order.status, currency: order.currency, totalPrice: num(order.totalPrice) }
}

export function payVerify(core: SandboxCore, body: unknown): unknown {
  const req = read(payVerifyRequest, body)
  const order = core.order(req.orderNo)
  payable(order)
  samePrice(order, req.currency, req.totalPrice)
  return {
    orderNo: order.orderNo,
    partnerOrderNo: order.partnerOrderNo,
    orderStatus: order.status,
    currency: order.currency,
    totalPrice: num(order.totalPrice),
    offer: order.offer ? wireOffer(order.offer) : null
  }
}

export function orderView(order: Order): Record<string, unknown> {
  // orderDetail = the booking answer plus what only orderDetail carries.
  const view: Record<string, unknown> = {
    ...bookingView(order),
    orderType: order.orderType,
    passengers: order.passengers.map((p) => ({
      paxId: p.paxId,
      name: p.name,
      paxType: p.paxType,
      birthday: p.birthday,
      gender: p.gender,
      cardType: p.cardType,
      cardNum: maskCard(p.cardNum)
    }))
  }
  if (order.originalOrderNo) view.originalOrderNo = order.originalOrderNo
  if (order.ticketInfo) view.ticketInfo = order.ticketInfo
  if (order.presaleAux.length > 0) view.ancillary = { baggage: order.presaleAux.map(wireBaggage), seatInfos: null }
  if (order.orderType === 'reissue') {
    view.changeFee = num(order.changeFee ?? '0')
    view.fareDifference = num(order.fareDifference ?? '0')
  }
  if (order.orderType === 'refund' && order.status !== '72') {
    view.refundAmount = num(order.refundAmount ?? '0')
    view.refundFee = num(order.refundFee ?? '0')
  }
  if (order.orderType === 'void') view.refundAmount = num(order.refundAmount ?? '0')
  return view
}

export function orderDetail(core: SandboxCore, body: unknown): unknown {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  // Lost a booking answer? With no orderNo, the partner order number finds the latest order carrying it.
  if ((raw.orderNo === '' || raw.orderNo === undefined || raw.orderNo === null) && typeof raw.partnerOrderNo === 'string' && raw.partnerOrderNo !== '') {
    const matches = core.ordersWithPartnerNo(raw.partnerOrderNo)
    const latest = matches.sort((a, b) => b.createdAt - a.createdAt)[0]
    if (!latest) fault(Code.orderNotFound, `order not found: partnerOrderNo ${raw.partnerOrderNo}`)
    return orderView(latest)
  }
  const req = read(orderDetailRequest, body)
  const order = core.order(req.orderNo)
  if (req.partnerOrderNo && order.partnerOrderNo && req.partnerOrderNo !== order.partnerOrderNo) {
    badParameter('partnerOrderNo', `does not match order ${order.orderNo}`)
  }
  return orderView(order)
}
