import { randomUUID } from 'node:crypto'
import type { DatabaseSync, SQLInputValue } from 'node:sqlite'
import {
  defaultDirection,
  WALLET_DEBIT_KINDS,
  type MoneyMovement,
  type MovementDirection,
  type MovementKind,
  type MovementState,
  type PaymentDeadline
} from '../../shared/domain/moneyMovement'
import { sum, toDecimal } from '../../shared/money'
import type { Clock } from '../util/clock'
import { transaction } from './db'
import { JournalError } from './errors'

/**
 * `money_movements`: one row per money-moving call, written BEFORE the call is sent
 * (state `pending`) and settled when the answer comes. A lost answer makes it
 * `uncertain`, never `failed`; so does a `pending` row found after a crash
 * (`markInterruptedUncertain`). Only a later check of the order (orderDetail) may turn
 * `uncertain` into `succeeded` or `failed`. Amounts are decimal TEXT added up with
 * big.js, never SQLite REALs. The desk writes intents through desk/money only.
 */

export interface RecordIntentInput {
  profileId: string
  kind: MovementKind
  /** Positive decimal string (or a number FR24 sent) in `currency`. */
  amount: string | number
  currency: string
  /** Defaults from the kind: refunds and voids are credits, everything else a debit. */
  direction?: MovementDirection
  orderNo?: string
  partnerOrderNo?: string
  /** Supply one to make a retry of the same intent idempotent; generated otherwise. */
  id?: string
}

export type SettledState = Exclude<MovementState, 'pending'>

export interface SettleInput {
  state: SettledState
  traceId?: string
  /** The order number FR24 gave (booking answers it). */
  orderNo?: string
  /** A booking's payment deadline (epoch ms), so the desk can warn before it passes. */
  payDeadline?: number
  /** FR24's code or our reason, for failed and uncertain rows. Never a secret. */
  note?: string
}

/** Which state may follow which: final states stay final; uncertain waits for an order check. */
const NEXT: Readonly<Record<MovementState, readonly MovementState[]>> = {
  pending: ['succeeded', 'failed', 'uncertain'],
  uncertain: ['succeeded', 'failed', 'uncertain'],
  succeeded: ['succeeded'],
  failed: ['failed']
}

interface MovementRow {
  id: string
  profile_id: string
  kind: MovementKind
  order_no: string | null
  partner_order_no: string | null
  amount: string
  currency: string
  direction: MovementDirection
  state: MovementState
  created_at: number
  settled_at: number | null
  trace_id: string | null
  pay_deadline: number | null
  reflected_at: number | null
  note: string | null
}

export class MovementsRepo {
  constructor(
    private readonly db: DatabaseSync,
    private readonly clock: Clock
  ) {}

  /** Writes the intent of a money-moving call (state `pending`). Call it BEFORE sending. */
  recordIntent(input: RecordIntentInput): MoneyMovement {
    const amount = toDecimal(input.amount)
    if (amount.startsWith('-')) throw new JournalError('refused', 'an amount is recorded as positive; direction says which way it goes')
    const id = input.id ?? `mv_${randomUUID()}`
    const existing = this.get(id)
    if (existing) {
      if (existing.profileId !== input.profileId || existing.kind !== input.kind) {
        throw new JournalError('refused', `movement ${id} already exists for another call`)
      }
      return existing
    }
    this.db
      .prepare(
        `INSERT INTO money_movements (id, profile_id, kind, order_no, partner_order_no, amount, currency, direction, state, created_at)
         VALUES (:id, :profileId, :kind, :orderNo, :partnerOrderNo, :amount, :currency, :direction, 'pending', :createdAt)`
      )
      .run({
        id,
        profileId: input.profileId,
        kind: input.kind,
        orderNo: input.orderNo ?? null,
        partnerOrderNo: input.partnerOrderNo ?? null,
        amount,
        currency: input.currency,
        direction: input.direction ?? defaultDirection(input.kind),
        createdAt: this.clock.now()
      })
    return this.mustGet(id)
  }

