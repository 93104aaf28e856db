import type { MoneyMovement } from '../../../shared/domain/moneyMovement'
import { toDecimal } from '../../../shared/money'
import { Fr24Error, parseServerTime, type Fr24Client, type OrderDetailData } from '../../fr24'
import type { Journal } from '../../journal/journal'
import type { OrderExtraRecord, OrderRecord, OrderTravellerRecord } from '../../journal/orders'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { redactText } from '../../util/redact'
import { tripFacts, type TripFacts } from '../booking/trip'
import type { EventHub } from '../core/events'
import type { Fr24Connection } from '../core/fr24Clients'
import type { InternalBus } from '../core/internalBus'
import type { PlacesIndex } from '../search/places'
import { isPaidState, orderStateOf, orderSummary, paymentStateOf, withTickets } from './orderStates'

/**
 * Asking FR24 about an order (orderDetail) and settling with its answer what the journal could
 * not know: a booking or a payment whose answer was lost. Shared by booking (before any new
 * booking), orders (refresh, before paying) and the desk's start (everything left open).
 *
 * "Not found" (or "still unpaid") ends a lost call as failed only when FR24 can no longer be
 * working on it: at once when an answer of some kind came back (HTTP 5xx, a body that was not
 * JSON, cut off or unreadable: the server had finished); after SERVER_MAY_STILL_ACT_MS when the
 * desk stopped waiting first (timeout, reset, the desk stopped): until then it stays uncertain.
 */
export const SERVER_MAY_STILL_ACT_MS = 5 * 60_000

/** FR24's (and the Sandbox's) "order not found" (docs/fr24-inferences.md §5). */
export const ORDER_NOT_FOUND_CODE = '10100030'

/** Failure kinds after which the server had visibly finished with the request (movement notes start with the kind). */
const ANSWERED_KINDS = ['http', 'not-json', 'truncated', 'shape']

/**
 * Whether FR24 can no longer be working on a call whose answer was lost, so that "not found"
 * (or "still unpaid") means it did nothing (see SERVER_MAY_STILL_ACT_MS).
 */
export function lostCallIsOver(movement: Pick<MoneyMovement, 'state' | 'note' | 'createdAt'>, now: number): boolean {
  if (movement.state === 'uncertain' && ANSWERED_KINDS.some((kind) => movement.note === kind || movement.note?.startsWith(`${kind} `))) return true
  return now - movement.createdAt >= SERVER_MAY_STILL_ACT_MS
}

export interface OrderChecksDeps {
  journal: Journal
  fr24: (connection: Fr24Connection) => Fr24Client
  profiles: { resolveCredentials(profileId: string): Fr24Connection }
  bus: InternalBus
  hub: EventHub
  places: PlacesIndex
  clock: Clock
  log: Logger
}

export type Lookup = { kind: 'found'; data: OrderDetailData; traceId?: string } | { kind: 'not-found' } | { kind: 'unreachable'; error: unknown }

export type BookingCheck = { kind: 'booked'; order: OrderRecord } | { kind: 'not-booked' } | { kind: 'unknown'; movement: MoneyMovement }
export type TicketingCheck = { kind: 'paid'; order?: OrderRecord } | { kind: 'unpaid' } | { kind: 'unknown'; movement: MoneyMovement }

/** What only the booking that sent the call knows (the desk's own reading of seats and bags). */
export interface BookingHints {
  pricingId?: string
  extras?: OrderExtraRecord[]
  travellers?: OrderTravellerRecord[]
  /** The priced trip, for an order whose flights FR24's answer does not let the desk read. */
  trip?: TripFacts
}

export class OrderChecks {
  private readonly running = new Map<string, Promise<BookingCheck | TicketingCheck>>()

  constructor(private readonly deps: OrderChecksDeps) {}

  async lookup(connection: Fr24Connection, ref: { orderNo?: string; partnerOrderNo?: string }): Promise<Lookup> {
    try {
      const reply = await this.deps.fr24(connection).orderDetail({ orderNo: ref.orderNo ?? '', partnerOrderNo: ref.orderNo ? '' : (ref.partnerOrderNo ?? '') })
      return { kind: 'found', data: reply.data, ...(reply.traceId ? { traceId: redactText(reply.traceId) } : {}) }
    } catch (error) {
      if (error instanceof Fr24Error && error.kind === 'fr24' && error.code === ORDER_NOT_FOUND_CODE) return { kind: 'not-found' }
      return { kind: 'unreachable', error }
    }
  }

