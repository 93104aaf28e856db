import { orderCancelled, passengersLeave, settleAux } from './auxLifecycle'
import { move, type SandboxCore } from '../state/core'
import { issueTickets } from './tickets'
import { orderDueAt } from '../state/dueTimes'
import type { Order } from '../state/state'

/**
 * Orders move on by themselves — deadlines pass, tickets get issued,
 * refunds complete — but the sandbox runs no timers: every request first
 * brings the orders that are due up to the current (business) time. The
 * due index (state/core.ts) hands them over earliest first, one step at a
 * time, so a request's cost does not grow with the orders that are waiting.
 * Each step is stamped with the moment it was due, not the moment somebody
 * looked, so the history and the ledger read as if FR24 had acted on time.
 */

export function settleAll(core: SandboxCore): void {
  const now = core.now()
  let changed = false
  // An order handed over that could not step (the index and the steps disagree — a bug) is not
  // looked at again, so it is not scheduled again by being read: settling always ends.
  const stuck = new Set<string>()
  for (let next = core.takeDue(now); next; next = core.takeDue(now)) {
    const key = `${next.kind}:${next.no}`
    if (stuck.has(key)) continue
    const stepped = next.kind === 'order' ? stepOrder(core, next.no, now) : stepAux(core, next.no, now)
    if (stepped) changed = true
    else stuck.add(key)
  }
  if (changed) core.changed()
}

/** One step of the order, if its moment (state/dueTimes.ts) has come; returns whether it stepped. */
function stepOrder(core: SandboxCore, orderNo: string, now: number): boolean {
  const order = core.state.orders[orderNo]
  return order !== undefined && nextStep(core, order, now)
}

function stepAux(core: SandboxCore, auxOrderNo: string, now: number): boolean {
  const aux = core.state.auxOrders[auxOrderNo]
  return aux !== undefined && settleAux(core, aux, now)
}

function nextStep(core: SandboxCore, o: Order, now: number): boolean {
  const at = orderDueAt(o)
  if (at === null || now < at) return false
  const ledger = core.ledger
  switch (`${o.orderType}:${o.status}`) {
    case 'ticket:11':
      move(o, '15', at)
      core.releaseSeats(o)
      core.releaseSeatNumbers(o.orderNo)
      orderCancelled(core, o, at)
      return true
    case 'ticket:12':
      ledger.deduct(o.orderNo, at, 'tickets issued')
      o.ticketInfo = issueTickets(core.seed, o.orderNo, o.offer?.platingCarrier ?? o.segments[0]?.carrier ?? 'YY', o.passengers, o.segments)
      o.issuedAt = at
      move(o, '13', at)
      o.dueAt = null
      return true
    case 'reissue:48':
      // A quote nobody paid before its deadline lapses; the tickets stay as they were.
      move(o, '50', at)
      return true
    case 'reissue:49': {
      ledger.deduct(o.orderNo, at, 'reissue completed')
      const original = core.state.orders[o.originalOrderNo ?? '']
      const travellers = (original?.passengers ?? []).filter((p) => !o.paxIds || o.paxIds.includes(p.paxId))
      o.ticketInfo = issueTickets(core.seed, o.orderNo, o.offer?.platingCarrier ?? o.segments[0]?.carrier ?? 'YY', travellers, o.segments)
      o.issuedAt = at
      if (original) core.releaseSeats(original, o.segmentIds, travellers.filter((p) => p.paxType !== 'INF').length)
      move(o, '61', at)
      o.dueAt = null
      return true
    }
    case 'refund:72':
      move(o, '73', at)
      o.dueAt = null
      return true
    case 'refund:25':
      // Processing starts halfway to completion (dueTimes.ts).
      move(o, '27', at)
      return true
    case 'refund:27':
    case 'void:36': {
      const completed = o.orderType === 'refund' ? '30' : '38'
      ledger.credit(o.orderNo, o.totalPrice, at, o.orderType === 'refund' ? 'refund completed' : 'void completed')
      const original = core.state.orders[o.originalOrderNo ?? '']
      if (original) {
        // Their bags and seats bought after the sale go too, money back (X29).
        passengersLeave(core, original, o.paxIds ?? [], at, o.orderType === 'refund' ? `refund ${o.orderNo} completed` : `void ${o.orderNo} completed`)
        const seated = original.passengers.filter((p) => p.paxType !== 'INF' && (o.paxIds ?? []).includes(p.paxId)).length
        core.releaseSeats(original, o.segmentIds, seated)
      }
      move(o, completed, at)
      o.dueAt = null
      return true
    }
    default:
      return false
  }
}
