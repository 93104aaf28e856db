import type { DatabaseSync } from 'node:sqlite'
import type { BalanceSnapshot } from '../../shared/domain/balance'

/** `balance_samples`: every selectBalance reading, for the history and reconciliation. */

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

export class SamplesRepo {
  constructor(private readonly db: DatabaseSync) {}

  add(profileId: string, snapshot: BalanceSnapshot): number {
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

  latest(profileId: string): BalanceSnapshot | undefined {
    const row = this.db
      .prepare('SELECT * FROM balance_samples WHERE profile_id = ? ORDER BY received_at DESC, id DESC LIMIT 1')
      .get(profileId) as SampleRow | undefined
    return row ? toSnapshot(row) : undefined
  }

  /** The last reading received strictly before `at` (the baseline a payment is measured from). */
  before(profileId: string, at: number): BalanceSnapshot | undefined {
    const row = this.db
      .prepare('SELECT * FROM balance_samples WHERE profile_id = ? AND received_at < ? ORDER BY received_at DESC, id DESC LIMIT 1')
      .get(profileId, at) as SampleRow | undefined
    return row ? toSnapshot(row) : undefined
  }

  /** Readings received at or after `since`, oldest first; at most `limit` (the newest kept). */
  since(profileId: string, since: number, limit = 5000): BalanceSnapshot[] {
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

  countSince(profileId: string, since: number): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM balance_samples WHERE profile_id = ? AND received_at >= ?')
      .get(profileId, since) as { n: number }
    return Number(row.n)
  }

  /** Drops readings older than `before` (money movements are never pruned). */
  prune(before: number): number {
    return Number(this.db.prepare('DELETE FROM balance_samples WHERE received_at < ?').run(before).changes)
  }
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
