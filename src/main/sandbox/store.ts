import { mkdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
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
  try {
    const parsed = JSON.parse(text) as SandboxState
    if (parsed.version !== STATE_VERSION || typeof parsed.ledger !== 'object' || typeof parsed.orders !== 'object') {
      throw new Error('unknown state version')
    }
    return parsed
  } catch {
    // Keep the unreadable file for inspection and start afresh rather than refuse to start.
    renameSync(file, `${file}.unreadable-${Date.now()}`)
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
      mkdirSync(dirname(file), { recursive: true })
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
      await mkdir(dirname(file), { recursive: true })
      await writeFile(temp, text, 'utf8')
      await rename(temp, file)
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
