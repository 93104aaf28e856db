import type { BalanceSnapshot } from '../domain/balance'
import { movesWallet, type MoneyMovement } from '../domain/moneyMovement'
import { add, cmp, sub, sum } from '../money'
import { walletFunds } from './availableToSpend'

/**
 * A balance movement the desk cannot explain with its own payments: money moved
 * elsewhere (a top-up, a refund FR24 returned, a payment made on the FR24 portal or
 * by another desk using the same account).
 */
export interface ReconciliationHint {
  /** The two readings compared (their receivedAt, epoch ms). */
  from: number
  to: number
  currency: string
  /** How much balance + available credit changed between them (negative = went down). */
  actualChange: string
  /** What the desk's own confirmed payments between them account for. */
  explainedChange: string
  /** actualChange − explainedChange: what moved elsewhere. */
  unexplained: string
}

export interface ReconcileOptions {
  /** Differences up to this are rounding, not money moving (default 0.01). */
  tolerance?: string
}

/**
 * Compares consecutive balance readings against the desk's journal.
 *
 * Between readings A and B the desk expects the funds (balance + available credit) to
 * change by its own wallet movements made in between (written after A was received and
 * no later than B): succeeded payments for certain; payments still pending or with an
 * unknown outcome may or may not have gone through, so either is accepted. Failed calls
 * moved nothing.
 *
 * Three things are not reported, because they are timing rather than money moving elsewhere:
 * - a payment FR24 took one reading later than the desk expected (the difference in one
 *   interval is undone by the next);
 * - a refund or void the desk requested earlier, when the balance rises by exactly its
 *   amount in some later interval (each is matched once);
 * - differences within the tolerance.
 *
 * Readings in different currencies are never compared. The result is oldest first.
 */
export function reconciliationHints(
  samples: readonly BalanceSnapshot[],
  movements: readonly MoneyMovement[],
  options: ReconcileOptions = {}
): ReconciliationHint[] {
  const tolerance = options.tolerance ?? '0.01'
  const ordered = [...samples].sort((a, b) => a.receivedAt - b.receivedAt)
  const wallet = movements.filter((m) => movesWallet(m.kind) && m.state !== 'failed')
  const credits = wallet
    .filter((m) => m.direction === 'credit')
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((m) => ({ movement: m, matched: false }))

  interface Gap {
    from: BalanceSnapshot
    to: BalanceSnapshot
    actual: string
    certain: string
    unexplained: string
    explained: boolean
  }
  const gaps: Gap[] = []
  for (let i = 1; i < ordered.length; i++) {
    const from = ordered[i - 1]!
    const to = ordered[i]!
    if (from.currency !== to.currency) continue
    const inside = wallet.filter(
      (m) => m.direction === 'debit' && m.currency === to.currency && m.createdAt > from.receivedAt && m.createdAt <= to.receivedAt
    )
    const certain = negate(sum(inside.filter((m) => m.state === 'succeeded').map((m) => m.amount)))
    const optional = negate(sum(inside.filter((m) => m.state !== 'succeeded').map((m) => m.amount)))
    const actual = sub(walletFunds(to), walletFunds(from))
    const unexplained = sub(actual, certain)
    const explained = within(unexplained, tolerance) || within(sub(unexplained, optional), tolerance)
    gaps.push({ from, to, actual, certain, unexplained, explained })
  }

  // A payment that showed a reading late (or early): one gap's difference undone by the next.
  for (let i = 0; i + 1 < gaps.length; i++) {
    const a = gaps[i]!
    const b = gaps[i + 1]!
    if (a.explained || b.explained || a.to !== b.from) continue
    if (within(add(a.unexplained, b.unexplained), tolerance)) {
      a.explained = true
      b.explained = true
    }
  }

  // A rise by exactly a refund or void the desk requested before it.
  for (const gap of gaps) {
    if (gap.explained || cmp(gap.unexplained, '0') <= 0) continue
    const credit = credits.find(
      (c) =>
        !c.matched &&
        c.movement.currency === gap.to.currency &&
        c.movement.createdAt <= gap.to.receivedAt &&
        within(sub(gap.unexplained, c.movement.amount), tolerance)
    )
    if (credit) {
      credit.matched = true
      gap.explained = true
    }
  }

  return gaps
    .filter((gap) => !gap.explained)
    .map((gap) => ({
      from: gap.from.receivedAt,
      to: gap.to.receivedAt,
      currency: gap.to.currency,
      actualChange: gap.actual,
      explainedChange: gap.certain,
      unexplained: gap.unexplained
    }))
}

function negate(amount: string): string {
  return sub('0', amount)
}

function within(amount: string, tolerance: string): boolean {
  return cmp(amount, tolerance) <= 0 && cmp(amount, negate(tolerance)) >= 0
}
