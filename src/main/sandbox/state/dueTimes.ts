import type { AuxOrder, Order } from './state'

/**
 * When an order next moves on by itself, read off its status: the one rule
 * the due index (core.ts) schedules by and the lifecycle (operations/
 * lifecycle.ts, auxLifecycle.ts) steps by, so the two cannot disagree.
 * null: the order waits for the partner, or is done.
 */
export function orderDueAt(o: Order): number | null {
  switch (`${o.orderType}:${o.status}`) {
    case 'ticket:11': // unpaid: cancelled at the payment deadline
    case 'reissue:48': // a change quote nobody paid lapses
      return o.payDeadlineAt
    case 'ticket:12': // issuance
    case 'reissue:49':
    case 'refund:72': // quotation
    case 'refund:27': // completion
    case 'void:36':
      return o.dueAt
    case 'refund:25': {
      // Processing starts halfway between confirmation and completion.
      if (o.dueAt === null) return null
      const confirmedAt = o.history[o.history.length - 1]?.at ?? o.createdAt
      return confirmedAt + Math.floor((o.dueAt - confirmedAt) / 2)
    }
    default:
      return null
  }
}

export function auxDueAt(a: AuxOrder): number | null {
  switch (a.status) {
    case '1': // unpaid: cancelled at its payment deadline
      return a.payDeadlineAt
    case '2': // paid: completed after the issuance delay
      return a.dueAt
    default:
      return null
  }
}
