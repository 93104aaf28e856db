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

/**
 * What is frozen, summed from the holds: what the wallet's running totals
 * must always equal (ledger.test.ts checks it after random sequences).
 */
export function frozenOf(state: LedgerState): { cash: Big; credit: Big } {
  let cash = new Big(0)
  let credit = new Big(0)
  for (const hold of Object.values(state.holds)) {
    cash = cash.plus(hold.cashPart)
    credit = credit.plus(hold.creditPart)
  }
  return { cash, credit }
}

/** The balance computed from scratch (every hold summed), as a check on Ledger.view(). */
export function resummedView(state: LedgerState): BalanceView {
  return viewOf(state, frozenOf(state))
}

function viewOf(state: LedgerState, frozen: { cash: Big; credit: Big }): BalanceView {
  return {
    currency: state.currency,
    accountBalance: new Big(state.cash).minus(frozen.cash).toFixed(2),
    availableCreditLimit: new Big(state.creditLimit).minus(state.creditUsed).minus(frozen.credit).toFixed(2),
    accountPayable: new Big(state.creditUsed).toFixed(2),
    frozen: frozen.cash.plus(frozen.credit).toFixed(2)
  }
}

export class Ledger {
  /**
   * Running totals of the holds, kept with every freeze, deduction and release, so the
   * balance costs the same with ten holds or ten thousand. Summed once when the wallet is opened.
   */
  private frozen: { cash: Big; credit: Big }

  /** `onHold` hears each hold made or ended (the store saves just those; entries it finds by number). */
  constructor(
    private readonly state: LedgerState,
    private readonly onHold: (ref: string) => void = () => {}
  ) {
    this.frozen = frozenOf(state)
  }

  get currency(): string {
    return this.state.currency
  }

  private frozenCash(): Big {
    return this.frozen.cash
  }

  private addHold(hold: Hold): void {
    this.state.holds[hold.ref] = hold
    this.frozen = { cash: this.frozen.cash.plus(hold.cashPart), credit: this.frozen.credit.plus(hold.creditPart) }
    this.onHold(hold.ref)
  }

  private removeHold(hold: Hold): void {
    delete this.state.holds[hold.ref]
    this.frozen = { cash: this.frozen.cash.minus(hold.cashPart), credit: this.frozen.credit.minus(hold.creditPart) }
    this.onHold(hold.ref)
  }

  view(): BalanceView {
    return viewOf(this.state, this.frozen)
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
    this.addHold({ ref, amount: value.toFixed(), cashPart: cashPart.toFixed(), creditPart: creditPart.toFixed(), at })
    this.record('freeze', ref, value.toFixed(), note, at)
    return true
  }

  /** Turns a hold into a deduction (the ticket is issued). */
  deduct(ref: string, at: number, note: string): void {
    const hold = this.state.holds[ref]
    if (!hold) throw new Error(`no hold for ${ref}`)
    this.removeHold(hold)
    this.state.cash = new Big(this.state.cash).minus(hold.cashPart).toFixed()
    this.state.creditUsed = new Big(this.state.creditUsed).plus(hold.creditPart).toFixed()
    this.record('deduct', ref, hold.amount, note, at)
  }

  /** Gives a hold back without spending it. */
  release(ref: string, at: number, note: string): void {
    const hold = this.state.holds[ref]
    if (!hold) return
    this.removeHold(hold)
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
    const entry: LedgerEntry = {
      seq: this.state.entries.length + 1,
      at,
      kind,
      ref,
      amount: new Big(amount).toFixed(2),
      note,
      accountBalance: v.accountBalance,
      availableCreditLimit: v.availableCreditLimit,
      accountPayable: v.accountPayable
    }
    this.state.entries.push(entry)
  }
}
