import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from './clock'
import { backoffDelay, Poller, type PollOutcome, type PollerDeps } from './poller'
import { FakeTimers, flush } from './testing/fakeTimers'

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0)
const SEC = 1000
const MIN = 60 * SEC

/** Work whose answers the test gives by hand, one per run. */
class Work {
  starts: number[] = []
  private waiting: Array<{ resolve: (v: string) => void; reject: (e: unknown) => void }> = []
  constructor(private readonly clock: ManualClock) {}
  run = (): Promise<string> => {
    this.starts.push(this.clock.now() - T0)
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }))
  }
  answer(value: string): void {
    this.waiting.shift()?.resolve(value)
  }
  fail(error: unknown): void {
    this.waiting.shift()?.reject(error)
  }
  get open(): number {
    return this.waiting.length
  }
}

describe('backoffDelay', () => {
  it('doubles from the minimum to the maximum, and jitter takes off at most its share', () => {
    const backoff = { minMs: 30 * SEC, maxMs: 10 * MIN }
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map((n) => backoffDelay(n, backoff))).toEqual([
      0,
      30 * SEC,
      MIN,
      2 * MIN,
      4 * MIN,
      8 * MIN,
      10 * MIN,
      10 * MIN,
      10 * MIN
    ])
    expect(backoffDelay(2, { ...backoff, jitter: 0.5, random: () => 0 })).toBe(MIN)
    expect(backoffDelay(2, { ...backoff, jitter: 0.5, random: () => 1 })).toBe(30 * SEC)
    expect(backoffDelay(2, { ...backoff, jitter: 0.25, random: () => 0.5 })).toBe(52_500)
  })
})

describe('poller', () => {
  let clock: ManualClock
  let timers: FakeTimers
  let work: Work
  let outcomes: PollOutcome<string>[]
  let changes: number
  let interval: number
  let poller: Poller<string>

  function newPoller(overrides: Partial<PollerDeps<string>> = {}): Poller<string> {
    return new Poller<string>({
      clock,
      timers,
      run: work.run,
      intervalMs: () => interval,
      backoff: { minMs: 30 * SEC, maxMs: 4 * MIN },
      timeoutMs: MIN,
      timeoutError: () => new Error('timed out'),
      onOutcome: (outcome) => outcomes.push(outcome),
      onChange: () => changes++,
      ...overrides
    })
  }

  beforeEach(() => {
    clock = new ManualClock(T0)
    timers = new FakeTimers(clock)
    work = new Work(clock)
    outcomes = []
    changes = 0
    interval = 3 * MIN
    poller = newPoller()
    poller.start()
  })
  afterEach(() => poller.stop())

  it('runs on now(), then on the interval it reads each time', async () => {
    const first = poller.now()
    expect(poller.busy).toBe(true)
    work.answer('a')
    await first
    expect(outcomes).toEqual([{ ok: true, value: 'a' }])
    expect(poller.nextAt).toBe(T0 + 3 * MIN)
    interval = MIN
    await timers.advance(3 * MIN)
    work.answer('b')
    await flush()
    await timers.advance(MIN)
    expect(work.starts).toEqual([0, 3 * MIN, 4 * MIN])
    expect(changes).toBeGreaterThanOrEqual(4)
  })

  it('backs off after failures up to the maximum, and a success resets it', async () => {
    void poller.now()
    const waits = [30 * SEC, MIN, 2 * MIN, 4 * MIN, 4 * MIN]
    for (const wait of waits) {
      work.fail(new Error('down'))
      await flush()
      expect(poller.nextAt).toBe(clock.now() + wait)
      await timers.advance(wait)
    }
    expect(poller.failures).toBe(5)
    work.answer('up')
    await flush()
    expect(poller.failures).toBe(0)
    expect(poller.nextAt).toBe(clock.now() + 3 * MIN)
    const gaps = work.starts.slice(1).map((at, i) => at - work.starts[i]!)
    expect(gaps).toEqual(waits)
  })

  it('now() during a run joins it; with queue, exactly one more run follows', async () => {
    const a = poller.now()
    const b = poller.now()
    void poller.now({ queue: true })
    void poller.now({ queue: true })
    expect(work.starts).toHaveLength(1)
    work.answer('first')
    await Promise.all([a, b])
    await flush()
    expect(work.starts).toHaveLength(2)
    work.answer('second')
    await flush()
    expect(work.starts).toHaveLength(2)
    expect(outcomes.map((o) => o.ok && o.value)).toEqual(['first', 'second'])
  })

  it('nextWithinMs shortens the wait after that run only', async () => {
    void poller.now({ nextWithinMs: 30 * SEC })
    work.answer('money')
    await flush()
    expect(poller.nextAt).toBe(T0 + 30 * SEC)
    await timers.advance(30 * SEC)
    work.answer('follow-up')
    await flush()
    expect(poller.nextAt).toBe(T0 + 30 * SEC + 3 * MIN)
  })

  it('drops the answer of a run from before a restart (an account switch)', async () => {
    void poller.now()
    poller.restart()
    void poller.now()
    expect(work.open).toBe(2)
    work.answer('old account')
    await flush()
    expect(outcomes).toEqual([])
    work.answer('new account')
    await flush()
    expect(outcomes).toEqual([{ ok: true, value: 'new account' }])
    expect(poller.generation).toBe(1)
  })

  it('a run that does not settle in time fails with the timeout error; its late answer is ignored', async () => {
    void poller.now()
    await timers.advance(MIN)
    expect(outcomes).toHaveLength(1)
    expect(outcomes[0]).toMatchObject({ ok: false, error: { message: 'timed out' } })
    expect(poller.nextAt).toBe(clock.now() + 30 * SEC)
    work.answer('too late')
    await flush()
    expect(outcomes).toHaveLength(1)
  })

  it('stop() leaves no timer, ignores the run under way and refuses new runs', async () => {
    void poller.now()
    poller.stop()
    work.answer('after stop')
    await flush()
    await poller.now()
    expect(outcomes).toEqual([])
    expect(work.starts).toHaveLength(1)
    expect(timers.count()).toBe(0)
    expect(poller.nextAt).toBeUndefined()
  })

  it('schedule() replaces the plan', async () => {
    void poller.now()
    work.answer('a')
    await flush()
    poller.schedule(10 * SEC)
    expect(poller.nextAt).toBe(T0 + 10 * SEC)
    expect(timers.count()).toBe(1)
    await timers.advance(10 * SEC)
    expect(work.starts).toEqual([0, 10 * SEC])
  })
})
