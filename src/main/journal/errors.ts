/**
 * What can go wrong with the journal, as kinds of its own. The desk maps them at its edge
 * (the journal knows nothing of the desk):
 * - corrupted: the file is not a readable SQLite journal (it is set aside, never replaced in place);
 * - readonly: the file or its folder cannot be written (permissions, a full or read-only disk);
 * - locked: another program holds the file;
 * - newer-schema: a newer FR24 Desk wrote it; this one must not guess at its tables;
 * - migration-changed: a migration already applied to this file has different SQL in this build;
 * - refused: a write the journal does not accept (a negative amount, a final state changed).
 */
export type JournalErrorKind = 'corrupted' | 'readonly' | 'locked' | 'newer-schema' | 'migration-changed' | 'refused'

export class JournalError extends Error {
  override name = 'JournalError'

  constructor(
    readonly kind: JournalErrorKind,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** SQLite's primary result codes (the low byte of an extended code). */
const SQLITE_BUSY = 5
const SQLITE_LOCKED = 6
const SQLITE_READONLY = 8
const SQLITE_CORRUPT = 11
const SQLITE_CANTOPEN = 14
const SQLITE_NOTADB = 26

/** The journal kind of an error node:sqlite raised, if it is one of the file's own failures. */
export function sqliteFailureKind(error: unknown): Extract<JournalErrorKind, 'corrupted' | 'readonly' | 'locked'> | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode
  if (typeof code !== 'number') return undefined
  switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return 'corrupted'
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return 'readonly'
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return 'locked'
    default:
      return undefined
  }
}
