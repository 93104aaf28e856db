import type { BalanceSnapshot } from '../domain/balance'
import type { AvailableToSpend } from '../domain/balanceView'
import { add, sub } from '../money'

/**
 * "Available to spend": how much the desk thinks you can still pay from the FR24
 * account right now.
 *
 *     available to spend = balance + available credit − committed
 *
 * - **balance** (FR24 `accountBalance`): the money in the account.
 * - **available credit** (FR24 `availableCreditLimit`): the credit FR24 still lets you
 *   use on top of the balance — already net of the credit you have used.
 * - **payable** (FR24 `accountPayable`) is shown but NOT subtracted: it is the credit
 *   already used and owed to FR24, which the available credit already leaves out, so
 *   subtracting it again would count it twice. (While something is unpaid FR24 may
 *   refuse balance payments — its error 306 — so settle it when the screen shows one.)
 * - **committed**: payments this desk has sent (tickets, extras, change fees) that
 *   FR24 has not visibly taken yet — sent and still waiting, with an unknown outcome,
 *   or succeeded but not yet seen in a balance reading. See `committedNotDeducted` in
 *   the journal and `reflectedPayments` in the balance monitor for exactly when one
 *   stops counting. Counting them keeps the same money from being spent twice.
 *
 * Refunds and voids are NOT added before FR24 actually returns the money.
 * The result can be negative; it is shown as it is. Every amount is a decimal string
 * in the account currency.
 */
export function availableToSpend(
  snapshot: Pick<BalanceSnapshot, 'currency' | 'balance' | 'creditLimit' | 'payable'>,
  committed: string
): AvailableToSpend {
  return {
    currency: snapshot.currency,
    balance: snapshot.balance,
    creditLimit: snapshot.creditLimit,
    payable: snapshot.payable,
    committed,
    amount: sub(add(snapshot.balance, snapshot.creditLimit), committed)
  }
}

/**
 * What the account can pay with according to FR24 alone (balance + available credit).
 * Consecutive readings are compared on this figure: a payment may be taken from the
 * balance or, when the balance is short, from the credit.
 */
export function walletFunds(snapshot: Pick<BalanceSnapshot, 'balance' | 'creditLimit'>): string {
  return add(snapshot.balance, snapshot.creditLimit)
}
