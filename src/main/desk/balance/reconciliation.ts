import { walletFunds } from '../../../shared/balance/availableToSpend'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import { WALLET_DEBIT_KINDS, type MoneyMovement } from '../../../shared/domain/moneyMovement'
import { sum } from '../../../shared/money'
import type { Journal } from '../../journal/journal'
import { REFLECTION_GRACE_MS, reflectedPayments } from './deduction'

/** How long before its reading a payment the reading did not show can have been sent, beyond the grace period (a write's timeout and more). */
const EARLIER_PAYMENT_MARGIN_MS = 10 * 60_000

/**
 * A reading against the desk's own payments: marks in the journal the succeeded payments
 * this reading shows taken (the decision is deduction.ts's), so they stop counting as
 * committed. `requestedAt` is when the desk asked for the reading. Returns the ids marked.
 */
export function reconcileReading(
  journal: Pick<Journal, 'movements' | 'samples'>,
  profileId: string,
  snapshot: BalanceSnapshot,
  requestedAt: number
): string[] {
  const payments = journal.movements.unreflectedPayments(profileId).filter((m) => m.currency === snapshot.currency)
  if (payments.length === 0) return []
  const baselines = new Map(payments.map((m) => [m.id, journal.samples.before(profileId, m.createdAt)] as const))
  // The desk's payments around those baselines, oldest first: an earlier one a baseline did
  // not show yet must drop too before a later one counts as taken (see deduction.ts). A payment
  // still unshown at a reading was sent less than the grace period (plus a call's time) before it.
  const oldestBaseline = Math.min(...payments.map((m) => baselines.get(m.id)?.receivedAt ?? m.createdAt))
  const debits = journal.movements
    .since(profileId, oldestBaseline - REFLECTION_GRACE_MS - EARLIER_PAYMENT_MARGIN_MS)
    .filter(
      (m) =>
        m.direction === 'debit' &&
        WALLET_DEBIT_KINDS.includes(m.kind) &&
        m.currency === snapshot.currency &&
        (m.state === 'succeeded' || m.state === 'pending')
    )
  const earlierNotShown = (m: MoneyMovement, baselineAt: number): string => {
    const position = debits.findIndex((d) => d.id === m.id)
    const earlier = position < 0 ? debits.filter((d) => d.createdAt < m.createdAt) : debits.slice(0, position)
    return sum(earlier.filter((d) => d.reflectedAt === undefined || d.reflectedAt > baselineAt).map((d) => d.amount))
  }
  const ids = reflectedPayments(
    payments.map((m) => {
      const before = baselines.get(m.id)
      return {
        id: m.id,
        amount: m.amount,
        createdAt: m.createdAt,
        ...(m.settledAt !== undefined ? { settledAt: m.settledAt } : {}),
        ...(before && before.currency === snapshot.currency
          ? {
              baseline: { receivedAt: before.receivedAt, funds: walletFunds(before) },
              earlierNotShown: earlierNotShown(m, before.receivedAt)
            }
          : {})
      }
    }),
    { requestedAt, funds: walletFunds(snapshot) }
  )
  journal.movements.markReflected(ids, snapshot.receivedAt)
  return ids
}
