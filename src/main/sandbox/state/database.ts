import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import { makePrivate, moveDatabaseAside, PRIVATE_DIR, SQLITE_COMPANIONS, touchPrivate } from '../../util/privateFiles'
import type { LedgerEntry, LedgerState } from './ledger'
import { STATE_VERSION, type SandboxState } from './state'
import { COLLECTIONS, raw, type CollectionName } from './tracked'

/**
 * The sandbox's state in SQLite: one row per record as JSON text — an order,
 * an ancillary order, a search, a hold, a seat… (`records`), one per ledger
 * entry (`ledger_entries`), and the few scalars (clock offset, numbering, the
 * wallet's cash and credit) in one `meta` row. A change writes the rows it
 * touched, in one transaction, so its cost does not grow with the orders.
 *
 * WAL with synchronous=FULL: a transaction is on the disk when save() returns,
 * and the server answers only after it (the guarantee the JSON file gave).
 * Private to the user: the file is made 0600 before SQLite opens it (the -wal
 * and -shm get its mode); a new folder 0700, an existing one left as it is
 * (`--state ./state.json` must not lock up the working folder).
 */

const SCHEMA_VERSION = 1
/** SQLite's primary result codes for a file that is not (or no longer) a database. */
const SQLITE_CORRUPT = 11
const SQLITE_NOTADB = 26

/** What changed since the last save: records reached per collection, holds made or ended. */
export interface Changes {
  records: Record<CollectionName, ReadonlySet<string>>
  holds: ReadonlySet<string>
}

type Kind = CollectionName | 'holds'

interface Meta {
  version: number
  appKey: string
  clockOffsetMs: number
  serial: SandboxState['serial']
  ledger: Omit<LedgerState, 'holds' | 'entries'>
}

export class UnreadableState extends Error {}

/** Whether an error says the file is not a readable database (as opposed to locked or read-only). */
export function isCorruption(error: unknown): boolean {
  if (error instanceof UnreadableState || error instanceof SyntaxError) return true
  const code = (error as { errcode?: unknown } | null)?.errcode
  return typeof code === 'number' && ((code & 0xff) === SQLITE_CORRUPT || (code & 0xff) === SQLITE_NOTADB)
}

export class StateDatabase {
  private readonly db: DatabaseSync
  private readonly upsert: StatementSync
  private readonly remove: StatementSync
  private readonly addEntry: StatementSync
  private readonly putMeta: StatementSync
  /** Ledger entries up to this number are in the file. */
  private entriesSaved = 0
  private open = true

