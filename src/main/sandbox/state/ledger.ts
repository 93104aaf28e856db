import Big from 'big.js'

/**
 * The agency's wallet at FR24. Every money movement in the sandbox goes
 * through this class, synchronously: a request handler cannot be
 * interrupted between checking the balance and freezing it, so interleaved
 * requests can never spend the same money twice.
 *
 * Definitions (recorded in docs/fr24-inferences.md, Sandbox additions):
 *   cash                  money deposited, minus deductions, plus credits
 *   frozen                amounts held for payments not yet deducted
 *   accountBalance        cash − frozen cash
 *   availableCreditLimit  creditLimit − credit used − credit frozen
 *   accountPayable        credit used (owed to FR24 until settled)
 * A payment is held from cash first and from credit for the rest; a credit
 * (refund, void) repays what is owed on credit first, then adds to cash.
 */

export interface Hold {
  ref: string
  amount: string
  cashPart: string
  creditPart: string
  at: number
}

export type EntryKind = 'opening' | 'freeze' | 'deduct' | 'release' | 'credit' | 'adjust'

export interface LedgerEntry {
  seq: number
  at: number
  kind: EntryKind
  ref: string
  amount: string
  note: string
  accountBalance: string
  availableCreditLimit: string
  accountPayable: string
}

export interface LedgerState {
  currency: string
  cash: string
  creditLimit: string
  creditUsed: string
  holds: Record<string, Hold>
  entries: LedgerEntry[]
}

export interface BalanceView {
  currency: string
  accountBalance: string
  availableCreditLimit: string
  accountPayable: string
  frozen: string
}

export function openLedger(currency: string, balance: string, creditLimit: string, at: number): LedgerState {
  const state: LedgerState = { currency, cash: new Big(balance).toFixed(), creditLimit: new Big(creditLimit).toFixed(), creditUsed: '0', holds: {}, entries: [] }
  new Ledger(state).record('opening', 'account', balance, 'opening balance', at)
  return state
}

export class Ledger {
  constructor(private readonly state: LedgerState) {}

  get currency(): string {
    return this.state.currency
  }

  private frozenCash(): Big {
    return Object.values(this.state.holds).reduce((s, h) => s.plus(h.cashPart), new Big(0))
  }
  private frozenCredit(): Big {
    return Object.values(this.state.holds).reduce((s, h) => s.plus(h.creditPart), new Big(0))
  }

  view(): BalanceView {
    const frozenCash = this.frozenCash()
    const frozenCredit = this.frozenCredit()
    return {
      currency: this.state.currency,
      accountBalance: new Big(this.state.cash).minus(frozenCash).toFixed(2),
      availableCreditLimit: new Big(this.state.creditLimit).minus(this.state.creditUsed).minus(frozenCredit).toFixed(2),
      accountPayable: new Big(this.state.creditUsed).toFixed(2),
      frozen: frozenCash.plus(frozenCredit).toFixed(2)
    }
  }

  /** The larger of a value and zero. */
  private static positive(value: string): Big {
    const v = new Big(value)
    return v.gt(0) ? v : new Big(0)
  }

  /** What a payment may use right now: free cash plus unused credit. */
  spendable(): Big {
    const v = this.view()
    return Ledger.positive(v.accountBalance).plus(Ledger.positive(v.availableCreditLimit))
  }

  hasHold(ref: string): boolean {
    return ref in this.state.holds
  }

  /** Holds `amount` for `ref`; false (and nothing changes) when the wallet cannot cover it. */
  freeze(ref: string, amount: string, at: number, note: string): boolean {
    if (this.hasHold(ref)) throw new Error(`a hold for ${ref} already exists`)
    const value = new Big(amount)
    if (value.lt(0)) throw new Error('cannot freeze a negative amount')
    if (value.gt(this.spendable())) return false
    const freeCash = Ledger.positive(this.view().accountBalance)
    const cashPart = value.lt(freeCash) ? value : freeCash
    const creditPart = value.minus(cashPart)
    this.state.holds[ref] = { ref, amount: value.toFixed(), cashPart: cashPart.toFixed(), creditPart: creditPart.toFixed(), at }
    this.record('freeze', ref, value.toFixed(), note, at)
    return true
  }

  /** Turns a hold into a deduction (the ticket is issued). */
  deduct(ref: string, at: number, note: string): void {
    const hold = this.state.holds[ref]
    if (!hold) throw new Error(`no hold for ${ref}`)
    delete this.state.holds[ref]
    this.state.cash = new Big(this.state.cash).minus(hold.cashPart).toFixed()
    this.state.creditUsed = new Big(this.state.creditUsed).plus(hold.creditPart).toFixed()
    this.record('deduct', ref, hold.amount, note, at)
  }

  /** Gives a hold back without spending it. */
  release(ref: string, at: number, note: string): void {
    const hold = this.state.holds[ref]
    if (!hold) return
    delete this.state.holds[ref]
    this.record('release', ref, hold.amount, note, at)
  }

  /** Money back to the agency (refund, void): repays credit used first. */
  credit(ref: string, amount: string, at: number, note: string): void {
    const value = new Big(amount)
    if (value.lt(0)) throw new Error('cannot credit a negative amount')
    const owed = new Big(this.state.creditUsed)
    const repay = value.lt(owed) ? value : owed
    this.state.creditUsed = owed.minus(repay).toFixed()
    this.state.cash = new Big(this.state.cash).plus(value.minus(repay)).toFixed()
    this.record('credit', ref, value.toFixed(), note, at)
  }

  /** Control API: set the cash so that accountBalance shows `balance`. */
  setBalance(balance: string, at: number): void {
    const target = new Big(balance).plus(this.frozenCash())
    const delta = target.minus(this.state.cash)
    this.state.cash = target.toFixed()
    this.record('adjust', 'control', delta.toFixed(), 'balance set through the control API', at)
  }

  setCreditLimit(limit: string, at: number): void {
    this.state.creditLimit = new Big(limit).toFixed()
    this.record('adjust', 'control', '0', `credit limit set to ${limit}`, at)
  }

  /** Control API: the agency settles what it owes on credit. */
  settlePayable(at: number): void {
    const owed = this.state.creditUsed
    this.state.creditUsed = '0'
    this.record('adjust', 'control', owed, 'accountPayable settled', at)
  }

  record(kind: EntryKind, ref: string, amount: string, note: string, at: number): void {
    const v = this.view()
    this.state.entries.push({
      seq: this.state.entries.length + 1,
      at,
      kind,
      ref,
      amount: new Big(amount).toFixed(2),
      note,
      accountBalance: v.accountBalance,
      availableCreditLimit: v.availableCreditLimit,
      accountPayable: v.accountPayable
    })
  }
}
