import type { SandboxCore } from '../state/core'
import { Code, badParameter, fault } from '../http/errors'
import type { PaxCounts, Segment } from '../world/types'
import type { Order, Passenger } from '../state/state'

/**
 * What the after-sale operations share: finding the issued order, the
 * flights and the passengers a request names, and making the after-sale
 * order. Changes live in changes.ts, refunds and voids in refunds.ts.
 * FR24 pushes quotes; the sandbox answers them synchronously and the desk
 * polls orderDetail (fr24-inferences §6).
 */

export const ISSUED = '13'
/** After-sale statuses during which a passenger's tickets are tied up. */
const IN_PROGRESS = new Set(['refund:25', 'refund:27', 'refund:29', 'void:36', 'reissue:49'])

export function issued(core: SandboxCore, orderNo: string, field: string): Order {
  const order = core.ticketOrder(orderNo, field)
  if (order.status !== ISSUED) fault(Code.outOfOrder, `order ${orderNo} is in status ${order.status}: after-sale needs issued tickets (status 13)`)
  return order
}

/** "SQ856" and "856" both name SQ 856 (the seat-map example writes the carrier in front). */
export function bareFlightNo(carrier: string, flightNo: string): string {
  const upper = flightNo.trim().toUpperCase()
  return upper.startsWith(carrier) && /^\d/.test(upper.slice(carrier.length)) ? upper.slice(carrier.length) : upper
}

/** The original flights named in a request, found among the order's segments. */
export function originalSegments(order: Order, wanted: readonly { carrier: string; flightNo: string; depTime: string; depAirport?: string }[], field: string): Segment[] {
  return wanted.map((w, i) => {
    const found = order.segments.find((s) => s.carrier === w.carrier && s.flightNo === bareFlightNo(w.carrier, w.flightNo) && s.depTime === w.depTime && (!w.depAirport || s.depAirport === w.depAirport))
    if (!found) badParameter(`${field}[${i}]`, `${w.carrier}${w.flightNo} at ${w.depTime} is not a flight of order ${order.orderNo}`)
    return found
  })
}

/** Passengers whose tickets an after-sale request in progress ties up. */
export function busyPaxIds(core: SandboxCore, order: Order): Set<string> {
  return new Set(
    (order.afterSaleOrderNos ?? [])
      .map((no) => core.state.orders[no])
      .filter((o): o is Order => o !== undefined && IN_PROGRESS.has(`${o.orderType}:${o.status}`))
      .flatMap((o) => o.paxIds ?? [])
  )
}

/** Passengers named in an after-sale request: on the order, name as booked, tickets not already tied up. */
export function chosenPassengers(core: SandboxCore, order: Order, wanted: readonly { paxId: string; name: string }[] | null | undefined, field: string): Passenger[] {
  const closed = new Set(order.closedPaxIds ?? [])
  const busy = busyPaxIds(core, order)
  const list = wanted && wanted.length > 0 ? wanted : order.passengers.filter((p) => !closed.has(p.paxId)).map((p) => ({ paxId: p.paxId, name: p.name }))
  return list.map((w, i) => {
    const p = order.passengers.find((q) => q.paxId === w.paxId)
    if (!p) badParameter(`${field}[${i}].paxId`, `${w.paxId} is not a passenger of order ${order.orderNo}`)
    if (p.name !== w.name.trim().toUpperCase()) badParameter(`${field}[${i}].name`, `does not match passenger ${p.paxId} (${p.name})`)
    if (closed.has(p.paxId)) fault(Code.outOfOrder, `passenger ${p.paxId} has already been refunded or voided`)
    if (busy.has(p.paxId)) fault(Code.outOfOrder, `passenger ${p.paxId} already has an after-sale request in progress`)
    return p
  })
}

export function countsOf(passengers: readonly Passenger[]): PaxCounts {
  return {
    adultNum: passengers.filter((p) => p.paxType === 'ADT').length,
    childNum: passengers.filter((p) => p.paxType === 'CHD').length,
    infantNum: passengers.filter((p) => p.paxType === 'INF').length
  }
}

export function afterSaleOrder(core: SandboxCore, original: Order, type: Order['orderType'], status: string, partnerOrderNo: string): Order {
  const now = core.now()
  const order: Order = {
    orderNo: core.nextOrderNo(),
    orderType: type,
    status,
    partnerOrderNo: partnerOrderNo || original.partnerOrderNo,
    currency: original.currency,
    totalPrice: '0',
    createdAt: now,
    payDeadlineAt: null,
    dueAt: null,
    offer: original.offer,
    legs: original.legs,
    segments: original.segments,
    passengers: [],
    pax: { adultNum: 0, childNum: 0, infantNum: 0 },
    agentContact: original.agentContact,
    presaleAux: [],
    ticketInfo: null,
    issuedAt: null,
    history: [{ status, at: now }],
    seatsHeld: {},
    seatNumbers: [],
    originalOrderNo: original.orderNo
  }
  original.afterSaleOrderNos = [...(original.afterSaleOrderNos ?? []), order.orderNo]
  core.state.orders[order.orderNo] = order
  return order
}
