import Big from 'big.js'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { Code, fault } from '../http/errors'
import { hashInt } from '../world/prng'
import { Ledger, openLedger } from './ledger'
import { emptyState, type AuxOrder, type Order, type SandboxState } from './state'
import { openStateStore, statePaths, type StateStore } from './store'
import { COLLECTIONS, raw, track, type CollectionName } from './tracked'
import type { DueKey } from './dueIndex'
import { StateIndexes } from './indexes'
import { MINUTE } from '../world/time'

/**
 * The sandbox's memory and the few rules every operation shares: what time
 * it is, how numbers are handed out, where seats are held, how an order is
 * found. Operations live in their own files and receive this object.
 */

export interface SandboxAccount {
  appKey: string
  appSecret: string
  /** 16 bytes of UTF-8: the key passengers are encrypted with. */
  aesKey: string
  /** Opening balance, a decimal string (or number) in `currency`. */
  balance: string | number
  currency: string
  creditLimit?: string | number
}

export interface SandboxSettings {
  /** Ticketing → issued (12 → 13), reissue paid → reissued (49 → 61), ancillary paid → done ("2" → "3"). */
  issuanceDelayMs: number
  /** Refund confirmed → completed (25 → 27 → 30), void requested → completed (36 → 38). */
  afterSaleDelayMs: number
  /** refundRequest quoting time (72 → 73); 0 answers the quote at once. */
  refundQuoteDelayMs: number
  /** Booking → payment deadline (fr24-inferences Z5). */
  payDeadlineMs: number
  /** Load knob: each search returns at least this many offers where the route allows. */
  offerCount: number
  /** Share of pricings that come back with a higher price, decided by seed per offer. */
  priceChangeRate: number
  /** Share of pricings that find no seats, decided by seed per offer. */
  noSeatsRate: number
}

export const DEFAULT_SETTINGS: SandboxSettings = {
  issuanceDelayMs: 2 * MINUTE,
  afterSaleDelayMs: 10 * MINUTE,
  refundQuoteDelayMs: 0,
  payDeadlineMs: 60 * MINUTE,
  offerCount: 0,
  priceChangeRate: 0.08,
  noSeatsRate: 0.03
}

export type PricingOutcome = 'priceChange' | 'noSeats'

export interface CoreOptions {
  seed: string
  account: SandboxAccount
  clock: Clock
  statePath?: string
  settings?: Partial<SandboxSettings>
  /** Where a state file set aside or imported is reported. */
  log?: Logger
}

type Pending = Record<CollectionName, Set<string>>
const pending = (): Pending => Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Pending

export class SandboxCore {
  readonly seed: string
  readonly account: SandboxAccount
  readonly baseClock: Clock
  readonly settings: SandboxSettings
  /** Outcomes forced on the next pricings by the control API, used in order. */
  readonly forcedPricing: PricingOutcome[] = []
  state!: SandboxState
  private wallet!: Ledger
  private readonly store: StateStore | null
  /** Records reached since the store last saved (only with a state file), and holds made or ended. */
  private unsaved = pending()
  private unsavedHolds = new Set<string>()
  /** Everything is written again (a fresh or reset state), not just what was reached. */
  private rewrite = false
  private dirty = false
  /** Orders and ancillary orders reached since the notifier last looked (while it follows them). */
  private unannounced: { orders: Set<string>; auxOrders: Set<string> } | null = null
  private readonly indexes = new StateIndexes()

