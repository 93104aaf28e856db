import { setImmediate as nextTurn } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Progress } from '../src/shared/contract/core'
import { longCall, RequestId } from '../src/shared/contract/define'
import { createDispatcher } from '../src/main/desk/core/dispatch'
import { EventHub } from '../src/main/desk/core/events'
import { silentLogger } from '../src/main/util/log'
import { createDeskCaller } from '../src/renderer/desk/deskCaller'

/**
 * The renderer's side of a long call against the real dispatcher and event hub, joined the way
 * the preload and the HTTP bridge join them (a function per call name, events by name): the
 * caller names each run, sees only its own steps, and cancels it.
 */
const contract = {
  count: longCall(z.strictObject({ to: z.number().int().min(1).max(50) }), z.object({ counted: z.number() }))
}

function desk() {
  const hub = new EventHub()
  const dispatch = createDispatcher(
    contract,
    {
      count: async ({ to }, run) => {
        for (let done = 1; done <= to; done++) {
          await nextTurn()
          run.signal.throwIfAborted()
          run.progress({ stage: 'counting', done, total: to })
        }
        return { counted: to }
      }
    },
    { log: silentLogger, hub }
  )
  const caller = createDeskCaller(contract, {
    call: (name, request) => dispatch(name, request),
    onProgress: (listener) => hub.subscribe((name, payload) => name === 'progress' && listener(payload))
  })
  return { caller }
}

describe('the renderer’s long-call client', () => {
  it('names each run, hands it only its own progress, and answers', async () => {
    const { caller } = desk()
    const steps: Record<string, number[]> = {}
    const track = (id: () => string) => (step: Progress) => void (steps[id()] ??= []).push(step.done ?? -1)
    let a = ''
    let b = ''
    const runA = caller.startLongCall('count', { to: 3 }, { onProgress: track(() => a) })
    const runB = caller.startLongCall('count', { to: 2 }, { onProgress: track(() => b) })
    a = runA.requestId
    b = runB.requestId
    expect(RequestId.safeParse(a).success).toBe(true)
    expect(a).not.toBe(b)
    expect(await runA.answer).toEqual({ ok: true, value: { counted: 3 } })
    expect(await runB.answer).toEqual({ ok: true, value: { counted: 2 } })
    expect(steps).toEqual({ [a]: [1, 2, 3], [b]: [1, 2] })
  })

  it('cancels its run: the answer is kind cancelled and no step arrives after it', async () => {
    const { caller } = desk()
    const seen: number[] = []
    let cancelling: Promise<void> | undefined
    const run = caller.startLongCall(
      'count',
      { to: 40 },
      {
        onProgress: (step) => {
          seen.push(step.done ?? -1)
          if (step.done === 1) cancelling = run.cancel()
        }
      }
    )
    const answer = await run.answer
    await cancelling
    expect(answer).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    expect(seen).toEqual([1])
  })
})
