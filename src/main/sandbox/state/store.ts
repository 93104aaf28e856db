import { mkdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { chmod, mkdir, open, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { makePrivate, PRIVATE_DIR, PRIVATE_FILE } from '../../util/privateFiles'
import { STATE_VERSION, type SandboxState } from './state'

/**
 * Keeps the state on disk: one JSON file, replaced atomically (write a
 * temporary file, then rename over the old one) so a crash leaves either
 * the old or the new state, never half of one.
 *
 * Writes are coalesced: any number of changes made while a write is in
 * flight go out together in the next one. `flush()` resolves once a write
 * containing every change made before the call is on disk — the server
 * awaits it before answering, so an answer always describes saved state.
 *
 * The state (the practice account's orders and passengers) is private to the user:
 * 0600 file, 0700 folder, whatever the umask; each write is flushed to the disk
 * (file, then the folder for the rename) before it counts as saved.
 */

const FILE_NAME = 'fr24-sandbox-state.json'

/** A directory gets the sandbox's own file inside it; a path ending in .json is the file. */
export function stateFile(statePath: string): string {
  if (statePath.endsWith('.json')) return statePath
  return join(statePath, FILE_NAME)
}

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

export class StateWriter {
  private dirty = 0
  private written = 0
  private writing: Promise<void> | null = null
  private waiters: { upTo: number; resolve: () => void; reject: (e: unknown) => void }[] = []

  constructor(
    private readonly file: string | null,
    private readonly snapshot: () => SandboxState
  ) {
    if (file) {
      // New folders are private; an existing one is the caller's (`--state ./state.json` must not lock up
      // the working folder). The desk tightens its own data folder's `sandbox` folder itself.
      mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_DIR })
      try {
        statSync(dirname(file))
      } catch {
        throw new Error(`cannot use the sandbox state folder ${dirname(file)}`)
      }
    }
  }

  /** Notes that the state changed; call flush() to have it saved. */
  touch(): void {
    this.dirty++
  }

  /** Resolves when every change noted so far is on disk (at once without a file). */
  flush(): Promise<void> {
    if (!this.file || this.written >= this.dirty) return Promise.resolve()
    const upTo = this.dirty
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ upTo, resolve, reject }))
    this.pump()
    return done
  }

  private pump(): void {
    if (this.writing || !this.file) return
    if (this.written >= this.dirty) return
    const upTo = this.dirty
    // Serialise now, synchronously, so the file holds exactly the state as of `upTo`.
    const text = JSON.stringify(this.snapshot())
    const file = this.file
    const temp = `${file}.${process.pid}.tmp`
    this.writing = (async () => {
      await mkdir(dirname(file), { recursive: true, mode: PRIVATE_DIR })
      await writeDurably(file, temp, text)
    })()
    this.writing.then(
      () => {
        this.writing = null
        this.written = upTo
        this.waiters = this.waiters.filter((w) => {
          if (w.upTo <= upTo) w.resolve()
          return w.upTo > upTo
        })
        this.pump()
      },
      (error: unknown) => {
        this.writing = null
        const failed = this.waiters
        this.waiters = []
        for (const w of failed) w.reject(error)
      }
    )
  }
}

/** Temp file (0600), fsync, rename over the state, fsync of the folder (not possible on Windows). */
async function writeDurably(file: string, temp: string, text: string): Promise<void> {
  const handle = await open(temp, 'w', PRIVATE_FILE)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  if (process.platform !== 'win32') await chmod(temp, PRIVATE_FILE)
  await rename(temp, file)
  // Windows cannot open a folder to flush it; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const folder = await open(dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
