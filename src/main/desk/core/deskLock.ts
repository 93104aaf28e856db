import { randomUUID } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { hostname as osHostname, uptime } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import type { AppInfo } from '../../../shared/domain/app'
import { makePrivate, PRIVATE_FILE, syncFolder } from '../../util/privateFiles'

/**
 * One desk per data folder: two desks writing one settings file and one journal would
 * overwrite each other's accounts and money records. Electron's single-instance lock
 * does not see the browser host, so the data folder itself carries the lock:
 * `desk.lock`, created with O_EXCL, naming the process that holds it. A lock left by
 * a desk that died (its pid is gone on this host, or the machine restarted since) is
 * taken over.
 */
export const LOCK_FILE = 'desk.lock'

const Holder = z.object({
  pid: z.number().int().positive(),
  shell: z.string(),
  hostname: z.string(),
  startedAt: z.string(),
  /** When the machine started (ms): a lock from before a restart is stale whatever its pid is now. */
  bootedAt: z.number().optional(),
  token: z.string()
})
export type LockHolder = z.infer<typeof Holder>

/** Boot times computed from uptime drift with clock corrections; a restart moves them by far more. */
const SAME_BOOT_MS = 60_000

/** A lock that cannot be read and was written this recently may be a desk starting right now. */
const UNREADABLE_GRACE_MS = 10_000

export class DeskLockedError extends Error {
  override name = 'DeskLockedError'
  constructor(
    message: string,
    readonly holder: LockHolder | undefined
  ) {
    super(message)
  }
}

export interface DeskLock {
  readonly file: string
  release(): void
}

export interface LockOptions {
  shell: AppInfo['shell']
  now?: () => number
  hostname?: string
  /** Is this pid a running process on this host? */
  isAlive?: (pid: number) => boolean
  /** When this machine started (ms since epoch). */
  bootedAt?: number
}

export function acquireDeskLock(dataDir: string, options: LockOptions): DeskLock {
  const file = join(dataDir, LOCK_FILE)
  const now = options.now ?? Date.now
  const host = options.hostname ?? osHostname()
  const bootedAt = options.bootedAt ?? Math.round(now() - uptime() * 1000)
  const isAlive = options.isAlive ?? processIsAlive
  const mine: LockHolder = {
    pid: process.pid,
    shell: options.shell,
    hostname: host,
    startedAt: new Date(now()).toISOString(),
    bootedAt,
    token: randomUUID()
  }

  // Twice at most: once, and once more after taking over a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file, mine)) return { file, release: () => release(file, mine.token) }
    const found = readHolder(file)
    if (found.kind === 'gone') continue
    const verdict = judge(found, { host, bootedAt, isAlive, now: now() })
    if (verdict !== 'stale') throw new DeskLockedError(lockedMessage(found.kind === 'holder' ? found.holder : undefined, dataDir, options.shell), found.kind === 'holder' ? found.holder : undefined)
    takeOver(file, found)
  }
  throw new DeskLockedError(lockedMessage(undefined, dataDir, options.shell), undefined)
}

type Found = { kind: 'holder'; holder: LockHolder; text: string } | { kind: 'unreadable'; text: string; ageMs: number } | { kind: 'gone' }

/** Decides, from what the lock says, whether another desk may still be using the folder. */
export function judge(
  found: Exclude<Found, { kind: 'gone' }>,
  here: { host: string; bootedAt: number; isAlive: (pid: number) => boolean; now: number }
): 'held' | 'stale' {
  switch (found.kind) {
    case 'unreadable':
      // A crash between creating and writing the lock leaves it empty; a desk starting right now does too.
      return found.ageMs < UNREADABLE_GRACE_MS ? 'held' : 'stale'
    case 'holder': {
      const { holder } = found
      // Another machine (a shared folder): its processes cannot be checked from here.
      if (holder.hostname !== here.host) return 'held'
      if (holder.bootedAt !== undefined && Math.abs(holder.bootedAt - here.bootedAt) > SAME_BOOT_MS) return 'stale'
      return here.isAlive(holder.pid) ? 'held' : 'stale'
    }
    default: {
      const unreachable: never = found
      return unreachable
    }
  }
}

export function lockedMessage(holder: LockHolder | undefined, dataDir: string, shell: AppInfo['shell']): string {
  const who = holder
    ? `pid ${holder.pid}, ${holder.shell === 'electron' ? 'desktop app' : 'browser host'}${holder.hostname ? ` on ${holder.hostname}` : ''}, started ${holder.startedAt}`
    : 'another process is starting it'
  const next = shell === 'browser-host' ? 'Close it or choose another --data-dir.' : 'Close it, then start FR24 Desk again.'
  return `FR24 Desk is already running on this data folder (${who}). ${next} Data folder: ${dataDir}`
}

function tryCreate(file: string, holder: LockHolder): boolean {
  let fd: number
  try {
    fd = openSync(file, 'wx', PRIVATE_FILE)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, JSON.stringify(holder))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  makePrivate(file)
  syncFolder(join(file, '..'))
  return true
}

function readHolder(file: string): Found {
  let text: string
  let mtimeMs: number
  try {
    text = readFileSync(file, 'utf8')
    mtimeMs = statSync(file).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' }
    throw error
  }
  try {
    const parsed = Holder.safeParse(JSON.parse(text))
    if (parsed.success) return { kind: 'holder', holder: parsed.data, text }
  } catch {
    // fall through: unreadable
  }
  return { kind: 'unreadable', text, ageMs: Date.now() - mtimeMs }
}

/**
 * Removes a stale lock, but only if it still says what was judged stale: another desk
 * taking it over at the same moment may already have put its own lock there.
 */
function takeOver(file: string, judged: Exclude<Found, { kind: 'gone' }>): void {
  try {
    if (readFileSync(file, 'utf8') !== judged.text) return
    unlinkSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

function release(file: string, token: string): void {
  try {
    const found = readHolder(file)
    // Only our own lock: after a takeover (we were judged dead) the file may belong to another desk.
    if (found.kind === 'holder' && found.holder.token === token) unlinkSync(file)
  } catch {
    // A lock we cannot remove is stale once this process ends; the next desk takes it over.
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
