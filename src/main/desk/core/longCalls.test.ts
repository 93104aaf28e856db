import { setImmediate as nextTurn } from 'node:timers/promises'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import type { Progress } from '../../../shared/contract/core'
import { call, longCall, NoArgs, pick, RequestId } from '../../../shared/contract/define'
import { silentLogger } from '../../util/log'
import { createDispatcher, type LongCallRun } from './dispatch'
import { EventHub } from './events'
import { failure } from './failure'

/**
 * Long calls through the real dispatcher and the real event hub: a handler that counts through
 * its steps (one turn of the event loop each, as a search waits on FR24 between pages), reports
 * each step and stops where it can once cancelled.
 */
const contract = {
  count: longCall(z.strictObject({ to: z.number().int().min(1).max(50) }), z.object({ counted: z.number() })),
  /** Sends its one write at the first step: once sent, a cancel cannot take it back. */
  commit: longCall(NoArgs, z.object({ sent: z.boolean() })),
  /** Refuses once cancelled, with a failure that says more than "cancelled". */
  refuseWhenCancelled: longCall(NoArgs, z.string()),
  greet: call(z.strictObject({ name: z.string().max(20) }), z.string()),
  /** Answers at once and keeps its reporter, to report later. */
  early: longCall(NoArgs, z.string())
}

let kept: LongCallRun | undefined

async function count({ to }: { to: number }, run: LongCallRun) {
  for (let done = 1; done <= to; done++) {
    await nextTurn()
    run.signal.throwIfAborted()
    run.progress({ stage: 'counting', done, total: to })
  }
  return { counted: to }
}

function setup() {
  const hub = new EventHub()
  const progress: Progress[] = []
  hub.subscribe((name, payload) => {
    if (name === 'progress') progress.push(payload as Progress)
  })
  let clock = 1_000
  const log = { ...silentLogger, error: vi.fn() }
  const countSpy = vi.fn(count)
  const dispatch = createDispatcher(
    contract,
    {
      count: countSpy,
      commit: async (_request, run) => {
        run.progress({ stage: 'sending' })
        await nextTurn()
        return { sent: true }
      },
      refuseWhenCancelled: async (_request, run) => {
        await nextTurn()
        await nextTurn()
        if (run.signal.aborted) throw failure({ kind: 'uncertain', message: 'Stopped after sending: check the order.', action: 'check-order' })
        return 'finished'
      },
      greet: ({ name }) => `hello ${name}`,
      early: (_request, run) => {
        kept = run
        run.progress({ stage: 'answering' })
        return 'answered'
      }
    },
    { log, hub, now: () => (clock += 5) }
  )
  return { dispatch, hub, progress, log, countSpy }
}