  /** Settles a pending or uncertain booking from FR24; a found order is recorded in the journal. */
  settleBooking(movement: MoneyMovement, hints: BookingHints = {}): Promise<BookingCheck> {
    return this.once(movement, () => this.checkBooking(movement, hints)) as Promise<BookingCheck>
  }

  /** Settles a pending or uncertain ticketing from FR24's view of its order. */
  settleTicketing(movement: MoneyMovement): Promise<TicketingCheck> {
    return this.once(movement, () => this.checkTicketing(movement)) as Promise<TicketingCheck>
  }

  /** Every booking and payment left open (the desk stopped, an answer was lost), on every profile. */
  async reconcileAll(): Promise<void> {
    for (const movement of this.deps.journal.movements.unsettled(['booking', 'ticketing'])) {
      try {
        if (movement.kind === 'booking') await this.settleBooking(movement)
        else await this.settleTicketing(movement)
      } catch (error) {
        this.deps.log.error('an open money call could not be checked', { movementId: movement.id, error: error instanceof Error ? error.message : String(error) })
      }
    }
  }

  /**
   * An order FR24 described, written into its journal row: state, FR24 status, tickets,
   * amount, deadline and what the ticketing rows say of the payment. Tells the window when it moved.
   */
  applyDetail(record: OrderRecord, data: OrderDetailData): OrderRecord {
    const status = data.orderStatus ? String(data.orderStatus) : undefined
    const state = orderStateOf(status) ?? record.state
    const ticketings = this.deps.journal.movements.forOrder(record.profileId, record.orderNo, 'ticketing')
    const deadline = parseServerTime(data.payDeadline)
    const next = this.deps.journal.orders.update(record.profileId, record.orderNo, {
      state,
      payment: paymentStateOf(ticketings, state),
      travellers: withTickets(record.travellers, data.ticketInfo),
      checkedAt: this.deps.clock.now(),
      ...(status !== undefined ? { fr24Status: status } : {}),
      ...(data.totalPrice != null && state === 'unpaid' ? { total: toDecimal(data.totalPrice) } : {}),
      ...(deadline !== undefined ? { payDeadline: deadline } : {})
    })
    if (next.state !== record.state || next.payment !== record.payment || next.fr24Status !== record.fr24Status || JSON.stringify(next.travellers) !== JSON.stringify(record.travellers)) {
      this.changed(next)
    }
    return next
  }

  /** Tells the window an order moved (a contract event; a bad one is logged, never thrown at a money call). */
  changed(order: OrderRecord): void {
    try {
      this.deps.hub.emit('orderChanged', orderSummary(order))
    } catch (error) {
      this.deps.log.error('orderChanged did not fit the contract', { orderNo: order.orderNo, error: error instanceof Error ? error.message : String(error) })
    }
  }

  private answerIsFinal(movement: MoneyMovement): boolean {
    return lostCallIsOver(movement, this.deps.clock.now())
  }

  private once(movement: MoneyMovement, check: () => Promise<BookingCheck | TicketingCheck>): Promise<BookingCheck | TicketingCheck> {
    const running = this.running.get(movement.id)
    if (running) return running
    const started = check().finally(() => this.running.delete(movement.id))
    this.running.set(movement.id, started)
    return started
  }

  private async checkBooking(movement: MoneyMovement, hints: BookingHints): Promise<BookingCheck> {
    const current = this.deps.journal.movements.get(movement.id) ?? movement
    const known = current.orderNo ? this.deps.journal.orders.get(current.profileId, current.orderNo) : undefined
    if (current.state === 'succeeded' && known) return { kind: 'booked', order: known }
    if (current.state === 'failed') return { kind: 'not-booked' }
    const connection = this.deps.profiles.resolveCredentials(current.profileId)
    const found = await this.lookup(connection, current.orderNo ? { orderNo: current.orderNo } : { partnerOrderNo: current.partnerOrderNo ?? '' })
    switch (found.kind) {
      case 'found': {
        // A partner number FR24 does not echo back is not ours to trust blindly.
        if (found.data.partnerOrderNo && current.partnerOrderNo && found.data.partnerOrderNo !== current.partnerOrderNo) return { kind: 'unknown', movement: current }
        const deadline = parseServerTime(found.data.payDeadline)
        this.settle(current, {
          state: 'succeeded',
          orderNo: String(found.data.orderNo),
          ...(found.traceId ? { traceId: found.traceId } : {}),
          ...(deadline !== undefined ? { payDeadline: deadline } : {})
        })
        const order = this.recordFound(current, found.data, connection, hints)
        return order ? { kind: 'booked', order } : { kind: 'unknown', movement: current }
      }
      case 'not-found':
        if (!this.answerIsFinal(current)) return { kind: 'unknown', movement: current }
        this.settle(current, { state: 'failed', note: 'order check: FR24 has no order under this partner order number' })
        return { kind: 'not-booked' }
      case 'unreachable':
        this.deps.log.warn('a lost booking could not be looked up yet', { movementId: current.id, error: describe(found.error) })
        return { kind: 'unknown', movement: current }
      default: {
        const unreachable: never = found
        return unreachable
      }
    }
  }

