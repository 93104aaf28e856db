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
/** Schema 1 as the first release wrote it (see test/fixtures/journal/README.md). */
const V1_FIXTURE = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'journal', 'v1.sqlite')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fr24-migration-002-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const columns = (path: string, table: string): string[] => {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
  } finally {
    db.close()
  }
}

const ORDER = {
  profileId: 'sandbox',
  orderNo: '15803203776942080',
  partnerOrderNo: 'DESK-A1',
  environment: 'sandbox' as const,
  route: 'SIN–HKG',
  departLocal: '2026-04-15T09:00',
  departZone: 'Asia/Singapore',
  tripStart: Date.UTC(2026, 3, 15, 1, 0),
  tripEnd: Date.UTC(2026, 3, 15, 5, 0),
  travellers: [{ name: 'TAN/WEI', paxType: 'ADT' as const, birthday: '1985-06-15' }],
  extras: [],
  currency: 'CNY',
  total: '1234.50',
  payDeadline: T0 + 3_600_000,
  state: 'unpaid' as const,
  fr24Status: '11',
  payment: 'none' as const,
  bookedAt: T0
}

describe('migration 002: orders', () => {
  it('is the second migration', () => {
    expect(MIGRATIONS[1]).toBe(migration002)
    expect(migration002).toMatchObject({ version: 2, name: 'orders' })
  })

  it('from empty: orders and their history, with no column for a document number', () => {
    const path = join(dir, 'journal.sqlite')
    const journal = new Journal(path, new ManualClock(T0))
    journal.orders.record(ORDER)
    journal.close()
    const orderColumns = columns(path, 'orders')
    expect(orderColumns).toEqual(
      expect.arrayContaining(['order_no', 'partner_order_no', 'profile_id', 'environment', 'route', 'depart_local', 'depart_zone', 'travellers', 'currency', 'total', 'pay_deadline', 'state', 'fr24_status', 'payment', 'booked_at', 'updated_at'])
    )
    expect(orderColumns.filter((c) => /card|document|passport/i.test(c))).toEqual([])
    expect(columns(path, 'order_history')).toEqual(['id', 'profile_id', 'order_no', 'state', 'fr24_status', 'payment', 'at'])
    // The duplicate guard's index of who flies: name and birthday only, never a document.
    expect(columns(path, 'order_travellers')).toEqual(['profile_id', 'order_no', 'name', 'birthday'])
    const again = new Journal(path, new ManualClock(T0))
    expect(again.orders.get('sandbox', ORDER.orderNo)).toMatchObject({ total: '1234.5', travellers: ORDER.travellers, state: 'unpaid' })
    again.close()
  })

  it('from the first release (schema 1): keeps every movement and reading, adds the orders tables, records 001 and 002', () => {
    const path = join(dir, 'journal.sqlite')
    copyFileSync(V1_FIXTURE, path)
    const journal = new Journal(path, new ManualClock(T0))
    expect(journal.movements.get('mv_v1_booking')).toMatchObject({ state: 'succeeded', orderNo: 'O-V1' })
    expect(journal.movements.get('mv_v1_ticketing')).toMatchObject({ state: 'uncertain', amount: '7757' })
    expect(journal.samples.since('sandbox', 0)).toHaveLength(2)
    expect(journal.orders.list('sandbox')).toEqual([])
    journal.orders.record(ORDER)
    expect(journal.orders.list('sandbox').map((o) => o.orderNo)).toEqual([ORDER.orderNo])
    journal.close()

    const raw = new DatabaseSync(path, { readOnly: true })
    expect(appliedMigrations(raw)).toEqual([
      { version: 1, name: 'movements_and_samples', checksum: checksum(migration001), appliedAt: T0 },
      { version: 2, name: 'orders', checksum: checksum(migration002), appliedAt: T0 }
    ])
    expect(Number((raw.prepare('PRAGMA user_version').get() as { user_version: number }).user_version)).toBe(2)
    raw.close()
  })
})