describe('long calls: request id, progress, cancel', () => {
  it('reports each step in order under the caller’s request id, then answers', async () => {
    const { dispatch, progress } = setup()
    const answer = await dispatch('count', { to: 3, requestId: 'r_steps' })
    expect(answer).toEqual({ ok: true, value: { counted: 3 } })
    expect(progress.map(({ requestId, call, stage, done, total }) => ({ requestId, call, stage, done, total }))).toEqual([
      { requestId: 'r_steps', call: 'count', stage: 'counting', done: 1, total: 3 },
      { requestId: 'r_steps', call: 'count', stage: 'counting', done: 2, total: 3 },
      { requestId: 'r_steps', call: 'count', stage: 'counting', done: 3, total: 3 }
    ])
    const elapsed = progress.map((p) => p.elapsedMs)
    expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b))
    expect(elapsed[0]).toBeGreaterThan(0)
  })

  it('stops a run mid-way on cancel: the answer is kind cancelled and no step comes after it', async () => {
    const { dispatch, hub, progress, log } = setup()
    const cancels: unknown[] = []
    // The window cancels as soon as it sees the second step.
    hub.subscribe((name, payload) => {
      if (name === 'progress' && (payload as Progress).done === 2) cancels.push(dispatch('cancel', { requestId: 'r_stop' }))
    })
    const answer = await dispatch('count', { to: 40, requestId: 'r_stop' })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    expect(await Promise.all(cancels)).toEqual([{ ok: true, value: { cancelled: true } }])
    expect(progress.map((p) => p.done)).toEqual([1, 2])
    expect(progress.every((p) => p.requestId === 'r_stop')).toBe(true)
    // A cancelled run is not a bug: nothing is logged as a handler failure.
    expect(log.error).not.toHaveBeenCalled()
    // The run is over: cancelling it again finds nothing running.
    expect(await dispatch('cancel', { requestId: 'r_stop' })).toEqual({ ok: true, value: { cancelled: false } })
  })

  it('cancels only the run it names', async () => {
    const { dispatch, hub, progress } = setup()
    hub.subscribe((name, payload) => {
      const step = payload as Progress
      if (name === 'progress' && step.requestId === 'r_a' && step.done === 1) void dispatch('cancel', { requestId: 'r_a' })
    })
    const [a, b] = await Promise.all([dispatch('count', { to: 5, requestId: 'r_a' }), dispatch('count', { to: 5, requestId: 'r_b' })])
    expect(a).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    expect(b).toEqual({ ok: true, value: { counted: 5 } })
    expect(progress.filter((p) => p.requestId === 'r_b').map((p) => p.done)).toEqual([1, 2, 3, 4, 5])
  })

  it('answers what really happened when the handler finishes in spite of the cancel', async () => {
    const { dispatch, hub } = setup()
    hub.subscribe((name) => {
      if (name === 'progress') void dispatch('cancel', { requestId: 'r_sent' })
    })
    expect(await dispatch('commit', { requestId: 'r_sent' })).toEqual({ ok: true, value: { sent: true } })
    const refused = dispatch('refuseWhenCancelled', { requestId: 'r_refuse' })
    expect(await dispatch('cancel', { requestId: 'r_refuse' })).toEqual({ ok: true, value: { cancelled: true } })
    expect(await refused).toEqual({
      ok: false,
      error: { kind: 'uncertain', message: 'Stopped after sending: check the order.', action: 'check-order' }
    })
  })

  it('drops a step reported after the answer: the window already has the outcome', async () => {
    const { dispatch, progress } = setup()
    expect(await dispatch('early', { requestId: 'r_early' })).toEqual({ ok: true, value: 'answered' })
    kept?.progress({ stage: 'late' })
    expect(progress.map((p) => p.stage)).toEqual(['answering'])
  })

  it('gives a run without a request id one of its own, carried by its progress', async () => {
    const { dispatch, progress } = setup()
    expect(await dispatch('count', { to: 2 })).toEqual({ ok: true, value: { counted: 2 } })
    const ids = new Set(progress.map((p) => p.requestId))
    expect(ids.size).toBe(1)
    expect(RequestId.safeParse([...ids][0]).success).toBe(true)
  })

  it('refuses a malformed request id, and one already running, before the handler', async () => {
    const { dispatch, countSpy } = setup()
    for (const requestId of ['', 'has space', 'x'.repeat(65), 7]) {
      expect(await dispatch('count', { to: 1, requestId })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    }
    expect(countSpy).not.toHaveBeenCalled()
    const first = dispatch('count', { to: 3, requestId: 'r_twice' })
    expect(await dispatch('count', { to: 1, requestId: 'r_twice' })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(await first).toEqual({ ok: true, value: { counted: 3 } })
    expect(countSpy).toHaveBeenCalledOnce()
  })

  it('keeps a short call short: a request id there is an unknown field', async () => {
    const { dispatch } = setup()
    expect(await dispatch('greet', { name: 'Li', requestId: 'r_short' })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(await dispatch('greet', { name: 'Li' })).toEqual({ ok: true, value: 'hello Li' })
  })

  it('validates cancel like any call, and a cancel for an unknown run finds nothing', async () => {
    const { dispatch } = setup()
    expect(await dispatch('cancel', {})).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(await dispatch('cancel', { requestId: 'r_none', extra: 1 })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(await dispatch('cancel', { requestId: 'r_none' })).toEqual({ ok: true, value: { cancelled: false } })
  })
})

describe('a dispatcher for a slice of a contract', () => {
  it('serves exactly the picked calls, with exactly their handlers', async () => {
    const dispatch = createDispatcher(pick(contract, ['greet']), { greet: ({ name }) => `hi ${name}` }, { log: silentLogger })
    expect(await dispatch('greet', { name: 'Wu' })).toEqual({ ok: true, value: 'hi Wu' })
    expect(await dispatch('count', { to: 1 })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    // The dispatcher's own call is there in every slice.
    expect(await dispatch('cancel', { requestId: 'r_none' })).toEqual({ ok: true, value: { cancelled: false } })
    // A handler for a call outside the slice is refused by the compiler.
    // @ts-expect-error count is not in the slice
    createDispatcher(pick(contract, ['greet']), { greet: () => 'hi', count }, { log: silentLogger })
  })
})
