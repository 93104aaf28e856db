import { describe, expect, it } from 'vitest'
import type { DeskError, Result } from '../../shared/errors'
import { startFeed, stopFeeds, type Feed } from './feed'

/** A load answered when the test says so, in the order the test chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (cause: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** A feed over in-memory ports: loads wait in a queue, events are sent by hand; what it applied is recorded. */
function recordedFeed() {
  const loads: Array<ReturnType<typeof deferred<Result<number>>>> = []
  const listeners = new Set<(value: number) => void>()
  const applied: number[] = []
  const failed: DeskError[] = []
  const feed: Feed<number> = {
    name: 'counter',
    load: () => {
      const next = deferred<Result<number>>()
      loads.push(next)
      return next.promise
    },
    follow: (apply) => {
      listeners.add(apply)
      return () => listeners.delete(apply)
    },
    apply: (value) => applied.push(value),
    fail: (error) => failed.push(error)
  }
  const send = (value: number) => listeners.forEach((listener) => listener(value))
  return { feed, loads, listeners, applied, failed, send }
}

describe('feeds', () => {
  it('follows the event before the first load answers, so nothing sent meanwhile is missed', async () => {
    const r = recordedFeed()
    const running = startFeed(r.feed)
    expect(r.listeners.size).toBe(1)
    r.send(1)
    r.loads[0]!.resolve({ ok: true, value: 2 })
    await running.loaded
    r.send(3)
    expect(r.applied).toEqual([1, 2, 3])
  })

  it('a failed load goes to fail, and events still arrive', async () => {
    const r = recordedFeed()
    const running = startFeed(r.feed)
    r.loads[0]!.resolve({ ok: false, error: { kind: 'network', message: 'main did not answer' } })
    await running.loaded
    expect(r.failed.map((e) => e.kind)).toEqual(['network'])
    r.send(5)
    expect(r.applied).toEqual([5])
  })

  it('a load that throws is a bug in the window, reported as internal', async () => {
    const r = recordedFeed()
    const running = startFeed(r.feed)
    r.loads[0]!.reject(new TypeError('window.desk is missing'))
    await running.loaded
    expect(r.failed).toEqual([expect.objectContaining({ kind: 'internal', action: 'report-bug' })])
    expect(r.failed[0]!.message).toContain('counter')
  })

  it('refresh loads again; an answer overtaken by a newer refresh is dropped', async () => {
    const r = recordedFeed()
    const running = startFeed(r.feed)
    r.loads[0]!.resolve({ ok: true, value: 1 })
    await running.loaded
    const older = running.refresh()
    const newer = running.refresh()
    r.loads[2]!.resolve({ ok: true, value: 30 })
    await newer
    r.loads[1]!.resolve({ ok: true, value: 20 })
    await older
    expect(r.applied).toEqual([1, 30])
  })

  it('once stopped, it stops following and drops answers still on their way', async () => {
    const r = recordedFeed()
    const other = recordedFeed()
    const running = [startFeed(r.feed), startFeed(other.feed)]
    stopFeeds(running)
    expect(r.listeners.size).toBe(0)
    expect(other.listeners.size).toBe(0)
    r.loads[0]!.resolve({ ok: true, value: 1 })
    await running[0]!.loaded
    r.send(2)
    expect(r.applied).toEqual([])
    running[0]!.stop()
    expect(r.listeners.size).toBe(0)
  })
})
