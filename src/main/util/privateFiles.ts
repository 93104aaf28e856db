import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  writeSync
} from 'node:fs'
import { dirname } from 'node:path'

/**
 * Files in the data folder hold the agent's accounts, balances and orders: they are
 * private to the user (0600 files, 0700 folders) whatever the umask says, and a file the
 * desk cannot read is set aside under a new name, never deleted or written over.
 */
export const PRIVATE_FILE = 0o600
export const PRIVATE_DIR = 0o700

/** Windows has no POSIX modes: chmod there only toggles read-only, so the calls are skipped. */
const POSIX_MODES = process.platform !== 'win32'

/** Creates the folder (and missing parents) as 0700 and tightens an existing one. */
export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR })
  if (POSIX_MODES) chmodSync(path, PRIVATE_DIR)
}

/** Tightens an existing file (one written by an older desk, or by SQLite from a 0644 main file). */
export function makePrivate(path: string): void {
  if (!POSIX_MODES) return
  try {
    chmodSync(path, PRIVATE_FILE)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/** Creates an empty 0600 file if there is none, so whatever opens it later inherits the mode. */
export function touchPrivate(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE))
  makePrivate(path)
}

/**
 * Replaces `path` with `text` so that a crash or power cut leaves either the old or the
 * new file, complete: write a temporary file, flush it to the disk, rename it over the
 * old one, then flush the folder so the rename itself is on the disk.
 */
export function writeFileDurably(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`
  const fd = openSync(temp, 'w', PRIVATE_FILE)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  makePrivate(temp)
  renameSync(temp, path)
  syncFolder(dirname(path))
}

/** Flushes a folder's entries (a rename, a new file) to the disk. */
export function syncFolder(path: string): void {
  // Windows cannot open a folder for fsync (EISDIR/EPERM); NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * `settings.json` + 'damaged' → `settings.json.damaged-20261201T115310Z`, with `-2`, `-3`…
 * when that name is taken (two set-asides in one second), so nothing is written over.
 * UTC, and no colons: Windows refuses them in file names.
 */
export function setAsideName(path: string, label: string, at: number): string {
  const stamp = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
  const base = `${path}.${label}-${stamp}`
  let candidate = base
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

/** Moves an unreadable file out of the way under a set-aside name; returns that name. */
export function moveAside(path: string, label: string, at: number): string {
  const target = setAsideName(path, label, at)
  renameSync(path, target)
  makePrivate(target)
  syncFolder(dirname(path))
  return target
}

/** The files SQLite keeps beside a database in WAL mode. */
export const SQLITE_COMPANIONS = ['-wal', '-shm'] as const

/**
 * Moves an SQLite database and its -wal/-shm aside under one set-aside name, so the copy opens
 * with its own -wal beside it; returns that name. The -wal goes first: left behind, SQLite would
 * replay it into the fresh file.
 */
export function moveDatabaseAside(path: string, label: string, at: number): string {
  const target = setAsideName(path, label, at)
  for (const suffix of SQLITE_COMPANIONS) {
    if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${target}${suffix}`)
  }
  renameSync(path, target)
  for (const name of [target, ...SQLITE_COMPANIONS.map((suffix) => `${target}${suffix}`)]) makePrivate(name)
  syncFolder(dirname(path))
  return target
}

/** Keeps a copy of a file before it is rewritten; returns the copy's name. */
export function copyAside(path: string, label: string, at: number): string {
  const target = setAsideName(path, label, at)
  copyFileSync(path, target, constants.COPYFILE_EXCL)
  makePrivate(target)
  syncFolder(dirname(path))
  return target
}
