import { DatabaseSync } from 'node:sqlite'
import { readState } from '../state/database'
import type { SandboxState } from '../state/state'

/** What the state file holds right now, read on a connection of the test's own (read-only). */
export function savedState(file: string): SandboxState | null {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    return readState(db)
  } finally {
    db.close()
  }
}
