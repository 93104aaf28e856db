import { randomUUID } from 'node:crypto'
import { dirname } from 'node:path'
import { DatabaseSync, type SQLInputValue } from 'node:sqlite'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import {
  defaultDirection,
  WALLET_DEBIT_KINDS,
  type MoneyMovement,
  type MovementDirection,
  type MovementKind,
  type MovementState,
  type PaymentDeadline
} from '../../../shared/domain/moneyMovement'
import { sum, toDecimal } from '../../../shared/money'
import type { Clock } from '../../util/clock'
import { ensurePrivateDir, makePrivate, touchPrivate } from '../../util/privateFiles'

/**
 * The desk's local journal: a small SQLite file (node:sqlite) in the data folder.
 *
 * - `money_movements`: one row per money-moving call, written BEFORE the call is sent
 *   (state `pending`) and settled when the answer comes. A lost answer makes it
 *   `uncertain`, never `failed`; so does a `pending` row found after a crash
 *   (`markInterruptedUncertain`). Only a later check of the order (orderDetail) may turn
 *   `uncertain` into `succeeded` or `failed`.
 * - `balance_samples`: every selectBalance reading, for the history and reconciliation.
 *
 * Amounts are stored as decimal TEXT and added up with big.js, never as SQLite REALs.
 * Writes are synchronous and durable (WAL, synchronous=FULL) so a row exists on disk
 * before the call it records leaves the machine.
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

const SCHEMA_VERSION = 1

const MIGRATIONS: readonly string[] = [
  // 0 → 1
  `
  CREATE TABLE balance_samples (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id   TEXT    NOT NULL,
    received_at  INTEGER NOT NULL,
    balance      TEXT    NOT NULL,
    credit_limit TEXT    NOT NULL,
    payable      TEXT    NOT NULL,
    currency     TEXT    NOT NULL,
    server_time  TEXT,
    trace_id     TEXT
  );
  CREATE INDEX balance_samples_by_profile ON balance_samples (profile_id, received_at);

  CREATE TABLE money_movements (
    id               TEXT    PRIMARY KEY,
    profile_id       TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('booking', 'ticketing', 'ancillaryPurchase', 'reissuePayment', 'refundConfirming', 'voidRequest')),
    order_no         TEXT,
    partner_order_no TEXT,
    amount           TEXT    NOT NULL,
    currency         TEXT    NOT NULL,
    direction        TEXT    NOT NULL CHECK (direction IN ('debit', 'credit')),
    state            TEXT    NOT NULL CHECK (state IN ('pending', 'succeeded', 'failed', 'uncertain')),
    created_at       INTEGER NOT NULL,
    settled_at       INTEGER,
    trace_id         TEXT,
    pay_deadline     INTEGER,
    reflected_at     INTEGER,
    note             TEXT
  );
  CREATE INDEX money_movements_by_profile ON money_movements (profile_id, created_at);
  CREATE INDEX money_movements_by_order ON money_movements (profile_id, order_no);
  CREATE INDEX money_movements_by_state ON money_movements (state);
  `
]

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

interface SampleRow {
  id: number
  profile_id: string
  received_at: number
  balance: string
  credit_limit: string
  payable: string
  currency: string
  server_time: string | null
  trace_id: string | null
}

export class JournalError extends Error {
  override name = 'JournalError'
}

export class Journal {
  private readonly db: DatabaseSync

  /** `path` is a file in the data folder, or `:memory:` for tests. */
  constructor(
    path: string,
    private readonly clock: Clock
  ) {
    if (path !== ':memory:') prepareJournalFiles(path)
    this.db = new DatabaseSync(path)
    try {
      this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;')
      this.migrate()
    } catch (error) {
      this.db.close()
      throw error
    }
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }

  // ---- money movements --------------------------------------------------------

  /** Writes the intent of a money-moving call (state `pending`). Call it BEFORE sending. */
  recordIntent(input: RecordIntentInput): MoneyMovement {
    const amount = toDecimal(input.amount)
    if (amount.startsWith('-')) throw new JournalError('an amount is recorded as positive; direction says which way it goes')
    const id = input.id ?? `mv_${randomUUID()}`
    const existing = this.get(id)
    if (existing) {
      if (existing.profileId !== input.profileId || existing.kind !== input.kind) {
        throw new JournalError(`movement ${id} already exists for another call`)
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
      throw new JournalError(`movement ${id} is ${current.state}; it cannot become ${outcome.state}`)
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
  movementsSince(profileId: string, since: number, limit = 5000): MoneyMovement[] {
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

  countMovementsSince(profileId: string, since: number): number {
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
    this.transaction(() => {
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

  // ---- balance samples --------------------------------------------------------

  addSample(profileId: string, snapshot: BalanceSnapshot): number {
    const result = this.db
      .prepare(
        `INSERT INTO balance_samples (profile_id, received_at, balance, credit_limit, payable, currency, server_time, trace_id)
         VALUES (:profileId, :receivedAt, :balance, :creditLimit, :payable, :currency, :serverTime, :traceId)`
      )
      .run({
        profileId,
        receivedAt: snapshot.receivedAt,
        balance: snapshot.balance,
        creditLimit: snapshot.creditLimit,
        payable: snapshot.payable,
        currency: snapshot.currency,
        serverTime: snapshot.serverTime ?? null,
        traceId: snapshot.traceId || null
      })
    return Number(result.lastInsertRowid)
  }

  latestSample(profileId: string): BalanceSnapshot | undefined {
    const row = this.db
      .prepare('SELECT * FROM balance_samples WHERE profile_id = ? ORDER BY received_at DESC, id DESC LIMIT 1')
      .get(profileId) as SampleRow | undefined
    return row ? toSnapshot(row) : undefined
  }

  /** The last reading received strictly before `at` (the baseline a payment is measured from). */
  sampleBefore(profileId: string, at: number): BalanceSnapshot | undefined {
    const row = this.db
      .prepare('SELECT * FROM balance_samples WHERE profile_id = ? AND received_at < ? ORDER BY received_at DESC, id DESC LIMIT 1')
      .get(profileId, at) as SampleRow | undefined
    return row ? toSnapshot(row) : undefined
  }

  /** Readings received at or after `since`, oldest first; at most `limit` (the newest kept). */
  samplesSince(profileId: string, since: number, limit = 5000): BalanceSnapshot[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM (
           SELECT * FROM balance_samples WHERE profile_id = ? AND received_at >= ?
            ORDER BY received_at DESC, id DESC LIMIT ?
         ) ORDER BY received_at ASC, id ASC`
      )
      .all(profileId, since, limit) as unknown as SampleRow[]
    return rows.map(toSnapshot)
  }

  countSamplesSince(profileId: string, since: number): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM balance_samples WHERE profile_id = ? AND received_at >= ?')
      .get(profileId, since) as { n: number }
    return Number(row.n)
  }

  /** Drops readings older than `before` (money movements are never pruned). */
  pruneSamples(before: number): number {
    return Number(this.db.prepare('DELETE FROM balance_samples WHERE received_at < ?').run(before).changes)
  }

  // ---- internals --------------------------------------------------------------

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
    if (!found) throw new JournalError(`no movement ${id}`)
    return found
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      work()
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }

  private migrate(): void {
    const { user_version: version } = this.db.prepare('PRAGMA user_version').get() as { user_version: number }
    if (version > SCHEMA_VERSION) {
      throw new JournalError(`the journal was written by a newer FR24 Desk (schema ${version}); update the app`)
    }
    for (let v = version; v < SCHEMA_VERSION; v++) {
      this.transaction(() => {
        this.db.exec(MIGRATIONS[v]!)
        this.db.exec(`PRAGMA user_version = ${v + 1}`)
      })
    }
  }
}

/**
 * The journal's files are private (0600, folder 0700) whatever the umask: the main file is
 * created before SQLite opens it, because SQLite gives the -wal and -shm files the main
 * file's mode; files left by an older desk are tightened.
 */
export function prepareJournalFiles(path: string): void {
  ensurePrivateDir(dirname(path))
  touchPrivate(path)
  makePrivate(`${path}-wal`)
  makePrivate(`${path}-shm`)
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

function toSnapshot(row: SampleRow): BalanceSnapshot {
  const snapshot: BalanceSnapshot = {
    currency: row.currency,
    balance: row.balance,
    creditLimit: row.credit_limit,
    payable: row.payable,
    receivedAt: Number(row.received_at)
  }
  if (row.server_time !== null) snapshot.serverTime = row.server_time
  if (row.trace_id !== null) snapshot.traceId = row.trace_id
  return snapshot
}
