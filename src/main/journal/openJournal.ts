import { DatabaseSync } from 'node:sqlite'
import type { Clock } from '../util/clock'
import type { Logger } from '../util/log'
import { moveDatabaseAside } from '../util/privateFiles'
import { prepareJournalFiles } from './db'
import { JournalError, sqliteFailureKind } from './errors'
import { Journal } from './journal'

/** SQLite keeps a journal in up to three files; they only make sense together. */

/** How opening the journal file went; each failure is a kind of its own, with SQLite's words. */
export type JournalOpening =
  | { kind: 'opened'; journal: Journal }
  | { kind: 'corrupted'; reason: string }
  | { kind: 'readonly'; reason: string }
  | { kind: 'locked'; reason: string }

/** A damaged journal moved aside: where it went and what the check said. */
export interface JournalSetAside {
  file: string
  reason: string
}

/**
 * Opens the journal file, creating it private (0600) first: SQLite gives the -wal and
 * -shm files the main file's mode, so that one mode covers all three.
 *
 * The start-up check is `PRAGMA quick_check`: it reads every page and checks the b-tree
 * structure, which is what a torn write or a garbage page breaks. `integrity_check` also
 * cross-checks every index against its table; on a journal of 10k readings and 10k
 * movements (2.6 MB, `npx tsx bench/journal.ts`) it took ~32 ms against ~8 ms, and grows
 * faster with the file, for index faults that reads survive. quick_check it is.
 */
export function openJournalFile(path: string, clock: Clock): JournalOpening {
  prepareJournalFiles(path)
  try {
    const problems = quickCheck(path)
    if (problems.length > 0) return { kind: 'corrupted', reason: `quick_check: ${problems.slice(0, 3).join('; ')}`.slice(0, 400) }
    return { kind: 'opened', journal: new Journal(path, clock) }
  } catch (error) {
    const kind = sqliteFailureKind(error)
    if (kind) return { kind, reason: error instanceof Error ? error.message : String(error) }
    throw error
  }
}

/**
 * The journal the desk runs on. A corrupted one is moved aside with its -wal/-shm
 * (`journal.sqlite.corrupted-<UTC time>`, never deleted nor replaced in place), logged and
 * handed to `onSetAside` (the desk shows it as a notice), and a fresh one started, so the
 * desk stays usable; the set-aside file still holds the old rows for whoever recovers them.
 * A journal that is read-only or locked throws a JournalError of that kind with a sentence
 * saying so: a fresh one would hide the agent's records.
 */
export function openJournal(
  path: string,
  deps: { clock: Clock; log: Logger; onSetAside: (aside: JournalSetAside) => void }
): Journal {
  const first = openJournalFile(path, deps.clock)
  if (first.kind === 'opened') return first.journal
  if (first.kind !== 'corrupted') throw new JournalError(first.kind, failureSentence(first, path))

  const file = setAsideJournal(path, deps.clock.now())
  deps.log.error('the journal was damaged and was set aside; a fresh journal was started', { reason: first.reason, file })
  deps.onSetAside({ file, reason: first.reason })
  const fresh = openJournalFile(path, deps.clock)
  if (fresh.kind !== 'opened') throw new JournalError(fresh.kind, failureSentence(fresh, path))
  return fresh.journal
}

/**
 * Moves the journal and its companions under one timestamped name, so the set-aside
 * `journal.sqlite.corrupted-<time>` opens with its own `-wal` beside it. Returns its name.
 */
export function setAsideJournal(path: string, at: number): string {
  return moveDatabaseAside(path, 'corrupted', at)
}

function quickCheck(path: string): string[] {
  // Read-only: a read-write connection that closes checkpoints the -wal into the main file and deletes
  // it, which would change a damaged journal before it is set aside (only the -shm index is rebuilt).
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    const rows = db.prepare('PRAGMA quick_check').all() as { quick_check?: string }[]
    return rows.map((row) => String(row.quick_check ?? Object.values(row)[0])).filter((line) => line !== 'ok')
  } finally {
    db.close()
  }
}

function failureSentence(failure: Exclude<JournalOpening, { kind: 'opened' }>, path: string): string {
  switch (failure.kind) {
    case 'corrupted':
      return `The journal ${path} is damaged and a fresh one could not be started (${failure.reason}).`
    case 'readonly':
      return `The journal ${path} cannot be written (${failure.reason}). Check the data folder's permissions and free space.`
    case 'locked':
      return `The journal ${path} is locked by another program (${failure.reason}). Close it and start FR24 Desk again.`
    default: {
      const unreachable: never = failure
      return unreachable
    }
  }
}
