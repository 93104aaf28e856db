import type { OrderState, OrderSummary, OrderView, PaymentState } from '../../../shared/domain/booking'
import type { MoneyMovement } from '../../../shared/domain/moneyMovement'
import type { OrderHistoryRecord, OrderRecord, OrderTravellerRecord } from '../../journal/orders'

/**
 * FR24's ticket-order status codes in the agent's words (docs/fr24-inferences.md "Order
 * states"). Undefined for a code the desk does not know: the order keeps the state it had.
 * Where a code could mean "paid" or "not paid yet", it reads as paid: the desk must never offer
 * to pay an order FR24 may already be issuing.
 */
export function orderStateOf(fr24Status: string | undefined): OrderState | undefined {
  switch (fr24Status?.trim()) {
    case '11':
      return 'unpaid'
    case '12': // ticketing
    case '14': // awaiting confirmation
    case '67': // payment successful, tickets not issued yet
      return 'ticketing'
    case '13':
    case '25': // refund applied on a ticketed order: the tickets stand until it completes
    case '26':
    case '27':
    case '29':
    case '36': // void pending or rejected
    case '37':
      return 'ticketed'
    case '15':
      return 'cancelled'
    case '30': // refund completed
    case '38': // void completed
      return 'closed'
    default:
      return undefined
  }
}

/** FR24 has the money (or is issuing with it). */
export function isPaidState(state: OrderState): boolean {
  return state === 'ticketing' || state === 'ticketed' || state === 'closed'
}

/** What the journal's ticketing rows say of the payment, the newest deciding; a paid order reads paid. */
export function paymentStateOf(ticketings: readonly MoneyMovement[], state: OrderState): PaymentState {
  if (isPaidState(state)) return 'paid'
  if (ticketings.some((m) => m.state === 'succeeded')) return 'paid'
  const last = ticketings.at(-1)
  if (!last) return 'none'
  switch (last.state) {
    case 'pending':
      return 'pending'
    case 'uncertain':
      return 'uncertain'
    case 'failed':
      return 'failed'
    case 'succeeded':
      return 'paid'
    default: {
      const unreachable: never = last.state
      return unreachable
    }
  }
}

/** Ticket numbers from orderDetail's ticketInfo[], per FR24 paxId (1-based, in booking order). */
export function withTickets(
  travellers: readonly OrderTravellerRecord[],
  ticketInfo: readonly { paxId: string | number; ticketNo?: readonly (string | number | null)[] | null }[] | null | undefined
): OrderTravellerRecord[] {
  if (!ticketInfo || ticketInfo.length === 0) return [...travellers]
  return travellers.map((t, i) => {
    const info = ticketInfo.find((x) => String(x.paxId) === String(i + 1))
    const numbers = (info?.ticketNo ?? []).filter((n) => n !== null && n !== '').map(String)
    return numbers.length > 0 ? { ...t, ticketNo: numbers.join(' / ').slice(0, 32) } : t
  })
}

export function orderSummary(record: OrderRecord): OrderSummary {
  const summary: OrderSummary = {
    orderNo: record.orderNo,
    partnerOrderNo: record.partnerOrderNo,
    profileId: record.profileId,
    environment: record.environment,
    state: record.state,
    payment: record.payment,
    route: record.route,
    departLocal: record.departLocal,
    departZone: record.departZone,
    travellers: record.travellers.map((t) => ({ name: t.name, paxType: t.paxType, ...(t.ticketNo ? { ticketNo: t.ticketNo } : {}) })),
    currency: record.currency,
    total: record.total,
    bookedAt: record.bookedAt,
    updatedAt: record.updatedAt
  }
  if (record.fr24Status !== undefined) summary.fr24Status = record.fr24Status
  if (record.payDeadline !== undefined) summary.payDeadline = record.payDeadline
  return summary
}

export function orderView(record: OrderRecord, history: readonly OrderHistoryRecord[], traceId?: string): OrderView {
  const view: OrderView = {
    ...orderSummary(record),
    history: stateChanges(history).slice(-200),
    extras: record.extras.slice(0, 200)
  }
  if (record.checkedAt !== undefined) view.checkedAt = record.checkedAt
  if (traceId) view.traceId = traceId
  return view
}

/** The history as the agent reads it: each change of state or FR24 status once (payment-only steps are the journal's). */
function stateChanges(history: readonly OrderHistoryRecord[]): OrderView['history'] {
  const out: OrderView['history'] = []
  for (const h of history) {
    const last = out.at(-1)
    if (last && last.state === h.state && last.fr24Status === h.fr24Status) continue
    out.push({ state: h.state, at: h.at, ...(h.fr24Status !== undefined ? { fr24Status: h.fr24Status } : {}) })
  }
  return out
}
