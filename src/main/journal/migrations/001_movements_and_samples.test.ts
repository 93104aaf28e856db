import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../../util/clock'
import { appliedMigrations, checksum } from '../db'
import { Journal } from '../journal'
import { migration001 } from './001_movements_and_samples'
import { migration002 } from './002_orders'
import { MIGRATIONS } from '.'

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0)
/**
 * A journal written by the first release (schema 1 in `PRAGMA user_version`, before
 * `schema_migrations` existed), made with that release's Journal class: two readings, a
 * booking that succeeded (order O-V1, deadline 2026-11-20 11:00 UTC) and its payment left
 * uncertain. See test/fixtures/journal/README.md.
 */
const V1_FIXTURE = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'journal', 'v1.sqlite')
const V1_AT = Date.UTC(2026, 10, 20, 9, 0, 0)

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fr24-migration-001-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const tables = (path: string): string[] => {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
      (row) => row.name
    )
  } finally {
    db.close()
  }
}

describe('migration 001: movements and samples', () => {
  it('is the first migration', () => {
    expect(MIGRATIONS[0]).toBe(migration001)
    expect(migration001).toMatchObject({ version: 1, name: 'movements_and_samples' })
  })

  it('from empty: creates both tables and records itself', () => {
    const path = join(dir, 'journal.sqlite')
    const clock = new ManualClock(T0)
    const journal = new Journal(path, clock)
    journal.samples.add('sandbox', { currency: 'CNY', balance: '1.00', creditLimit: '0', payable: '0', receivedAt: T0 })
    const intent = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', amount: '1', currency: 'CNY' })
    journal.close()
    // 002 (orders) runs after it on a fresh file; its own tables are checked in its test.
    expect(tables(path)).toEqual(['balance_samples', 'money_movements', 'order_history', 'order_travellers', 'orders', 'schema_migrations'])
    const raw = new DatabaseSync(path, { readOnly: true })
    expect(appliedMigrations(raw)).toEqual([
      { version: 1, name: 'movements_and_samples', checksum: checksum(migration001), appliedAt: T0 },
      { version: 2, name: 'orders', checksum: checksum(migration002), appliedAt: T0 }
    ])
    raw.close()
    const again = new Journal(path, clock)
    expect(again.movements.get(intent.id)?.state).toBe('pending')
    again.close()
  })

  it('from the first release (user_version 1, no record): keeps every row and records 001 as applied', () => {
    const path = join(dir, 'journal.sqlite')
    copyFileSync(V1_FIXTURE, path)
    expect(tables(path)).toEqual(['balance_samples', 'money_movements'])

    const journal = new Journal(path, new ManualClock(T0))
    expect(journal.samples.since('sandbox', 0).map((s) => s.balance)).toEqual(['50000.00', '42243.00'])
    expect(journal.movements.get('mv_v1_booking')).toMatchObject({ state: 'succeeded', orderNo: 'O-V1', payDeadline: V1_AT + 2 * 3_600_000 })
    expect(journal.movements.get('mv_v1_ticketing')).toMatchObject({ state: 'uncertain', note: 'TIMEOUT', amount: '7757' })
    expect(journal.movements.committedNotDeducted('sandbox', 'CNY')).toBe('7757')
    journal.close()

    const raw = new DatabaseSync(path, { readOnly: true })
    expect(appliedMigrations(raw)).toEqual([
      { version: 1, name: 'movements_and_samples', checksum: checksum(migration001), appliedAt: T0 },
      { version: 2, name: 'orders', checksum: checksum(migration002), appliedAt: T0 }
    ])
    raw.close()
  })
})
