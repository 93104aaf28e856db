import type { ManualClock } from '../clock'
import type { Timers } from '../timers'

interface Pending {
  id: number
  at: number
  callback: () => void
}

/**
 * Timers driven by a ManualClock: `advance(ms)` moves the clock and runs every timer
 * that falls due, in time order, letting promises settle between them.
 */
export class FakeTimers implements Timers {
  private pending: Pending[] = []
  private nextId = 1

  constructor(private readonly clock: ManualClock) {}

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++
    this.pending.push({ id, at: this.clock.now() + Math.max(0, ms), callback })
    return id
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== handle)
  }

  /** When the next timer is due, if any. */
  nextAt(): number | undefined {
    return this.pending.reduce<number | undefined>((min, p) => (min === undefined || p.at < min ? p.at : min), undefined)
  }

  count(): number {
    return this.pending.length
  }

  async advance(ms: number): Promise<void> {
    const until = this.clock.now() + ms
    await flush()
    for (;;) {
      const due = this.pending.filter((p) => p.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) break
      this.pending = this.pending.filter((p) => p !== due)
      if (due.at > this.clock.now()) this.clock.set(due.at)
      due.callback()
      await flush()
    }
    this.clock.set(until)
    await flush()
  }
}

/** Lets queued promise callbacks (and their follow-ups) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve()
  await new Promise((resolve) => setImmediate(resolve))
}
