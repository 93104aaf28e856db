import type { Clock } from './clock'
import { systemTimers, type Timers } from './timers'

/** Waits after failures: `minMs`, doubling to `maxMs`; `jitter` (0..1) takes up to that share off at random. */
export interface Backoff {
  minMs: number
  maxMs: number
  jitter?: number
  /** For tests; Math.random by default. */
  random?: () => number
}

/** How long to wait after `failures` runs in a row have failed (≥ 1; 0 for none). */
export function backoffDelay(failures: number, backoff: Backoff): number {
  if (failures <= 0) return 0
  const exponent = Math.min(failures - 1, 30)
  const full = Math.min(backoff.minMs * 2 ** exponent, backoff.maxMs)
  const jitter = Math.min(Math.max(backoff.jitter ?? 0, 0), 1)
  if (jitter === 0) return full
  return Math.round(full * (1 - jitter * (backoff.random ?? Math.random)()))
}

/** One run's end, handed over only while its generation is current. */
export type PollOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

export interface PollerDeps<T> {
  clock: Clock
  timers?: Timers
  /** The work of one run. */
  run: () => Promise<T>
  /** The wait between successful runs; asked again each time (the agent may change it). */
  intervalMs: () => number
  backoff: Backoff
  /** A run that has not settled by then fails with `timeoutError()`; its late answer is ignored. */
  timeoutMs: number
  timeoutError: () => unknown
  /** Each run's outcome, before the next run is planned. Never called for a stale generation. */
  onOutcome: (outcome: PollOutcome<T>) => void
  /** After a run starts and after the next one is planned: the time to redraw. */
  onChange?: () => void
}

export interface RunRequest {
  /** If a run is under way, ask for one more after it (instead of joining it). */
  queue?: boolean
  /** After this run succeeds, wait at most this long for the next one (a follow-up read). */
  nextWithinMs?: number
}

/**
 * Runs a piece of work now and then: on an interval after successes, backing off after
 * failures, at once on `now()`. Each `restart()` (an account switch) and `stop()` starts a
 * new generation: a run of an older generation may still answer, and its answer is dropped,
 * so nothing it says lands on the new account. A run that hangs fails after `timeoutMs`.
 */
export class Poller<T> {
  private readonly timers: Timers
  private running = false
  private generationNo = 0
  private failureCount = 0
  private inFlight: Promise<void> | undefined
  private queued: RunRequest | undefined
  private handle: unknown
  private next: number | undefined
  private lastStart: number | undefined

  constructor(private readonly deps: PollerDeps<T>) {
    this.timers = deps.timers ?? systemTimers
  }

  /** Bumped by restart() and stop(); answers of an older one are dropped. */
  get generation(): number {
    return this.generationNo
  }

  /** Runs failed in a row (0 after a success). */
  get failures(): number {
    return this.failureCount
  }

  get busy(): boolean {
    return this.inFlight !== undefined
  }

  /** When the next planned run is due, if one is planned. */
  get nextAt(): number | undefined {
    return this.next
  }

  /** When the latest run started. */
  get lastStartedAt(): number | undefined {
    return this.lastStart
  }

  /** Allows runs; plans none by itself (call now() for the first). */
  start(): void {
    this.running = true
  }

  /** No more runs; a run under way is forgotten and its answer dropped. */
  stop(): void {
    this.running = false
    this.restart()
  }

  /** Starts over (a new generation): the failure count, the plan and any run under way are dropped. */
  restart(): void {
    this.generationNo++
    this.inFlight = undefined
    this.queued = undefined
    this.failureCount = 0
    this.lastStart = undefined
    this.clear()
  }

  /**
   * Runs now, or joins the run under way (with `queue`, one more run follows it; several
   * such requests during one run still make one). Resolves when that run has settled.
   */
  now(request: RunRequest = {}): Promise<void> {
    if (!this.running) return Promise.resolve()
    if (this.inFlight) {
      if (request.queue) this.queued = { ...this.queued, ...request }
      return this.inFlight
    }
    return this.begin(request)
  }

  /** Plans the next run `delayMs` from now, replacing the plan. */
  schedule(delayMs: number): void {
    this.clear()
    if (!this.running) return
    this.next = this.deps.clock.now() + delayMs
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined
      this.next = undefined
      void this.now()
    }, delayMs)
  }

  private begin(request: RunRequest): Promise<void> {
    const generation = this.generationNo
    this.clear()
    this.lastStart = this.deps.clock.now()
    const settled = this.withTimeout(this.deps.run()).then(
      (value): PollOutcome<T> => ({ ok: true, value }),
      (error: unknown): PollOutcome<T> => ({ ok: false, error })
    )
    const done = settled.then((outcome) => {
      if (generation !== this.generationNo) return
      this.failureCount = outcome.ok ? 0 : this.failureCount + 1
      this.deps.onOutcome(outcome)
      this.inFlight = undefined
      if (!this.running) return
      const queued = this.queued
      if (queued) {
        this.queued = undefined
        void this.begin(queued)
        return
      }
      let delay = this.deps.intervalMs()
      if (this.failureCount > 0) delay = backoffDelay(this.failureCount, this.deps.backoff)
      else if (request.nextWithinMs !== undefined) delay = Math.min(delay, request.nextWithinMs)
      this.schedule(delay)
      this.deps.onChange?.()
    })
    this.inFlight = done
    this.deps.onChange?.()
    return done
  }

  private withTimeout(work: Promise<T>): Promise<T> {
    let handle: unknown
    const timeout = new Promise<never>((_, reject) => {
      handle = this.timers.setTimeout(() => reject(this.deps.timeoutError()), this.deps.timeoutMs)
    })
    return Promise.race([work, timeout]).finally(() => this.timers.clearTimeout(handle))
  }

  private clear(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle)
    this.handle = undefined
    this.next = undefined
  }
}
