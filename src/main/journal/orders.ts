import type { DatabaseSync } from 'node:sqlite'
import type { OrderState, PaymentState } from '../../shared/domain/booking'
import type { Environment } from '../../shared/domain/environments'
import type { PaxType } from '../../shared/domain/search'
import { toDecimal } from '../../shared/money'
import type { Clock } from '../util/clock'
import { transaction } from './db'
import { JournalError } from './errors'

/**
 * `orders` and `order_history`: every order booked from this desk, per profile, with the
 * travellers' names and birthdays (never a document number) and each change of state. The
 * money itself stays in `money_movements`; this is what the Orders screen and the duplicate
 * guard read. Written by desk/booking and desk/orders only.
 */

export interface OrderTravellerRecord {
  /** As FR24 spells it: SURNAME/GIVEN. */
  name: string
  paxType: PaxType
  birthday: string
  ticketNo?: string
}

export interface OrderExtraRecord {
  traveller: number
  what: 'seat' | 'bag'
  label: string
}

export interface OrderRecord {
  profileId: string
  orderNo: string
  partnerOrderNo: string
  environment: Environment
  /** The price check it was booked from (kept in memory by desk/booking; useful only while the desk runs). */
  pricingId?: string
  route: string
  departLocal: string
  departZone: string
  /** First departure and last arrival (epoch ms): the span the duplicate guard compares. */
  tripStart: number
  tripEnd: number
  travellers: OrderTravellerRecord[]
  extras: OrderExtraRecord[]
  currency: string
  total: string
  payDeadline?: number
  state: OrderState
  fr24Status?: string
  payment: PaymentState
  bookedAt: number
  updatedAt: number
  /** When FR24 was last asked about it (orderDetail). */
  checkedAt?: number
}

export type NewOrder = Omit<OrderRecord, 'updatedAt' | 'checkedAt'>

/** What a check of the order (or a payment) may change. */
export interface OrderChange {
  state?: OrderState
  fr24Status?: string
  payment?: PaymentState
  total?: string
  payDeadline?: number
  travellers?: OrderTravellerRecord[]
  checkedAt?: number
}

export interface OrderHistoryRecord {
  state: OrderState
  fr24Status?: string
  payment: PaymentState
  at: number
}

/** States in which an order still holds seats (the duplicate guard's "live"). */
export const LIVE_STATES: readonly OrderState[] = ['unpaid', 'ticketing', 'ticketed', 'unknown']

interface OrderRow {
  profile_id: string
  order_no: string
  partner_order_no: string
  environment: Environment
  pricing_id: string | null
  route: string
  depart_local: string
  depart_zone: string
  trip_start: number
  trip_end: number
  travellers: string
  extras: string
  currency: string
  total: string
  pay_deadline: number | null
  state: OrderState
  fr24_status: string | null
  payment: PaymentState
  booked_at: number
  updated_at: number
  checked_at: number | null
}

export class OrdersRepo {
  constructor(
    private readonly db: DatabaseSync,
    private readonly clock: Clock
  ) {}

  /**
   * Records a booked order with its first history entry. Recording the same order again (a
   * lost answer found twice) answers the row already there and changes nothing.
   */
  record(order: NewOrder): OrderRecord {
    return transaction(this.db, () => {
      const existing = this.get(order.profileId, order.orderNo)
      if (existing) return existing
      const now = this.clock.now()
      this.db
        .prepare(
          `INSERT INTO orders (profile_id, order_no, partner_order_no, environment, pricing_id, route, depart_local, depart_zone,
             trip_start, trip_end, travellers, extras, currency, total, pay_deadline, state, fr24_status, payment, booked_at, updated_at)
           VALUES (:profileId, :orderNo, :partnerOrderNo, :environment, :pricingId, :route, :departLocal, :departZone,
             :tripStart, :tripEnd, :travellers, :extras, :currency, :total, :payDeadline, :state, :fr24Status, :payment, :bookedAt, :updatedAt)`
        )
        .run({
          profileId: order.profileId,
          orderNo: order.orderNo,
          partnerOrderNo: order.partnerOrderNo,
          environment: order.environment,
          pricingId: order.pricingId ?? null,
          route: order.route,
          departLocal: order.departLocal,
          departZone: order.departZone,
          tripStart: order.tripStart,
          tripEnd: order.tripEnd,
          travellers: JSON.stringify(order.travellers.map(cleanTraveller)),
          extras: JSON.stringify(order.extras),
          currency: order.currency,
          total: toDecimal(order.total),
          payDeadline: order.payDeadline ?? null,
          state: order.state,
          fr24Status: order.fr24Status ?? null,
          payment: order.payment,
          bookedAt: order.bookedAt,
          updatedAt: now
        })
      this.writeTravellers(order.profileId, order.orderNo, order.travellers)
      this.addHistory(order.profileId, order.orderNo, { state: order.state, payment: order.payment, at: now, ...(order.fr24Status ? { fr24Status: order.fr24Status } : {}) })
      return this.mustGet(order.profileId, order.orderNo)
    })
  }

