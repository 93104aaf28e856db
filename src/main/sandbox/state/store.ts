import { readFileSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Logger } from '../../util/log'
import { makePrivate, setAsideName, syncFolder } from '../../util/privateFiles'
import { isCorruption, setAsideDatabase, StateDatabase, type Changes } from './database'
import { STATE_VERSION, type SandboxState } from './state'

/**
 * Where the state lives on disk: a SQLite file (database.ts), one row per
 * order, ancillary order, ledger entry, search…, changed a few rows at a time.
 * Sandboxes before it kept one JSON file, rewritten whole on every change;
 * such a file is read once, into the database, and then kept aside.
 */

const BASE_NAME = 'fr24-sandbox-state'

export interface StatePaths {
  /** The SQLite file (with its -wal and -shm beside it while open). */
  database: string
  /** Where an older sandbox kept its JSON state: imported once if the database holds none. */
  legacyJson: string
}

/**
 * A folder gets the sandbox's own files inside it; `state.json` (the older form of the option)
 * means `state.sqlite` beside it, importing `state.json`; `.sqlite` or `.db` is the database itself.
 */
export function statePaths(statePath: string): StatePaths {
  const ext = /\.(json|sqlite|db)$/.exec(statePath)
  if (!ext) return { database: join(statePath, `${BASE_NAME}.sqlite`), legacyJson: join(statePath, `${BASE_NAME}.json`) }
  const stem = statePath.slice(0, -ext[0].length)
  return ext[1] === 'json' ? { database: `${stem}.sqlite`, legacyJson: statePath } : { database: statePath, legacyJson: `${stem}.json` }
}

/** An older sandbox's JSON state; null when there is none, or when it was unreadable (then it is set aside). */
export function loadState(file: string): SandboxState | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  // Written world-readable by older versions.
  makePrivate(file)
  try {
    const parsed = JSON.parse(text) as SandboxState
    if (parsed.version !== STATE_VERSION || typeof parsed.ledger !== 'object' || typeof parsed.orders !== 'object') {
      throw new Error('unknown state version')
    }
    return parsed
  } catch {
    // Keep the unreadable file for inspection and start afresh rather than refuse to start.
    const aside = `${file}.unreadable-${Date.now()}`
    renameSync(file, aside)
    makePrivate(aside)
    return null
  }
}


export interface StateStore {
  save(state: SandboxState, changes: Changes | null): void
  close(): void
}

/**
 * Opens the state file: the database as saved; or, when it holds nothing yet, an older
 * sandbox's JSON state imported into it (the JSON then kept aside as
 * `<file>.imported-<UTC time>`, never deleted); or nothing (a fresh start). A database
 * that cannot be read is set aside with its -wal/-shm (`<file>.unreadable-<UTC time>`),
 * reported, and a fresh one started; a locked or read-only one is refused (SQLite's error).
 */
export function openStateStore(paths: StatePaths, deps: { log?: Logger | undefined; at: number }): { store: StateStore; saved: SandboxState | null } {
  let db: StateDatabase | null = null
  let saved: SandboxState | null
  try {
    db = new StateDatabase(paths.database)
    saved = db.load()
  } catch (error) {
    db?.close()
    if (!isCorruption(error)) throw error
    const aside = setAsideDatabase(paths.database, deps.at)
    deps.log?.warn('sandbox: the state file could not be read; it was set aside and the sandbox started afresh', {
      file: aside,
      reason: error instanceof Error ? error.message : String(error)
    })
    db = new StateDatabase(paths.database)
    saved = null
  }
  if (saved === null) {
    const legacy = loadState(paths.legacyJson)
    if (legacy) {
      db.save(legacy, null)
      const kept = setAsideName(paths.legacyJson, 'imported', deps.at)
      renameSync(paths.legacyJson, kept)
      makePrivate(kept)
      syncFolder(dirname(kept))
      deps.log?.info('sandbox: the JSON state of an older sandbox was imported into the state database and kept aside', { file: kept })
      saved = legacy
    }
  }
  return { store: db, saved }
}