  /** Opens (creating) the file; throws UnreadableState or SQLite's error when it is not a usable state file. */
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR })
    touchPrivate(path)
    for (const suffix of SQLITE_COMPANIONS) makePrivate(`${path}${suffix}`)
    checkReadable(path)
    this.db = new DatabaseSync(path)
    try {
      this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 2000;')
      const { user_version: version } = this.db.prepare('PRAGMA user_version').get() as { user_version: number }
      if (Number(version) > SCHEMA_VERSION) throw new UnreadableState(`written by a newer sandbox (schema ${version})`)
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, key));
        CREATE TABLE IF NOT EXISTS ledger_entries (seq INTEGER PRIMARY KEY, value TEXT NOT NULL);
        PRAGMA user_version = ${SCHEMA_VERSION};
      `)
      this.upsert = this.db.prepare('INSERT INTO records (kind, key, value) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value')
      this.remove = this.db.prepare('DELETE FROM records WHERE kind = ? AND key = ?')
      this.addEntry = this.db.prepare('INSERT OR REPLACE INTO ledger_entries (seq, value) VALUES (?, ?)')
      this.putMeta = this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('state', ?)")
    } catch (error) {
      this.db.close()
      throw error
    }
  }

  /** The saved state, or null when the file holds none yet. Throws UnreadableState when a row cannot be read. */
  load(): SandboxState | null {
    const state = readState(this.db)
    this.entriesSaved = state?.ledger.entries.length ?? 0
    return state
  }

  /** Writes the changes (everything, when `changes` is null) in one transaction. */
  save(state: SandboxState, changes: Changes | null): void {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      if (changes === null) {
        this.db.exec('DELETE FROM records; DELETE FROM ledger_entries;')
        this.entriesSaved = 0
        for (const c of COLLECTIONS) this.writeAll(c, raw(state[c] as Record<string, unknown>))
        this.writeAll('holds', state.ledger.holds)
      } else {
        for (const c of COLLECTIONS) this.writeSome(c, raw(state[c] as Record<string, unknown>), changes.records[c])
        this.writeSome('holds', state.ledger.holds, changes.holds)
      }
      const entries = state.ledger.entries
      for (let i = this.entriesSaved; i < entries.length; i++) {
        const entry = entries[i] as LedgerEntry
        this.addEntry.run(entry.seq, JSON.stringify(entry))
      }
      const { holds: _holds, entries: _entries, ...ledger } = state.ledger
      const meta: Meta = { version: state.version, appKey: state.appKey, clockOffsetMs: state.clockOffsetMs, serial: state.serial, ledger }
      this.putMeta.run(JSON.stringify(meta))
      this.db.exec('COMMIT')
      this.entriesSaved = entries.length
    } catch (error) {
      try {
        this.db.exec('ROLLBACK')
      } catch {
        // SQLite rolled back by itself (a full disk, an I/O error): nothing is left to undo.
      }
      throw error
    }
  }

  close(): void {
    if (!this.open) return
    this.open = false
    this.db.close()
  }

  private writeAll(kind: Kind, records: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(records)) this.upsert.run(kind, key, JSON.stringify(value))
  }

  private writeSome(kind: Kind, records: Record<string, unknown>, keys: ReadonlySet<string>): void {
    for (const key of keys) {
      const value = records[key]
      if (value === undefined) this.remove.run(kind, key)
      else this.upsert.run(kind, key, JSON.stringify(value))
    }
  }
}

/**
 * `PRAGMA quick_check` on a read-only connection (a read-write one that closes would fold
 * the -wal into a damaged file before it is set aside): reads every page, which is what a
 * torn write or a garbage file breaks.
 */
function checkReadable(path: string): void {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    const rows = db.prepare('PRAGMA quick_check').all() as Record<string, unknown>[]
    const problems = rows.map((row) => String(Object.values(row)[0])).filter((line) => line !== 'ok')
    if (problems.length > 0) throw new UnreadableState(`quick_check: ${problems.slice(0, 3).join('; ')}`)
  } finally {
    db.close()
  }
}

/** Moves the file and its -wal/-shm aside under one `<file>.unreadable-<UTC time>` name; returns it. */
export function setAsideDatabase(path: string, at: number): string {
  return moveDatabaseAside(path, 'unreadable', at)
}

/** The state saved in an open database (also on a read-only connection: tests look at the file with one). */
export function readState(db: DatabaseSync): SandboxState | null {
  const metaRow = db.prepare("SELECT value FROM meta WHERE key = 'state'").get() as { value: string } | undefined
  if (!metaRow) return null
  const meta = JSON.parse(metaRow.value) as Meta
  if (meta.version !== STATE_VERSION || typeof meta.ledger !== 'object' || typeof meta.serial !== 'object') throw new UnreadableState('unknown state version')
  const collections = Object.fromEntries([...COLLECTIONS, 'holds'].map((kind) => [kind, {}])) as Record<Kind, Record<string, unknown>>
  // Row by row (iterate, not all): 10,000 orders are some 50 MB of JSON text, not worth holding twice.
  for (const row of db.prepare('SELECT kind, key, value FROM records ORDER BY rowid').iterate() as IterableIterator<{ kind: string; key: string; value: string }>) {
    const target = collections[row.kind as Kind]
    if (!target) throw new UnreadableState(`unknown kind of record ${row.kind}`)
    target[row.key] = JSON.parse(row.value) as unknown
  }
  const entries: LedgerEntry[] = []
  for (const row of db.prepare('SELECT value FROM ledger_entries ORDER BY seq').iterate() as IterableIterator<{ value: string }>) entries.push(JSON.parse(row.value) as LedgerEntry)
  const { holds, ...rest } = collections
  return {
    version: meta.version,
    appKey: meta.appKey,
    clockOffsetMs: meta.clockOffsetMs,
    serial: meta.serial,
    ledger: { ...meta.ledger, holds: holds as LedgerState['holds'], entries },
    ...(rest as unknown as Pick<SandboxState, CollectionName>)
  }
}