  /**
   * Records the outcome. `uncertain` is for answers that were lost; only a check of the
   * order may later settle an uncertain row. A row that is already succeeded or failed
   * cannot change; settling any row again with its current state is a no-op.
   */
  settle(id: string, outcome: SettleInput): MoneyMovement {
    const current = this.mustGet(id)
    if (!NEXT[current.state].includes(outcome.state)) {
      throw new JournalError('refused', `movement ${id} is ${current.state}; it cannot become ${outcome.state}`)
    }
    if (current.state === outcome.state) return current
    this.db
      .prepare(
        `UPDATE money_movements
            SET state = :state, settled_at = :settledAt,
                trace_id = COALESCE(:traceId, trace_id), order_no = COALESCE(:orderNo, order_no),
                pay_deadline = COALESCE(:payDeadline, pay_deadline), note = COALESCE(:note, note)
          WHERE id = :id`
      )
      .run({
        id,
        state: outcome.state,
        settledAt: this.clock.now(),
        traceId: outcome.traceId ?? null,
        orderNo: outcome.orderNo ?? null,
        payDeadline: outcome.payDeadline ?? null,
        note: outcome.note ?? null
      })
    return this.mustGet(id)
  }

  /**
   * After a crash or restart, a `pending` row's answer can never arrive: its outcome is
   * unknown, so it becomes `uncertain` (never `failed`). Returns how many rows changed.
   */
  markInterruptedUncertain(note = 'the desk stopped before the answer arrived'): number {
    const result = this.db
      .prepare(`UPDATE money_movements SET state = 'uncertain', settled_at = :now, note = COALESCE(note, :note) WHERE state = 'pending'`)
      .run({ now: this.clock.now(), note })
    return Number(result.changes)
  }

  get(id: string): MoneyMovement | undefined {
    const row = this.db.prepare('SELECT * FROM money_movements WHERE id = ?').get(id) as MovementRow | undefined
    return row ? toMovement(row) : undefined
  }