  /** Applies a change; a new state, FR24 status or payment state adds a history entry. */
  update(profileId: string, orderNo: string, change: OrderChange): OrderRecord {
    return transaction(this.db, () => {
      const current = this.mustGet(profileId, orderNo)
      const now = this.clock.now()
      const next: OrderRecord = {
        ...current,
        ...(change.state !== undefined ? { state: change.state } : {}),
        ...(change.fr24Status !== undefined ? { fr24Status: change.fr24Status } : {}),
        ...(change.payment !== undefined ? { payment: change.payment } : {}),
        ...(change.total !== undefined ? { total: toDecimal(change.total) } : {}),
        ...(change.payDeadline !== undefined ? { payDeadline: change.payDeadline } : {}),
        ...(change.travellers !== undefined ? { travellers: change.travellers.map(cleanTraveller) } : {}),
        ...(change.checkedAt !== undefined ? { checkedAt: change.checkedAt } : {})
      }
      const moved = next.state !== current.state || next.fr24Status !== current.fr24Status || next.payment !== current.payment
      const touched = moved || JSON.stringify(next) !== JSON.stringify(current)
      if (!touched) return current
      this.db
        .prepare(
          `UPDATE orders SET state = :state, fr24_status = :fr24Status, payment = :payment, total = :total, pay_deadline = :payDeadline,
             travellers = :travellers, checked_at = :checkedAt, updated_at = :updatedAt
           WHERE profile_id = :profileId AND order_no = :orderNo`
        )
        .run({
          profileId,
          orderNo,
          state: next.state,
          fr24Status: next.fr24Status ?? null,
          payment: next.payment,
          total: next.total,
          payDeadline: next.payDeadline ?? null,
          travellers: JSON.stringify(next.travellers),
          checkedAt: next.checkedAt ?? null,
          updatedAt: now
        })
      if (change.travellers !== undefined) this.writeTravellers(profileId, orderNo, next.travellers)
      if (moved) this.addHistory(profileId, orderNo, { state: next.state, payment: next.payment, at: now, ...(next.fr24Status ? { fr24Status: next.fr24Status } : {}) })
      return this.mustGet(profileId, orderNo)
    })
  }

  get(profileId: string, orderNo: string): OrderRecord | undefined {
    const row = this.db.prepare('SELECT * FROM orders WHERE profile_id = ? AND order_no = ?').get(profileId, orderNo) as OrderRow | undefined
    return row ? toRecord(row) : undefined
  }

