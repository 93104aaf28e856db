import { describe, expect, it } from 'vitest'
import { DatabaseSync } from 'node:sqlite'
import { ManualClock } from '../util/clock'
import { appliedMigrations, checksum, migrate, type Migration } from './db'
import { JournalError } from './errors'

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0)
const one: Migration = { version: 1, name: 'things', sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT NOT NULL);' }
const two: Migration = { version: 2, name: 'things_colour', sql: "ALTER TABLE things ADD COLUMN colour TEXT NOT NULL DEFAULT 'grey';" }

function memory(): DatabaseSync {
  return new DatabaseSync(':memory:')
}

const userVersion = (db: DatabaseSync) => Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version)

describe('journal migrations (db.ts)', () => {
  it('runs each migration once, in order, and records version, name, checksum and time', () => {
    const db = memory()
    const clock = new ManualClock(T0)
    expect(migrate(db, [one], clock)).toEqual([1])
    clock.advance(1000)
    expect(migrate(db, [one, two], clock)).toEqual([2])
    expect(migrate(db, [one, two], clock)).toEqual([])
    expect(appliedMigrations(db)).toEqual([
      { version: 1, name: 'things', checksum: checksum(one), appliedAt: T0 },
      { version: 2, name: 'things_colour', checksum: checksum(two), appliedAt: T0 + 1000 }
    ])
    expect(checksum(one)).toMatch(/^[0-9a-f]{64}$/)
    expect(userVersion(db)).toBe(2)
    db.prepare("INSERT INTO things (label) VALUES ('a')").run()
    expect(db.prepare('SELECT colour FROM things').get()).toEqual({ colour: 'grey' })
    db.close()
  })

  it('refuses a file on which an applied migration had other SQL, and changes nothing', () => {
    const db = memory()
    migrate(db, [one], new ManualClock(T0))
    const edited: Migration = { ...one, sql: `${one.sql} -- tidied` }
    let refusal: unknown
    try {
      migrate(db, [edited, two], new ManualClock(T0))
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(JournalError)
    expect(refusal).toMatchObject({ kind: 'migration-changed', message: expect.stringMatching(/migration 1 \(things\) with checksum/) })
    // Migration 2 did not run on a file whose tables are not what the code expects.
    expect(appliedMigrations(db).map((m) => m.version)).toEqual([1])
    expect(userVersion(db)).toBe(1)
    db.close()
  })

  it('refuses a file from a newer desk without writing to it', () => {
    const db = memory()
    db.exec('PRAGMA user_version = 7')
    expect(() => migrate(db, [one, two], new ManualClock(T0))).toThrow(/newer FR24 Desk \(schema 7\)/)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'schema_migrations'").get()).toBeUndefined()
    db.close()

    const recorded = memory()
    migrate(recorded, [one, two], new ManualClock(T0))
    let refusal: unknown
    try {
      migrate(recorded, [one], new ManualClock(T0))
    } catch (error) {
      refusal = error
    }
    expect(refusal).toMatchObject({ kind: 'newer-schema' })
    recorded.close()
  })

  it('a failing migration leaves the file at the version before it', () => {
    const db = memory()
    const broken: Migration = { version: 2, name: 'broken', sql: 'ALTER TABLE nothing_here ADD COLUMN x TEXT;' }
    expect(() => migrate(db, [one, broken], new ManualClock(T0))).toThrow(/no such table/)
    expect(appliedMigrations(db).map((m) => m.version)).toEqual([1])
    expect(userVersion(db)).toBe(1)
    db.close()
  })

  it('refuses a list of migrations with a gap in its numbers', () => {
    expect(() => migrate(memory(), [two], new ManualClock(T0))).toThrow(/expected 1/)
  })
})
