import Big from 'big.js'
import { move, type SandboxCore } from '../state/core'
import { Code, badParameter, fault } from '../http/errors'
import { minorUnits } from '../world/fares'
import { airport } from '../world/geo'
import { read, refundConfirmingRequest, refundRequest, voidRequest } from '../http/requests'
import { chinaDay, localToUtc } from '../world/time'
import type { Order, Passenger } from '../state/state'
import { num } from '../http/wire'
import { afterSaleOrder, chosenPassengers, countsOf, issued, ISSUED, originalSegments } from './aftersale'

/** Refunds (refundRequest → refundConfirming, or refundConfirming directly) and voids. */

interface RefundQuote {
  refundAmount: string
  refundFee: string
}

/**
 * What goes back for some passengers and flights: base fare and taxes of
 * the flights refunded (by segment count), less the fare rule's penalty.
 * Involuntary (1) and illness (2) refunds carry no penalty; "no refund"
 * fares return taxes only; FR24's service fee is never returned.
 */
function refundQuote(core: SandboxCore, order: Order, passengers: readonly Passenger[], segmentCount: number, reason: string): RefundQuote {
  const offer = order.offer
  if (!offer) fault(Code.outOfOrder, 'the order has no fare to refund')
  const places = minorUnits(core.currency)
  const share = new Big(segmentCount).div(Math.max(1, order.segments.length))
  let amount = new Big(0)
  let penalty = new Big(0)
  for (const p of passengers) {
    const price = offer.pricePerPax.find((x) => x.paxType === p.paxType)
    const rule = offer.rules.refund.find((x) => x.paxType === p.paxType)
    const fare = new Big(price?.baseFare ?? '0').times(share)
    const tax = new Big(price?.totalTax ?? '0').times(share)
    let fee = new Big(0)
    if (reason !== '1' && reason !== '2') {
      switch (rule?.refundPolicy) {
        case 'withNoPenalty':
          break
        case 'withCondition':
          fee = new Big(rule.refundFee ?? '0')
          break
        case 'airlinePolicyApplied':
          fee = fare.times('0.3')
          break
        default:
          fee = fare // notAllowed, taxRefundOnly: the fare stays with the airline
      }
    }
    if (fee.gt(fare)) fee = fare
    penalty = penalty.plus(fee)
    amount = amount.plus(fare).plus(tax).minus(fee)
  }
  return { refundAmount: amount.round(places, Big.roundDown).toFixed(places), refundFee: penalty.round(places, Big.roundUp).toFixed(places) }
}

function refundSegments(order: Order, wanted: readonly { carrier: string; flightNo: string; depAirport: string; depTime: string }[] | null | undefined): string[] {
  if (!wanted || wanted.length === 0) return order.segments.map((s) => s.segmentId)
  return originalSegments(order, wanted, 'segments').map((s) => s.segmentId)
}

function checkFiles(core: SandboxCore, fileIds: readonly string[], reason: string): void {
  fileIds.forEach((id, i) => {
    if (!core.state.files[id]) badParameter(`fileId[${i}]`, `${id} is not a file uploaded with fileUpload`)
  })
  if (reason === '2' && fileIds.length === 0) badParameter('fileId', 'is required for refundReason "2" (illness or death): upload the proof with fileUpload')
}

function newRefund(core: SandboxCore, order: Order, passengers: Passenger[], segmentIds: string[], reason: string, status: string, partnerOrderNo: string): Order {
  const quote = refundQuote(core, order, passengers, segmentIds.length, reason)
  const r = afterSaleOrder(core, order, 'refund', status, partnerOrderNo)
  r.totalPrice = quote.refundAmount
  r.refundAmount = quote.refundAmount
  r.refundFee = quote.refundFee
  r.refundReason = reason
  r.passengers = passengers
  r.pax = countsOf(passengers)
  r.paxIds = passengers.map((p) => p.paxId)
  r.segmentIds = segmentIds
  r.segments = order.segments.filter((s) => segmentIds.includes(s.segmentId))
  return r
}

export function refundRequestOp(core: SandboxCore, body: unknown): unknown {
  const req = read(refundRequest, body)
  const order = issued(core, req.tktOrderNo, 'tktOrderNo')
  const passengers = chosenPassengers(core, order, req.passengers, 'passengers')
  const segmentIds = refundSegments(order, req.segments)
  checkFiles(core, req.fileId, '0')
  const quoting = core.settings.refundQuoteDelayMs > 0
  const r = newRefund(core, order, passengers, segmentIds, req.refundReason, quoting ? '72' : '73', req.partnerOrderNo)
  if (quoting) r.dueAt = core.now() + core.settings.refundQuoteDelayMs
  r.fileIds = req.fileId
  if (req.remarks) r.remarks = req.remarks
  core.changed()
  return {
    tktOrderNo: order.orderNo,
    refundOrderNo: r.orderNo,
    orderStatus: r.status,
    currency: r.currency,
    ...(quoting ? {} : { refundAmount: num(r.refundAmount ?? '0'), refundFee: num(r.refundFee ?? '0') })
  }
}

