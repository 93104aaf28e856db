import Big from 'big.js'
import type { Clock } from '../../util/clock'
import { Code, fault } from '../http/errors'
import { hashInt } from '../world/prng'
import { Ledger, openLedger } from './ledger'
import { emptyState, type AuxOrder, type Order, type SandboxState } from './state'
import { loadState, stateFile, StateWriter } from './store'
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
}

export class SandboxCore {
  readonly seed: string
  readonly account: SandboxAccount
  readonly baseClock: Clock
  readonly settings: SandboxSettings
  /** Outcomes forced on the next pricings by the control API, used in order. */
  readonly forcedPricing: PricingOutcome[] = []
  state: SandboxState
  private readonly writer: StateWriter

  constructor(options: CoreOptions) {
    if (Buffer.byteLength(options.account.aesKey, 'utf8') !== 16) throw new Error('account.aesKey must be exactly 16 bytes of UTF-8')
    if (!/^[A-Z]{3}$/.test(options.account.currency)) throw new Error('account.currency must be a 3-letter ISO code')
    this.seed = options.seed
    this.account = options.account
    this.baseClock = options.clock
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings }
    const file = options.statePath ? stateFile(options.statePath) : null
    const saved = file ? loadState(file) : null
    this.state = saved && saved.appKey === options.account.appKey ? saved : this.fresh()
    this.writer = new StateWriter(file, () => this.state)
    if (this.state !== saved) this.changed()
  }

  private fresh(): SandboxState {
    const creditLimit = this.account.creditLimit ?? '0'
    return emptyState(this.account.appKey, openLedger(this.account.currency, new Big(this.account.balance).toFixed(), new Big(creditLimit).toFixed(), this.baseClock.now()))
  }

  /** Business time: the injected clock plus whatever the control API advanced. */
  now(): number {
    return this.baseClock.now() + this.state.clockOffsetMs
  }

  get ledger(): Ledger {
    return new Ledger(this.state.ledger)
  }

  get currency(): string {
    return this.state.ledger.currency
  }

  changed(): void {
    this.writer.touch()
  }

  flush(): Promise<void> {
    return this.writer.flush()
  }

  /** Opening balance, no orders. Numbers keep counting, so no orderNo ever means two orders. */
  reset(): void {
    const serial = this.state.serial
    this.state = this.fresh()
    this.state.serial = serial
    this.forcedPricing.length = 0
    this.changed()
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
    for (const [key, holder] of Object.entries(this.state.seatsAssigned)) {
      if (holder === owner && (!keys || keys.includes(key))) delete this.state.seatsAssigned[key]
    }
  }
}

export function move(order: { status: string; history: { status: string; at: number }[] }, status: string, at: number): void {
  order.status = status
  order.history.push({ status, at })
}