  /** Movements written at or after `since`, oldest first; at most `limit` (the newest kept). */
  since(profileId: string, since: number, limit = 5000): MoneyMovement[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM (
           SELECT rowid AS seq, * FROM money_movements WHERE profile_id = ? AND created_at >= ?
            ORDER BY created_at DESC, rowid DESC LIMIT ?
         ) ORDER BY created_at ASC, seq ASC`
      )
      .all(profileId, since, limit) as unknown as MovementRow[]
    return rows.map(toMovement)
  }

  /**
   * Rows of these kinds whose outcome is not known yet (pending or uncertain), on every
   * profile, oldest first: what an order check must settle before the same kind of call is
   * sent again.
   */
  unsettled(kinds: readonly MovementKind[]): MoneyMovement[] {
    const marks = kinds.map(() => '?').join(', ')
    const rows = this.db
      .prepare(`SELECT * FROM money_movements WHERE state IN ('pending', 'uncertain') AND kind IN (${marks}) ORDER BY created_at ASC, rowid ASC`)
      .all(...kinds) as unknown as MovementRow[]
    return rows.map(toMovement)
  }

  /** Every movement of one kind for one order of a profile, oldest first. */
  forOrder(profileId: string, orderNo: string, kind: MovementKind): MoneyMovement[] {
    const rows = this.db
      .prepare('SELECT * FROM money_movements WHERE profile_id = ? AND order_no = ? AND kind = ? ORDER BY created_at ASC, rowid ASC')
      .all(profileId, orderNo, kind) as unknown as MovementRow[]
    return rows.map(toMovement)
  }

  countSince(profileId: string, since: number): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM money_movements WHERE profile_id = ? AND created_at >= ?')
      .get(profileId, since) as { n: number }
    return Number(row.n)
  }

  /**
   * Money this desk has committed from the wallet that FR24 has not visibly taken yet:
   * the sum of wallet debits (ticketing, ancillaryPurchase, reissuePayment) that are
   * - `pending` or `uncertain` (the desk cannot know whether FR24 took it: assume it will), or
   * - `succeeded` but not yet reflected in a balance reading (`reflected_at` is empty; the
   *   balance monitor fills it, see `reflectedPayments`).
   * Failed calls and credits (refunds, voids) never count. Only rows in `currency`, when given.
   */
  committedNotDeducted(profileId: string, currency?: string): string {
    return sum(this.committedRows(profileId, currency).map((row) => row.amount))
  }

  /** The rows `committedNotDeducted` adds up. */
  committedMovements(profileId: string, currency?: string): MoneyMovement[] {
    return this.committedRows(profileId, currency).map(toMovement)
  }

  /** Succeeded wallet debits no reading has shown yet, oldest first. */
  unreflectedPayments(profileId: string): MoneyMovement[] {
    const kinds = WALLET_DEBIT_KINDS.map(() => '?').join(', ')
    const rows = this.db
      .prepare(
        `SELECT * FROM money_movements
          WHERE profile_id = ? AND direction = 'debit' AND state = 'succeeded' AND reflected_at IS NULL AND kind IN (${kinds})
          ORDER BY created_at ASC, rowid ASC`
      )
      .all(profileId, ...WALLET_DEBIT_KINDS) as unknown as MovementRow[]
    return rows.map(toMovement)
  }

  /** A balance reading (or an order check) showed these payments taken. */
  markReflected(ids: readonly string[], at: number = this.clock.now()): void {
    if (ids.length === 0) return
    const statement = this.db.prepare('UPDATE money_movements SET reflected_at = ? WHERE id = ? AND reflected_at IS NULL')
    transaction(this.db, () => {
      for (const id of ids) statement.run(at, id)
    })
  }

  /**
   * Orders booked through this desk and not paid yet, soonest deadline first: succeeded
   * bookings with a payment deadline still ahead and no ticketing for the same order
   * except failed ones.
   */
  awaitingPayment(profileId: string, now: number = this.clock.now()): PaymentDeadline[] {
    const rows = this.db
      .prepare(
        `SELECT b.order_no AS orderNo, b.pay_deadline AS payDeadline, b.amount AS amount, b.currency AS currency
           FROM money_movements b
          WHERE b.profile_id = :profileId AND b.kind = 'booking' AND b.state = 'succeeded'
            AND b.order_no IS NOT NULL AND b.pay_deadline IS NOT NULL AND b.pay_deadline > :now
            AND NOT EXISTS (
              SELECT 1 FROM money_movements t
               WHERE t.profile_id = b.profile_id AND t.order_no = b.order_no
                 AND t.kind = 'ticketing' AND t.state <> 'failed')
          ORDER BY b.pay_deadline ASC`
      )
      .all({ profileId, now }) as unknown as PaymentDeadline[]
    return rows.map((row) => ({ ...row, payDeadline: Number(row.payDeadline) }))
  }

  private committedRows(profileId: string, currency?: string): MovementRow[] {
    const kinds = WALLET_DEBIT_KINDS.map(() => '?').join(', ')
    const params: SQLInputValue[] = [profileId, ...WALLET_DEBIT_KINDS]
    if (currency !== undefined) params.push(currency)
    return this.db
      .prepare(
        `SELECT * FROM money_movements
          WHERE profile_id = ? AND direction = 'debit' AND kind IN (${kinds})
            AND (state IN ('pending', 'uncertain') OR (state = 'succeeded' AND reflected_at IS NULL))
            ${currency !== undefined ? 'AND currency = ?' : ''}
          ORDER BY created_at ASC, rowid ASC`
      )
      .all(...params) as unknown as MovementRow[]
  }

  private mustGet(id: string): MoneyMovement {
    const found = this.get(id)
    if (!found) throw new JournalError('refused', `no movement ${id}`)
    return found
  }
}

function toMovement(row: MovementRow): MoneyMovement {
  const movement: MoneyMovement = {
    id: row.id,
    profileId: row.profile_id,
    kind: row.kind,
    amount: row.amount,
    currency: row.currency,
    direction: row.direction,
    state: row.state,
    createdAt: Number(row.created_at)
  }
  if (row.order_no !== null) movement.orderNo = row.order_no
  if (row.partner_order_no !== null) movement.partnerOrderNo = row.partner_order_no
  if (row.settled_at !== null) movement.settledAt = Number(row.settled_at)
  if (row.trace_id !== null) movement.traceId = row.trace_id
  if (row.pay_deadline !== null) movement.payDeadline = Number(row.pay_deadline)
  if (row.reflected_at !== null) movement.reflectedAt = Number(row.reflected_at)
  if (row.note !== null) movement.note = row.note
  return movement
}