export function refundConfirming(core: SandboxCore, body: unknown): unknown {
  const req = read(refundConfirmingRequest, body)
  let r: Order
  if (req.refundOrderNo) {
    r = core.order(req.refundOrderNo, 'refundOrderNo')
    if (r.orderType !== 'refund') fault(Code.outOfOrder, `refundOrderNo ${r.orderNo} is a ${r.orderType} order`)
    if (req.tktOrderNo && req.tktOrderNo !== r.originalOrderNo) badParameter('tktOrderNo', `does not match refund order ${r.orderNo}`)
    if (r.status === '72') fault(Code.outOfOrder, 'the refund quotation is not completed yet (status 72): read it with orderDetail and confirm at 73')
    if (r.status !== '73') fault(Code.outOfOrder, `refund ${r.orderNo} is already confirmed (status ${r.status})`)
    const original = core.order(r.originalOrderNo ?? '', 'tktOrderNo')
    if (original.status !== ISSUED) fault(Code.outOfOrder, `order ${original.orderNo} is in status ${original.status}`)
    chosenPassengers(core, original, r.passengers, 'passengers')
    checkFiles(core, [...(r.fileIds ?? []), ...req.fileId], r.refundReason ?? '0')
    r.fileIds = [...new Set([...(r.fileIds ?? []), ...req.fileId])]
  } else if (req.tktOrderNo) {
    if (!/^\d+$/.test(req.tktOrderNo)) badParameter('tktOrderNo', 'must be a digit string')
    const order = issued(core, req.tktOrderNo, 'tktOrderNo')
    if (!req.passengers || req.passengers.length === 0) badParameter('passengers', 'is required when only tktOrderNo is given')
    const passengers = chosenPassengers(core, order, req.passengers, 'passengers')
    checkFiles(core, req.fileId, req.refundReason)
    r = newRefund(core, order, passengers, refundSegments(order, req.segments), req.refundReason, '73', req.partnerOrderNo)
    r.fileIds = req.fileId
  } else {
    return badParameter('refundOrderNo', 'or tktOrderNo is required')
  }
  if (req.remarks) r.remarks = req.remarks
  const now = core.now()
  move(r, '25', now)
  r.dueAt = now + core.settings.afterSaleDelayMs
  core.changed()
  return { refundOrderNo: r.orderNo, tktOrderNo: r.originalOrderNo, orderStatus: r.status, currency: r.currency, refundAmount: num(r.refundAmount ?? '0') }
}

function firstDepartureUtc(order: Order): number {
  const first = order.segments[0]
  const place = first ? airport(first.depAirport) : undefined
  if (!first || !place) return Number.POSITIVE_INFINITY
  const [date, time] = first.depTime.split('T') as [string, string]
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return localToUtc(place.clock, y, m, d, hh, mm)
}

export function voidOp(core: SandboxCore, body: unknown): unknown {
  const req = read(voidRequest, body)
  const order = issued(core, req.tktOrderNo, 'tktOrderNo')
  const passengers = chosenPassengers(core, order, req.passengers, 'passengers')
  const now = core.now()
  if (!order.offer?.productTag.voidingCondition) fault(Code.voidWindowClosed, 'this fare cannot be voided (productTag.voidingCondition false): use refundRequest')
  if (order.issuedAt === null || chinaDay(order.issuedAt) !== chinaDay(now) || now >= firstDepartureUtc(order)) {
    fault(Code.voidWindowClosed, 'void window closed: tickets can be voided only on the China-time day they were issued and before departure; use refundRequest')
  }
  // Everyone still flying voided at once: the whole amount paid comes back, bags included.
  const everyone = (order.closedPaxIds ?? []).length === 0 && passengers.length === order.passengers.length
  let amount = new Big(0)
  if (everyone) amount = new Big(order.totalPrice)
  else {
    for (const p of passengers) {
      const price = order.offer.pricePerPax.find((x) => x.paxType === p.paxType)
      amount = amount.plus(price?.baseFare ?? '0').plus(price?.totalTax ?? '0').plus(price?.serviceFee ?? '0')
      for (const bag of order.presaleAux.filter((b) => b.paxId === p.paxId)) amount = amount.plus(new Big(bag.unitPrice).plus(bag.serviceFee).times(bag.quantity))
    }
  }
  const v = afterSaleOrder(core, order, 'void', '36', req.partnerOrderNo)
  v.totalPrice = amount.toFixed()
  v.refundAmount = amount.toFixed()
  v.passengers = passengers
  v.pax = countsOf(passengers)
  v.paxIds = passengers.map((p) => p.paxId)
  v.segmentIds = order.segments.map((s) => s.segmentId)
  v.dueAt = now + core.settings.afterSaleDelayMs
  core.changed()
  return { tktOrderNo: order.orderNo, voidOrderNo: v.orderNo, orderStatus: v.status }
}
