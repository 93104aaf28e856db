import { add, cmp, sub } from '../../../shared/money'

/** A succeeded payment whose deduction no reading has shown yet. */
export interface PaymentToReflect {
  id: string
  amount: string
  createdAt: number
  settledAt?: number
  /**
   * The funds (balance + available credit) of the last reading received before the
   * payment was sent; absent when the desk had no reading before it.
   */
  baseline?: { receivedAt: number; funds: string }
  /**
   * What the desk's EARLIER payments (sent before this one) still had to take from the
   * wallet when the baseline reading was made: those the baseline did not show yet, whether
   * they are still waiting or a later reading has shown them since. Their drop must come on
   * top of this payment's. When absent, only the earlier payments in the same call with the
   * same baseline are counted.
   */
  earlierNotShown?: string
}

export interface Reading {
  /** When the desk asked FR24 for this reading. */
  requestedAt: number
  /** Its balance + available credit. */
  funds: string
}

/** After this long a succeeded payment stops counting as committed even if no drop was seen. */
export const REFLECTION_GRACE_MS = 60 * 60_000

/**
 * "Not yet deducted", decided. A succeeded payment stops counting as committed (it is
 * "reflected") at the first reading the desk ASKED FOR AFTER the payment succeeded in which
 *
 *   1. the funds are lower than in the reading before the payment by at least its amount
 *      plus what the desk's earlier payments had still to take at that reading (payments
 *      sent after the same earlier reading must show together: the second needs a drop of
 *      both amounts; an earlier payment that reading did not show counts even once a later
 *      reading has shown it, since its drop is part of the difference), or
 *   2. there was no reading before the payment to compare with, or
 *   3. the payment succeeded more than an hour ago (a top-up at the same moment can
 *      hide the drop; the reconciliation hint then shows what moved).
 *
 * Until then it is subtracted from "available to spend", so the desk never counts the
 * same money twice in the agent's favour. Returns the ids that are now reflected.
 */
export function reflectedPayments(
  payments: readonly PaymentToReflect[],
  reading: Reading,
  graceMs: number = REFLECTION_GRACE_MS
): string[] {
  const reflected: string[] = []
  const groups = new Map<string, PaymentToReflect[]>()
  for (const payment of payments) {
    if (payment.settledAt === undefined || payment.settledAt > reading.requestedAt) continue
    if (!payment.baseline || reading.requestedAt - payment.settledAt >= graceMs) {
      reflected.push(payment.id)
      continue
    }
    if (payment.earlierNotShown !== undefined) {
      const needed = add(payment.earlierNotShown, payment.amount)
      if (cmp(sub(payment.baseline.funds, reading.funds), needed) >= 0) reflected.push(payment.id)
      continue
    }
    const key = `${payment.baseline.receivedAt}:${payment.baseline.funds}`
    groups.set(key, [...(groups.get(key) ?? []), payment])
  }
  for (const group of groups.values()) {
    const baseline = group[0]!.baseline!.funds
    const drop = sub(baseline, reading.funds)
    let needed = '0'
    for (const payment of [...group].sort((a, b) => a.createdAt - b.createdAt)) {
      needed = add(needed, payment.amount)
      if (cmp(drop, needed) >= 0) reflected.push(payment.id)
    }
  }
  return reflected
}
