import { createHash } from 'node:crypto'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Clock } from '../util/clock'
import { ensurePrivateDir, makePrivate, touchPrivate } from '../util/privateFiles'
import { JournalError } from './errors'

/** One numbered step of the schema (see migrations/). */
export interface Migration {
  version: number
  /** snake_case, as in the file name. */
  name: string
  sql: string
}

/** A row of `schema_migrations`: what this file has run. */
export interface AppliedMigration {
  version: number
  name: string
  checksum: string
  appliedAt: number
}

/**
 * Opens the SQLite file with the journal's pragmas: WAL with synchronous=FULL, so a row
 * is on disk before the call it records leaves the machine. `:memory:` for tests.
 */
export function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') prepareJournalFiles(path)
  const db = new DatabaseSync(path)
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;')
  } catch (error) {
    db.close()
    throw error
  }
  return db
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

/** Runs `work` in one write transaction (taken at once, so two writers never interleave). */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** sha256 of the migration's SQL, exactly as written: any edit changes it. */
export function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql, 'utf8').digest('hex')
}

export function appliedMigrations(db: DatabaseSync): AppliedMigration[] {
  if (!hasMigrationTable(db)) return []
  const rows = db.prepare('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version').all() as unknown as {
    version: number
    name: string
    checksum: string
    applied_at: number
  }[]
  return rows.map((row) => ({ version: Number(row.version), name: row.name, checksum: row.checksum, appliedAt: Number(row.applied_at) }))
}

/**
 * Brings the file to the newest schema this build knows, one migration per transaction,
 * recording each in `schema_migrations` (version, name, checksum, applied_at) and in
 * `PRAGMA user_version` (what a desk from before `schema_migrations` reads to refuse a
 * newer file). Refuses a file from a newer desk, and a file on which a migration ran
 * whose SQL differs from this build's: its tables are not what this code expects.
 *
 * A file from before `schema_migrations` (user_version only) has its versions recorded
 * with this build's checksums: those migrations shipped unchanged. Returns the versions run.
 */
export function migrate(db: DatabaseSync, migrations: readonly Migration[], clock: Clock): number[] {
  assertOrdered(migrations)
  const latest = migrations.at(-1)?.version ?? 0
  const version = userVersion(db)
  // Before writing anything: a newer desk's file is left exactly as it is.
  const newest = Math.max(version, ...appliedMigrations(db).map((m) => m.version))
  if (newest > latest) {
    throw new JournalError('newer-schema', `the journal was written by a newer FR24 Desk (schema ${newest}); update the app`)
  }
  const known = transaction(db, () => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT    NOT NULL,
      checksum   TEXT    NOT NULL,
      applied_at INTEGER NOT NULL
    )`)
    const applied = appliedMigrations(db)
    if (applied.length === 0 && version > 0) {
      for (const migration of migrations.filter((m) => m.version <= version)) record(db, migration, clock.now())
      return appliedMigrations(db)
    }
    return applied
  })

  for (const applied of known) {
    const migration = migrations.find((m) => m.version === applied.version)
    if (!migration) {
      throw new JournalError('migration-changed', `the journal ran migration ${applied.version} (${applied.name}), which this FR24 Desk does not have`)
    }
    const expected = checksum(migration)
    if (applied.checksum !== expected) {
      throw new JournalError(
        'migration-changed',
        `the journal ran migration ${applied.version} (${applied.name}) with checksum ${applied.checksum.slice(0, 12)}…, ` +
          `but this FR24 Desk has ${expected.slice(0, 12)}… for it; the tables may not be what it expects, so it will not use the file`
      )
    }
  }

  const done = new Set(known.map((m) => m.version))
  const ran: number[] = []
  for (const migration of migrations) {
    if (done.has(migration.version)) continue
    transaction(db, () => {
      db.exec(migration.sql)
      record(db, migration, clock.now())
      db.exec(`PRAGMA user_version = ${migration.version}`)
    })
    ran.push(migration.version)
  }
  return ran
}

function record(db: DatabaseSync, migration: Migration, at: number): void {
  db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(
    migration.version,
    migration.name,
    checksum(migration),
    at
  )
}

function userVersion(db: DatabaseSync): number {
  const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number }
  return Number(version)
}

function hasMigrationTable(db: DatabaseSync): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`)
  })
}
