import { orderCancelled, passengersLeave, settleAux } from './auxLifecycle'
import { move, type SandboxCore } from '../state/core'
import { issueTickets } from './tickets'
import type { Order } from '../state/state'

/**
 * Orders move on by themselves — deadlines pass, tickets get issued,
 * refunds complete — but the sandbox runs no timers: every request first
 * brings every order up to the current (business) time. Each step is
 * stamped with the moment it was due, not the moment somebody looked, so
 * the history and the ledger read as if FR24 had acted on time.
 */

export function settleAll(core: SandboxCore): void {
  const now = core.now()
  let changed = false
  for (const order of Object.values(core.state.orders)) changed = settleOrder(core, order, now) || changed
  for (const aux of Object.values(core.state.auxOrders)) changed = settleAux(core, aux, now) || changed
  if (changed) core.changed()
}

function due(at: number | null, now: number): at is number {
  return at !== null && now >= at
}

/** Returns whether anything changed. Loops because one look may cover several steps. */
function settleOrder(core: SandboxCore, o: Order, now: number): boolean {
  let changed = false
  for (;;) {
    const step = nextStep(core, o, now)
    if (!step) return changed
    changed = true
  }
}

function nextStep(core: SandboxCore, o: Order, now: number): boolean {
  const ledger = core.ledger
  switch (`${o.orderType}:${o.status}`) {
    case 'ticket:11':
      if (!due(o.payDeadlineAt, now)) return false
      move(o, '15', o.payDeadlineAt)
      core.releaseSeats(o)
      core.releaseSeatNumbers(o.orderNo)
      orderCancelled(core, o, o.payDeadlineAt)
      return true
    case 'ticket:12':
      if (!due(o.dueAt, now)) return false
      ledger.deduct(o.orderNo, o.dueAt, 'tickets issued')
      o.ticketInfo = issueTickets(core.seed, o.orderNo, o.offer?.platingCarrier ?? o.segments[0]?.carrier ?? 'YY', o.passengers, o.segments)
      o.issuedAt = o.dueAt
      move(o, '13', o.dueAt)
      o.dueAt = null
      return true
    case 'reissue:48':
      // A quote nobody paid before its deadline lapses; the tickets stay as they were.
      if (!due(o.payDeadlineAt, now)) return false
      move(o, '50', o.payDeadlineAt)
      return true
    case 'reissue:49': {
      if (!due(o.dueAt, now)) return false
      ledger.deduct(o.orderNo, o.dueAt, 'reissue completed')
      const original = core.state.orders[o.originalOrderNo ?? '']
      const travellers = (original?.passengers ?? []).filter((p) => !o.paxIds || o.paxIds.includes(p.paxId))
      o.ticketInfo = issueTickets(core.seed, o.orderNo, o.offer?.platingCarrier ?? o.segments[0]?.carrier ?? 'YY', travellers, o.segments)
      o.issuedAt = o.dueAt
      if (original) core.releaseSeats(original, o.segmentIds, travellers.filter((p) => p.paxType !== 'INF').length)
      move(o, '61', o.dueAt)
      o.dueAt = null
      return true
    }
    case 'refund:72':
      if (!due(o.dueAt, now)) return false
      move(o, '73', o.dueAt)
      o.dueAt = null
      return true
    case 'refund:25': {
      // Processing starts halfway to completion.
      const confirmedAt = o.history[o.history.length - 1]?.at ?? o.createdAt
      const startsAt = o.dueAt === null ? null : confirmedAt + Math.floor((o.dueAt - confirmedAt) / 2)
      if (!due(startsAt, now)) return false
      move(o, '27', startsAt)
      return true
    }
    case 'refund:27':
    case 'void:36': {
      if (!due(o.dueAt, now)) return false
      const completed = o.orderType === 'refund' ? '30' : '38'
      ledger.credit(o.orderNo, o.totalPrice, o.dueAt, o.orderType === 'refund' ? 'refund completed' : 'void completed')
      const original = core.state.orders[o.originalOrderNo ?? '']
      if (original) {
        // Their bags and seats bought after the sale go too, money back (X29).
        passengersLeave(core, original, o.paxIds ?? [], o.dueAt, o.orderType === 'refund' ? `refund ${o.orderNo} completed` : `void ${o.orderNo} completed`)
        const seated = original.passengers.filter((p) => p.paxType !== 'INF' && (o.paxIds ?? []).includes(p.paxId)).length
        core.releaseSeats(original, o.segmentIds, seated)
      }
      move(o, completed, o.dueAt)
      o.dueAt = null
      return true
    }
    default:
      return false
  }
}
