import { describe, expect, it } from 'vitest'
import { KeychainLane, KeychainNotAnswering } from './keychainLane'

/** An operation the test settles by hand, standing in for a libsecret call blocked on its worker. */
function held<T>(): { operation: () => Promise<T>; starts: () => number; settle: (value: T) => void } {
  let started = 0
  let settle: (value: T) => void = () => {}
  const promise = new Promise<T>((resolve) => (settle = resolve))
  return {
    operation: () => {
      started++
      return promise
    },
    starts: () => started,
    settle: (value) => settle(value)
  }
}

/** Lets the lane's own promise callbacks run (the settled operation frees the lane a few steps later). */
const settleCallbacks = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

function counter() {
  const seen = { stuck: 0, recovered: 0 }
  return { seen, watcher: { stuck: () => seen.stuck++, recovered: () => seen.recovered++ } }
}

describe('KeychainLane', () => {
  it('starts the next operation only after the previous one has really ended', async () => {
    const lane = new KeychainLane()
    const first = held<string>()
    const order: string[] = []
    const one = lane.run(first.operation, 60_000).then((value) => order.push(`first ${value}`))
    const two = lane.run(async () => order.push('second started'), 60_000)
    await settleCallbacks()
    expect(order).toEqual([])
    first.settle('done')
    await Promise.all([one, two])
    expect(order).toEqual(['first done', 'second started'])
  })

  it('keeps a stuck operation as the only one: later calls fail at once and never start', async () => {
    const lane = new KeychainLane()
    const { seen, watcher } = counter()
    const stuck = held<string>()
    await expect(lane.run(stuck.operation, 20, watcher)).rejects.toBeInstanceOf(KeychainNotAnswering)
    expect(lane.isStuck).toBe(true)

    let laterStarts = 0
    const later = Array.from({ length: 10 }, () =>
      lane.run(async () => {
        laterStarts++
        return 'x'
      }, 20, watcher)
    )
    for (const call of later) await expect(call).rejects.toThrow(/has not answered a request/)
    expect(laterStarts).toBe(0)
    expect(stuck.starts()).toBe(1)
    expect(seen).toEqual({ stuck: 1, recovered: 0 })

    // The stuck call ends at last: the lane is free again and says so once.
    stuck.settle('late')
    await settleCallbacks()
    expect(lane.isStuck).toBe(false)
    expect(seen).toEqual({ stuck: 1, recovered: 1 })
    expect(await lane.run(async () => 'answered', 20, watcher)).toBe('answered')
  })

  it('fails the calls already waiting behind an operation when it becomes stuck, without starting them', async () => {
    const lane = new KeychainLane()
    const stuck = held<string>()
    const first = lane.run(stuck.operation, 20)
    let waitingStarts = 0
    const waiting = [1, 2, 3].map(() =>
      lane.run(async () => {
        waitingStarts++
      }, 60_000)
    )
    await expect(first).rejects.toBeInstanceOf(KeychainNotAnswering)
    for (const call of waiting) await expect(call).rejects.toBeInstanceOf(KeychainNotAnswering)
    expect(waitingStarts).toBe(0)
  })

  it('passes an operation’s own error through and moves on to the next', async () => {
    const lane = new KeychainLane()
    await expect(lane.run(() => Promise.reject(new Error('Cannot create an item in a locked collection')), 1000)).rejects.toThrow(
      /locked collection/
    )
    await expect(
      lane.run(() => {
        throw new Error('thrown before any promise')
      }, 1000)
    ).rejects.toThrow(/thrown before/)
    expect(await lane.run(async () => 42, 1000)).toBe(42)
  })
})