  byPartnerOrderNo(profileId: string, partnerOrderNo: string): OrderRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM orders WHERE profile_id = ? AND partner_order_no = ? ORDER BY booked_at DESC LIMIT 1')
      .get(profileId, partnerOrderNo) as OrderRow | undefined
    return row ? toRecord(row) : undefined
  }

  byPricing(profileId: string, pricingId: string): OrderRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM orders WHERE profile_id = ? AND pricing_id = ? ORDER BY booked_at DESC LIMIT 1')
      .get(profileId, pricingId) as OrderRow | undefined
    return row ? toRecord(row) : undefined
  }

  /** The profile's orders, newest first. */
  list(profileId: string, limit = 500): OrderRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM orders WHERE profile_id = ? ORDER BY booked_at DESC, rowid DESC LIMIT ?')
      .all(profileId, limit) as unknown as OrderRow[]
    return rows.map(toRecord)
  }

  history(profileId: string, orderNo: string): OrderHistoryRecord[] {
    const rows = this.db
      .prepare('SELECT state, fr24_status, payment, at FROM order_history WHERE profile_id = ? AND order_no = ? ORDER BY at ASC, id ASC')
      .all(profileId, orderNo) as unknown as { state: OrderState; fr24_status: string | null; payment: PaymentState; at: number }[]
    return rows.map((r) => ({ state: r.state, payment: r.payment, at: Number(r.at), ...(r.fr24_status !== null ? { fr24Status: r.fr24_status } : {}) }))
  }

  /**
   * Live orders of the profile in which a traveller of this name (as FR24 spells it) and
   * birthday flies during [start, end] (epoch ms, both ends included).
   */
  liveOverlapping(profileId: string, traveller: { name: string; birthday: string }, span: { start: number; end: number }): OrderRecord[] {
    const states = LIVE_STATES.map(() => '?').join(', ')
    const rows = this.db
      .prepare(
        // CROSS JOIN keeps SQLite from starting at the trip index (half the orders begin before any date): the person first.
        `SELECT DISTINCT o.* FROM order_travellers t
           CROSS JOIN orders o ON o.profile_id = t.profile_id AND o.order_no = t.order_no
          WHERE t.profile_id = ? AND t.name = ? AND t.birthday = ?
            AND o.state IN (${states}) AND o.trip_start <= ? AND o.trip_end >= ?
          ORDER BY o.trip_start ASC`
      )
      .all(profileId, traveller.name, traveller.birthday, ...LIVE_STATES, span.end, span.start) as unknown as OrderRow[]
    return rows.map(toRecord)
  }

  /** The order's travellers as the duplicate guard finds them (replaced whole when FR24 reports them again). */
  private writeTravellers(profileId: string, orderNo: string, travellers: readonly OrderTravellerRecord[]): void {
    this.db.prepare('DELETE FROM order_travellers WHERE profile_id = ? AND order_no = ?').run(profileId, orderNo)
    const insert = this.db.prepare('INSERT INTO order_travellers (profile_id, order_no, name, birthday) VALUES (?, ?, ?, ?)')
    for (const t of travellers) insert.run(profileId, orderNo, t.name, t.birthday)
  }

  private addHistory(profileId: string, orderNo: string, entry: OrderHistoryRecord): void {
    this.db
      .prepare('INSERT INTO order_history (profile_id, order_no, state, fr24_status, payment, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(profileId, orderNo, entry.state, entry.fr24Status ?? null, entry.payment, entry.at)
  }

  private mustGet(profileId: string, orderNo: string): OrderRecord {
    const found = this.get(profileId, orderNo)
    if (!found) throw new JournalError('refused', `no order ${orderNo} on profile ${profileId}`)
    return found
  }
}

/** Only these fields are ever written: a document number handed in by mistake never reaches the file. */
function cleanTraveller(t: OrderTravellerRecord): OrderTravellerRecord {
  return { name: t.name, paxType: t.paxType, birthday: t.birthday, ...(t.ticketNo ? { ticketNo: t.ticketNo } : {}) }
}

function toRecord(row: OrderRow): OrderRecord {
  const record: OrderRecord = {
    profileId: row.profile_id,
    orderNo: row.order_no,
    partnerOrderNo: row.partner_order_no,
    environment: row.environment,
    route: row.route,
    departLocal: row.depart_local,
    departZone: row.depart_zone,
    tripStart: Number(row.trip_start),
    tripEnd: Number(row.trip_end),
    travellers: JSON.parse(row.travellers) as OrderTravellerRecord[],
    extras: JSON.parse(row.extras) as OrderExtraRecord[],
    currency: row.currency,
    total: row.total,
    state: row.state,
    payment: row.payment,
    bookedAt: Number(row.booked_at),
    updatedAt: Number(row.updated_at)
  }
  if (row.pricing_id !== null) record.pricingId = row.pricing_id
  if (row.pay_deadline !== null) record.payDeadline = Number(row.pay_deadline)
  if (row.fr24_status !== null) record.fr24Status = row.fr24_status
  if (row.checked_at !== null) record.checkedAt = Number(row.checked_at)
  return record
}
