/**
 * One keychain operation at a time, and never more than one stuck.
 *
 * keytar runs each libsecret (or Keychain / Credential Manager) call on a libuv worker
 * thread, and that thread stays blocked until the OS library returns, whatever we decide
 * to wait. Giving up on a call therefore frees nobody: starting the next one would take
 * another worker, and a keychain that never answers would soon hold all four, stalling
 * file reads and DNS for the whole process. So the lane waits for the real operation to
 * settle before starting the next, and while one is past its time limit every further
 * call fails at once without reaching the OS library. When the stuck call finally
 * settles, the lane is free again.
 */

export class KeychainNotAnswering extends Error {
  constructor(readonly seconds: number) {
    super(`the keychain has not answered a request for ${seconds} s`)
    this.name = 'KeychainNotAnswering'
  }
}

/** Told once when the lane becomes stuck and once when it is free again. */
export interface LaneWatcher {
  stuck(seconds: number): void
  recovered(): void
}

interface Waiting {
  start: () => void
  fail: (error: Error) => void
}

export class KeychainLane {
  private busy = false
  private stuckOn: KeychainNotAnswering | undefined
  private readonly waiting: Waiting[] = []

  /** Whether an operation is past its time limit and still has not settled. */
  get isStuck(): boolean {
    return this.stuckOn !== undefined
  }

  /**
   * Runs `operation` once the lane is free. Rejects with KeychainNotAnswering when it takes
   * longer than `timeoutMs` (the operation itself keeps the lane until it settles), and at
   * once for every call made or waiting while the lane is stuck.
   */
  run<T>(operation: () => Promise<T>, timeoutMs: number, watcher?: LaneWatcher): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => this.start(operation, timeoutMs, watcher, resolve, reject)
      if (this.stuckOn) reject(this.stuckOn)
      else if (this.busy) this.waiting.push({ start, fail: reject })
      else start()
    })
  }

  private start<T>(
    operation: () => Promise<T>,
    timeoutMs: number,
    watcher: LaneWatcher | undefined,
    resolve: (value: T) => void,
    reject: (error: unknown) => void
  ): void {
    this.busy = true
    let gaveUp = false
    const timer = setTimeout(() => {
      gaveUp = true
      const stuck = new KeychainNotAnswering(Math.max(1, Math.round(timeoutMs / 1000)))
      this.stuckOn = stuck
      watcher?.stuck(stuck.seconds)
      reject(stuck)
      // Those queued behind it would otherwise wait for a call that may never end.
      for (const waiting of this.waiting.splice(0)) waiting.fail(stuck)
    }, timeoutMs)
    // A stuck keychain must not keep the process alive on its own.
    timer.unref()

    let settled: Promise<T>
    try {
      settled = operation()
    } catch (error) {
      settled = Promise.reject(error)
    }
    settled
      .then(
        (value) => {
          if (!gaveUp) resolve(value)
        },
        (error: unknown) => {
          if (!gaveUp) reject(error)
        }
      )
      .finally(() => {
        clearTimeout(timer)
        this.busy = false
        if (this.stuckOn) {
          this.stuckOn = undefined
          watcher?.recovered()
        }
        this.waiting.shift()?.start()
      })
  }
}
