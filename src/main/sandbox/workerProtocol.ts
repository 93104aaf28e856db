import type { LogFields, LogLevel } from '../util/log'
import type { SandboxOptions } from './index'

/**
 * What the desk's main thread and the Sandbox's worker thread (worker.ts ↔ workerMain.ts) say to
 * each other over the worker's message port. FR24 traffic never goes this way: the desk reaches
 * the Sandbox over HTTP on 127.0.0.1, exactly as it reaches FR24.
 */

/** The worker's start-up options: SandboxOptions as plain data (structured-cloned), without the clock and the logger. */
export type SandboxWorkerData = Omit<SandboxOptions, 'clock' | 'log'> & {
  /**
   * One BigInt64 cell: the desk's clock minus real time, in ms. The main thread writes it, the
   * worker's clock adds it to its own Date.now(), so both threads read the same time without a
   * message per reading.
   */
  clockOffset: SharedArrayBuffer
}

export type ToWorker =
  | { type: 'control'; id: number; name: string; params: Record<string, unknown> }
  | { type: 'close' }

export type FromWorker =
  | { type: 'listening'; url: string; port: number }
  | { type: 'failed'; message: string }
  | { type: 'answer'; id: number; ok: true; value: unknown }
  | { type: 'answer'; id: number; ok: false; message: string }
  | { type: 'log'; level: LogLevel; message: string; fields?: LogFields }
  | { type: 'closed' }

/** The offset cell's view; both threads use this one. */
export function clockOffsetCell(buffer: SharedArrayBuffer): BigInt64Array {
  return new BigInt64Array(buffer, 0, 1)
}