  constructor(options: CoreOptions) {
    if (Buffer.byteLength(options.account.aesKey, 'utf8') !== 16) throw new Error('account.aesKey must be exactly 16 bytes of UTF-8')
    if (!/^[A-Z]{3}$/.test(options.account.currency)) throw new Error('account.currency must be a 3-letter ISO code')
    this.seed = options.seed
    this.account = options.account
    this.baseClock = options.clock
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings }
    const opened = options.statePath ? openStateStore(statePaths(options.statePath), { log: options.log, at: Date.now() }) : null
    this.store = opened?.store ?? null
    const saved = opened?.saved ?? null
    const keep = saved !== null && saved.appKey === options.account.appKey
    this.adopt(keep ? saved : this.fresh())
    if (!keep) {
      this.rewrite = true
      this.changed()
    }
  }

  private fresh(): SandboxState {
    const creditLimit = this.account.creditLimit ?? '0'
    return emptyState(this.account.appKey, openLedger(this.account.currency, new Big(this.account.balance).toFixed(), new Big(creditLimit).toFixed(), this.baseClock.now()))
  }

  /** Takes `state` as the one remembered: its collections tracked, the wallet's totals and the indexes built once. */
  private adopt(state: SandboxState): void {
    const note = (collection: CollectionName, key: string): void => this.note(collection, key)
    for (const c of COLLECTIONS) (state as unknown as Record<CollectionName, object>)[c] = track(c, raw(state[c] as Record<string, unknown>), note)
    this.state = state
    this.wallet = new Ledger(state.ledger, (ref) => {
      if (this.store) this.unsavedHolds.add(ref)
    })
    this.indexes.rebuild(state)
  }

  private note(collection: CollectionName, key: string): void {
    if (this.store) this.unsaved[collection].add(key)
    this.indexes.note(collection, key)
    if (this.unannounced && (collection === 'orders' || collection === 'auxOrders')) this.unannounced[collection].add(key)
  }

  /** Business time: the injected clock plus whatever the control API advanced. */
  now(): number {
    return this.baseClock.now() + this.state.clockOffsetMs
  }

  get ledger(): Ledger {
    return this.wallet
  }

  get currency(): string {
    return this.state.ledger.currency
  }

  changed(): void {
    this.dirty = true
  }

  /**
   * Saves every change noted so far, in one transaction, before the caller answers
   * (at once without a state file). Rejects when the disk refused; the changes stay
   * noted, so the next save writes them.
   */
  flush(): Promise<void> {
    if (!this.dirty) return Promise.resolve()
    if (!this.store) {
      this.dirty = false
      return Promise.resolve()
    }
    try {
      this.store.save(this.state, this.rewrite ? null : { records: this.unsaved, holds: this.unsavedHolds })
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    this.dirty = false
    this.rewrite = false
    this.unsaved = pending()
    this.unsavedHolds = new Set()
    return Promise.resolve()
  }

  /** Closes the state file (after a last flush by the caller). */
  close(): void {
    this.store?.close()
  }

  /** Opening balance, no orders. Numbers keep counting, so no orderNo ever means two orders. */
  reset(): void {
    const serial = this.state.serial
    this.adopt(this.fresh())
    this.state.serial = serial
    this.forcedPricing.length = 0
    this.rewrite = true
    this.changed()
  }

  // -------------------------------------------------------------------------
  // Lookups through the indexes (indexes.ts), so no request walks all the orders.

  /** The earliest order or ancillary order whose next step is due by `now` (then it is scheduled again). */
  takeDue(now: number): DueKey | null {
    return this.indexes.takeDue(now)
  }

  /** Orders carrying this partner order number, oldest first. */
  ordersWithPartnerNo(partnerOrderNo: string): Order[] {
    return this.indexes.partnerOrders(partnerOrderNo).map((no) => this.state.orders[no]).filter((o): o is Order => o !== undefined)
  }

  /** The ancillary orders made for a ticket order, oldest first. */
  auxOrdersOf(orderNo: string): AuxOrder[] {
    return this.indexes.auxOrdersOf(orderNo).map((no) => this.state.auxOrders[no]).filter((a): a is AuxOrder => a !== undefined)
  }

  /**
   * The notifier follows the orders reached (on) or stops (off); `reached()` hands over
   * those reached since the last call, in the order they were made.
   */
  followOrders(on: boolean): void {
    this.unannounced = on ? { orders: new Set(), auxOrders: new Set() } : null
  }

  reached(): { orders: Order[]; auxOrders: AuxOrder[] } {
    const taken = this.unannounced
    if (!taken) return { orders: [], auxOrders: [] }
    this.unannounced = { orders: new Set(), auxOrders: new Set() }
    const byNumber = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
    const orders = raw(this.state.orders)
    const auxOrders = raw(this.state.auxOrders)
    return {
      orders: [...taken.orders].sort(byNumber).map((no) => orders[no]).filter((o): o is Order => o !== undefined),
      auxOrders: [...taken.auxOrders].sort(byNumber).map((no) => auxOrders[no]).filter((a): a is AuxOrder => a !== undefined)
    }
  }

  /** Collections for reading without noting anything (control's state view, the notifier's memory). */
  view<C extends 'orders' | 'auxOrders' | 'searches'>(collection: C): SandboxState[C] {
    return raw(this.state[collection] as Record<string, unknown>) as SandboxState[C]
  }

  // -------------------------------------------------------------------------
  // Numbers. Order numbers are 17 digits like FR24's; one series for ticket,
  // reissue, refund and void orders, since orderDetail accepts all of them.

  nextOrderNo(): string {
    this.state.serial.order++
    return (18_000_000_000_000_000n + BigInt(this.state.serial.order) * 7_919n + BigInt(hashInt(this.seed, 'orders') % 7_919)).toString()
  }

  nextAuxOrderNo(): string {
    this.state.serial.aux++
    return (18_500_000_000_000_000n + BigInt(this.state.serial.aux) * 6_373n + BigInt(hashInt(this.seed, 'aux') % 6_373)).toString()
  }

  /** Shopping offerIds: "1" + search number (9 digits) + position (7 digits). */
  nextSearchId(): string {
    this.state.serial.search++
    return String(this.state.serial.search).padStart(9, '0')
  }

  nextPricedOfferId(): string {
    this.state.serial.priced++
    return `2${String(this.state.serial.priced).padStart(16, '0')}`
  }

  nextFileSerial(): number {
    this.state.serial.file++
    return this.state.serial.file
  }

  // -------------------------------------------------------------------------
  // Lookups.

  order(orderNo: string, field = 'orderNo'): Order {
    const order = this.state.orders[orderNo]
    if (!order) fault(Code.orderNotFound, `order not found: ${field} ${orderNo}`)
    return order
  }

  ticketOrder(orderNo: string, field: string): Order {
    const order = this.order(orderNo, field)
    if (order.orderType !== 'ticket') fault(Code.outOfOrder, `${field} ${orderNo} is a ${order.orderType} order, not a ticket order`)
    return order
  }

  auxOrder(auxOrderNo: string): AuxOrder {
    const order = this.state.auxOrders[auxOrderNo]
    if (!order) fault(Code.orderNotFound, `ancillary order not found: auxOrderNo ${auxOrderNo}`)
    return order
  }

  // -------------------------------------------------------------------------
  // Seats in inventory (counts per segment and cabin) and seat numbers.

  seatsTaken(segmentId: string, cabin: string): number {
    return this.state.seatsTaken[`${segmentId}|${cabin}`] ?? 0
  }

  holdSeats(holder: Order, segmentIds: readonly string[], cabins: readonly string[], count: number): void {
    segmentIds.forEach((segmentId, i) => {
      const key = `${segmentId}|${cabins[i] ?? 'Y'}`
      this.state.seatsTaken[key] = (this.state.seatsTaken[key] ?? 0) + count
      holder.seatsHeld[key] = (holder.seatsHeld[key] ?? 0) + count
    })
  }

  /** Gives back `count` held seats per segment (all of them when count is omitted). */
  releaseSeats(holder: Order, segmentIds?: readonly string[], count?: number): void {
    for (const [key, held] of Object.entries(holder.seatsHeld)) {
      const segmentId = key.split('|')[0] ?? ''
      if (segmentIds && !segmentIds.includes(segmentId)) continue
      const giveBack = Math.min(held, count ?? held)
      this.state.seatsTaken[key] = Math.max(0, (this.state.seatsTaken[key] ?? 0) - giveBack)
      if (held - giveBack > 0) holder.seatsHeld[key] = held - giveBack
      else delete holder.seatsHeld[key]
    }
  }

  releaseSeatNumbers(owner: string, keys?: readonly string[]): void {
    for (const key of this.indexes.seatsOf(owner)) {
      if (!keys || keys.includes(key)) delete this.state.seatsAssigned[key]
    }
  }
}

export function move(order: { status: string; history: { status: string; at: number }[] }, status: string, at: number): void {
  order.status = status
  order.history.push({ status, at })
}
