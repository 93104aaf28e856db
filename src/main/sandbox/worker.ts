import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { systemClock, type Clock } from '../util/clock'
import { createLogger, type Logger } from '../util/log'
import type { SandboxHandle } from './index'
import { clockOffsetCell, type FromWorker, type SandboxWorkerData, type ToWorker } from './workerProtocol'

/**
 * The Sandbox on a worker thread of its own (the desk's embedded one): a 2,000-offer answer takes
 * the Sandbox up to a second of uninterrupted work, which on the desk's event loop would hold up
 * every contract call, IPC and the tray meanwhile. A worker_threads Worker rather than Electron's
 * utilityProcess: it runs the same in Electron's main process, in the browser host and under
 * plain Node in tests, and needs no electron import below src/main/electron.
 *
 * The desk still reaches it over HTTP on 127.0.0.1, as it reaches FR24; only the few calls that
 * are not FR24's (the control operations, Settings → "Reset sandbox", the clock) cross the
 * worker's message port.
 */

export type SandboxWorkerOptions = Omit<SandboxWorkerData, 'clockOffset'> & {
  /**
   * The desk's clock. The worker cannot read it, so it gets the clock's distance from real time
   * (at start, before every control call, and on syncClock()) and adds real time to it: with the
   * system clock that is the same time exactly; a ManualClock is matched at each sync and runs on
   * with real time in between.
   */
  clock?: Clock
  /** Where the Sandbox's log lines go (default: JSON lines on the console). */
  log?: Logger
}

export interface SandboxWorker extends SandboxHandle {
  /** One control operation by name (control/control.ts `call`), answered by the worker; no token needed. */
  control(name: string, params?: Record<string, unknown>): Promise<unknown>
  /** Hands the worker the desk clock's reading now (after a test moved its ManualClock). */
  syncClock(): void
  /** The worker thread's id, for the desk's diagnostics and tests. */
  threadId: number
}

/** Where the worker's entry is: next to this file from source (tsx, Vitest), beside index.js when built. */
function workerEntry(): { url: URL; execArgv?: string[] } {
  const here = import.meta.url
  // electron.vite.config.ts builds workerMain.ts as out/main/sandboxWorker.js, beside the main bundle.
  if (!here.endsWith('.ts')) return { url: new URL('./sandboxWorker.js', here) }
  const url = new URL('./workerMain.ts', here)
  // Under tsx the worker inherits tsx's loader with process.execArgv; under Vitest it must be given it.
  if (process.execArgv.some((arg) => arg.includes('tsx'))) return { url }
  const tsxLoader = pathToFileURL(createRequire(here).resolve('tsx')).href
  return { url, execArgv: [...process.execArgv, '--import', tsxLoader] }
}

export async function startSandboxWorker(options: SandboxWorkerOptions): Promise<SandboxWorker> {
  const { clock = systemClock, log = createLogger(), ...data } = options
  const clockOffset = new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT)
  const offset = clockOffsetCell(clockOffset)
  const syncClock = (): void => {
    // The system clock is real time itself: nothing to hand over (and no ±1 ms between two readings).
    if (clock !== systemClock) Atomics.store(offset, 0, BigInt(Math.round(clock.now() - Date.now())))
  }
  syncClock()

  const entry = workerEntry()
  const workerData: SandboxWorkerData = { ...data, clockOffset }
  const worker = new Worker(entry.url, { workerData, ...(entry.execArgv ? { execArgv: entry.execArgv } : {}) })
  const threadId = worker.threadId

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let nextId = 1
  let gone: Error | null = null
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))

  const started = new Promise<{ url: string; port: number }>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'listening':
          resolve({ url: message.url, port: message.port })
          return
        case 'failed':
          reject(new Error(message.message))
          return
        case 'answer': {
          const waiting = pending.get(message.id)
          pending.delete(message.id)
          if (message.ok) waiting?.resolve(message.value)
          else waiting?.reject(new Error(message.message))
          return
        }
        case 'log':
          log[message.level](message.message, message.fields)
          return
        case 'closed':
          return
      }
    })
    worker.once('error', (error) => {
      // Before it listens: the start fails. Afterwards: the Sandbox account stops answering, said once in the log.
      reject(error)
      log.error('the Sandbox thread stopped', { error })
    })
    worker.once('exit', (code) => {
      gone = new Error(`the Sandbox thread has stopped (exit code ${code})`)
      reject(gone)
      for (const waiting of pending.values()) waiting.reject(gone)
      pending.clear()
    })
  })

  let address: { url: string; port: number }
  try {
    address = await started
  } catch (error) {
    await worker.terminate()
    throw error
  }

  const control = (name: string, params: Record<string, unknown> = {}): Promise<unknown> => {
    if (gone) return Promise.reject(gone)
    syncClock()
    const id = nextId++
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject })
      worker.postMessage({ type: 'control', id, name, params } satisfies ToWorker)
    })
  }

  let closing: Promise<void> | null = null
  return {
    ...address,
    threadId,
    syncClock,
    control,
    reset: async () => {
      await control('reset')
    },
    close: () => {
      closing ??= (async () => {
        if (gone) return
        worker.postMessage({ type: 'close' } satisfies ToWorker)
        // The worker closes its server, writes its state and ends by itself; a thread that does not is ended.
        const stuck = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS)
        await exited
        clearTimeout(stuck)
      })()
      return closing
    }
  }
}

/** How long a closing Sandbox thread may take to write its state before it is ended. */
const CLOSE_GRACE_MS = 5_000