  private async checkTicketing(movement: MoneyMovement): Promise<TicketingCheck> {
    const current = this.deps.journal.movements.get(movement.id) ?? movement
    if (current.state === 'succeeded') return { kind: 'paid' }
    if (current.state === 'failed') return { kind: 'unpaid' }
    if (!current.orderNo) return { kind: 'unknown', movement: current }
    const connection = this.deps.profiles.resolveCredentials(current.profileId)
    const found = await this.lookup(connection, { orderNo: current.orderNo })
    if (found.kind !== 'found') {
      this.deps.log.warn('a lost payment could not be checked yet', { movementId: current.id, lookup: found.kind })
      return { kind: 'unknown', movement: current }
    }
    const state = orderStateOf(found.data.orderStatus ? String(found.data.orderStatus) : undefined)
    const record = this.deps.journal.orders.get(current.profileId, current.orderNo)
    if (state !== undefined && isPaidState(state)) {
      this.settle(current, { state: 'succeeded', ...(found.traceId ? { traceId: found.traceId } : {}) })
      return record ? { kind: 'paid', order: this.applyDetail(record, found.data) } : { kind: 'paid' }
    }
    if (state === 'cancelled' || (state === 'unpaid' && this.answerIsFinal(current))) {
      this.settle(current, { state: 'failed', note: `order check: the order is ${state}` })
      if (record) this.applyDetail(record, found.data)
      return { kind: 'unpaid' }
    }
    return { kind: 'unknown', movement: current }
  }

  private settle(movement: MoneyMovement, outcome: Parameters<Journal['movements']['settle']>[1]): void {
    const settled = this.deps.journal.movements.settle(movement.id, outcome)
    this.deps.bus.emit('movementSettled', settled)
  }

  /** Writes the order a lookup found; its travellers come from FR24 (or the booking's own list). */
  private recordFound(movement: MoneyMovement, data: OrderDetailData, connection: Fr24Connection, hints: BookingHints): OrderRecord | undefined {
    const trip = tripFacts(data, this.deps.places) ?? hints.trip
    if (!trip) {
      this.deps.log.error('a found order had no flights the desk could read; its booking is settled but not listed', { orderNo: String(data.orderNo) })
      return undefined
    }
    const travellers: OrderTravellerRecord[] =
      hints.travellers ??
      (data.passengers ?? []).map((p) => ({
        name: p.name ?? '',
        paxType: p.paxType === 'CHD' || p.paxType === 'INF' ? p.paxType : 'ADT',
        birthday: p.birthday ?? ''
      }))
    const status = data.orderStatus ? String(data.orderStatus) : undefined
    const state = orderStateOf(status) ?? 'unpaid'
    const deadline = parseServerTime(data.payDeadline)
    const record = this.deps.journal.orders.record({
      profileId: movement.profileId,
      orderNo: String(data.orderNo),
      partnerOrderNo: movement.partnerOrderNo ?? (data.partnerOrderNo ? String(data.partnerOrderNo) : ''),
      environment: connection.environment,
      ...(hints.pricingId ? { pricingId: hints.pricingId } : {}),
      route: trip.route,
      departLocal: trip.departLocal,
      departZone: trip.departZone,
      tripStart: trip.start,
      tripEnd: trip.end,
      travellers: withTickets(travellers, data.ticketInfo),
      extras: hints.extras ?? [],
      currency: data.currency ?? movement.currency,
      total: data.totalPrice != null ? toDecimal(data.totalPrice) : movement.amount,
      ...(deadline !== undefined ? { payDeadline: deadline } : {}),
      state,
      ...(status !== undefined ? { fr24Status: status } : {}),
      payment: isPaidState(state) ? 'paid' : 'none',
      bookedAt: movement.createdAt
    })
    this.changed(record)
    return record
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
