import Big from 'big.js'
import { move, type SandboxCore } from '../state/core'
import type { AuxOrder, Order } from '../state/state'

/**
 * How post-sale ancillary orders move on by themselves, and what happens
 * to them when their passengers stop flying (fr24-inferences X21, X29):
 * a bag or seat bought for a journey nobody makes is never delivered, so
 * an unpaid one is cancelled and a paid one gives its money back.
 */

function due(at: number | null, now: number): at is number {
  return at !== null && now >= at
}

const ref = (a: AuxOrder): string => `aux:${a.auxOrderNo}`

/** What the bags and seats of these passengers cost in this ancillary order. */
export function shareOf(a: AuxOrder, paxIds: ReadonlySet<string>): Big {
  const bags = a.baggage.filter((b) => paxIds.has(b.paxId)).reduce((sum, b) => sum.plus(new Big(b.unitPrice).plus(b.serviceFee).times(b.quantity)), new Big(0))
  return a.seats.filter((s) => paxIds.has(s.paxId)).reduce((sum, s) => sum.plus(s.price).plus(s.serviceFee), bags)
}

function releaseSeatsOf(core: SandboxCore, a: AuxOrder, paxIds: ReadonlySet<string>): void {
  core.releaseSeatNumbers(
    a.auxOrderNo,
    a.seats.filter((s) => paxIds.has(s.paxId)).map((s) => `${s.segmentId}|${s.seatNo}`)
  )
}

function cancel(core: SandboxCore, a: AuxOrder, at: number): void {
  move(a, '4', at)
  a.dueAt = null
  core.releaseSeatNumbers(a.auxOrderNo)
}

/** Passengers of the ticket order no longer flying (refunded or voided). */
function gone(core: SandboxCore, a: AuxOrder): Set<string> {
  const closed = new Set(core.state.orders[a.orderNo]?.closedPaxIds ?? [])
  return new Set(a.paxIds.filter((id) => closed.has(id)))
}

/** Returns whether anything changed. */
export function settleAux(core: SandboxCore, a: AuxOrder, now: number): boolean {
  if (a.status === '1' && due(a.payDeadlineAt, now)) {
    cancel(core, a, a.payDeadlineAt)
    return true
  }
  if (a.status === '2' && due(a.dueAt, now)) {
    const at = a.dueAt
    core.ledger.deduct(ref(a), at, 'ancillary purchase completed')
    // Passengers who left while the purchase was pending: their part comes back now.
    const left = gone(core, a)
    if (left.size > 0) {
      core.ledger.credit(ref(a), shareOf(a, left).toFixed(), at, `ancillary order ${a.auxOrderNo}: passengers ${[...left].join(', ')} no longer fly`)
      releaseSeatsOf(core, a, left)
    }
    move(a, '3', at)
    a.dueAt = null
    return true
  }
  return false
}

function auxOrdersOf(core: SandboxCore, order: Order): AuxOrder[] {
  return core.auxOrdersOf(order.orderNo)
}

/**
 * The ancillaries of `leaving` passengers at moment `at`: unpaid orders
 * naming them are cancelled (the partner books again for the others), a
 * pending purchase entirely theirs is released, a completed one credits
 * their part back; one left with nobody flying becomes "4".
 */
function giveBack(core: SandboxCore, order: Order, leaving: ReadonlySet<string>, at: number, why: string): void {
  const closed = new Set(order.closedPaxIds ?? [])
  for (const a of auxOrdersOf(core, order)) {
    const theirs = new Set(a.paxIds.filter((id) => leaving.has(id)))
    if (theirs.size === 0) continue
    const stillFlying = a.paxIds.some((id) => !theirs.has(id) && !closed.has(id))
    switch (a.status) {
      case '1':
        cancel(core, a, at)
        break
      case '2':
        // A part-share is credited when the purchase completes (settleAux): the hold is one amount.
        if (stillFlying) break
        core.ledger.release(ref(a), at, `ancillary order ${a.auxOrderNo}: ${why}`)
        cancel(core, a, at)
        break
      case '3':
        core.ledger.credit(ref(a), shareOf(a, theirs).toFixed(), at, `ancillary order ${a.auxOrderNo}: ${why}`)
        releaseSeatsOf(core, a, theirs)
        if (!stillFlying) move(a, '4', at)
        break
      default:
        break
    }
  }
}

/** Brings the order's ancillaries up to `at`, so a purchase due earlier completes first. */
function settleUpTo(core: SandboxCore, order: Order, at: number): void {
  for (const a of auxOrdersOf(core, order)) settleAux(core, a, at)
}

/** A refund or void completed at `at`: these passengers no longer fly on `order`. */
export function passengersLeave(core: SandboxCore, order: Order, paxIds: readonly string[], at: number, why: string): void {
  settleUpTo(core, order, at)
  const leaving = new Set(paxIds.filter((id) => !(order.closedPaxIds ?? []).includes(id)))
  order.closedPaxIds = [...new Set([...(order.closedPaxIds ?? []), ...paxIds])]
  giveBack(core, order, leaving, at, why)
}

/**
 * The ticket order was cancelled at its payment deadline. New ancillaries
 * need issued tickets (X28), so only orders kept from an older sandbox's
 * state can be affected; they go with the booking and their money comes back.
 */
export function orderCancelled(core: SandboxCore, order: Order, at: number): void {
  settleUpTo(core, order, at)
  giveBack(core, order, new Set(order.passengers.map((p) => p.paxId)), at, 'booking cancelled at its payment deadline')
}
