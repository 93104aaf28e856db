import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { call, NoArgs } from '../../../shared/contract/define'
import { silentLogger } from '../../util/log'
import { forgetSecret, registerSecret } from '../../util/redact'
import { createDispatcher } from './dispatch'
import { failure } from './failure'

const contract = {
  greet: call(z.strictObject({ name: z.string().max(20), times: z.number().int().min(1).max(3) }), z.string()),
  explode: call(NoArgs, z.string()),
  refuse: call(NoArgs, z.string()),
  lie: call(NoArgs, z.number())
}

function setup() {
  const greet = vi.fn((req: { name: string; times: number }) => `hello ${req.name}`.repeat(req.times))
  const log = { ...silentLogger, error: vi.fn() }
  const dispatch = createDispatcher(
    contract,
    {
      greet,
      explode: () => {
        throw new Error('database password is hunter2 at /var/lib/fr24/secret')
      },
      refuse: () => {
        throw failure({ kind: 'auth', message: 'The keychain is locked.', action: 'unlock-keychain' })
      },
      lie: () => 'not a number' as unknown as number
    },
    { log }
  )
  return { dispatch, greet, log }
}

describe('dispatcher', () => {
  it('runs a valid call and returns its value', async () => {
    const { dispatch } = setup()
    expect(await dispatch('greet', { name: 'Li', times: 2 })).toEqual({ ok: true, value: 'hello Lihello Li' })
  })

  it.each([
    ['wrong type', { name: 7, times: 1 }],
    ['extra field', { name: 'Li', times: 1, admin: true }],
    ['oversized string', { name: 'x'.repeat(21), times: 1 }],
    ['missing field', { name: 'Li' }],
    ['not an object', 'greet me']
  ])('refuses a malformed request (%s) before the handler', async (_label, request) => {
    const { dispatch, greet } = setup()
    const result = await dispatch('greet', request)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.kind).toBe('validation')
    expect(greet).not.toHaveBeenCalled()
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses prototype-pollution key %s at any depth', async (key) => {
    const { dispatch, greet } = setup()
    const top = JSON.parse(`{"name":"Li","times":1,"${key}":{"polluted":true}}`)
    const nested = { name: 'Li', times: 1, deep: JSON.parse(`{"${key}":{"polluted":true}}`) }
    for (const request of [top, nested]) {
      const result = await dispatch('greet', request)
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    }
    expect(greet).not.toHaveBeenCalled()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a request over the size limit', async () => {
    const { dispatch, greet } = setup()
    const result = await dispatch('greet', { name: 'Li', times: 1, pad: 'x'.repeat(70_000) })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(greet).not.toHaveBeenCalled()
  })

  it('refuses an unknown call name', async () => {
    const { dispatch } = setup()
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('turns a thrown error into kind internal with no stack or secret', async () => {
    const { dispatch, log } = setup()
    const result = await dispatch('explode', {})
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', action: 'report-bug' } })
    const text = JSON.stringify(result)
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('/var/lib/fr24')
    expect(text).not.toMatch(/at .*\.ts:\d+/)
    expect(log.error).toHaveBeenCalledOnce()
  })

  it('passes an expected failure through as data', async () => {
    const { dispatch } = setup()
    expect(await dispatch('refuse', {})).toEqual({
      ok: false,
      error: { kind: 'auth', message: 'The keychain is locked.', action: 'unlock-keychain' }
    })
  })

  it('never lets a handler answer outside the contract', async () => {
    const { dispatch } = setup()
    expect(await dispatch('lie', {})).toMatchObject({ ok: false, error: { kind: 'internal' } })
  })
})

describe('dispatcher: no registered secret leaves in an answer', () => {
  const secret = 'CANARY-dispatch-secret-61' as const
  afterEach(() => forgetSecret(secret))

  const shapes = {
    echo: call(NoArgs, z.object({ traceId: z.string(), list: z.array(z.object({ note: z.string() })), n: z.number() })),
    refuse: call(NoArgs, z.string()),
    mode: call(NoArgs, z.object({ mode: z.enum(['plain', secret]) }))
  }
  function setup() {
    const log = { ...silentLogger, error: vi.fn() }
    const dispatch = createDispatcher(
      shapes,
      {
        echo: () => ({ traceId: `balance_${secret}`, list: [{ note: 'clean' }, { note: `x${secret}y` }], n: 7 }),
        refuse: () => {
          throw failure({ kind: 'fr24', message: `FR24 quoted ${secret}`, code: secret, traceId: `t_${secret}`, action: 'check-credentials' })
        },
        // A value the contract allows only unmasked: masking must not send the window something else.
        mode: () => ({ mode: secret })
      },
      { log }
    )
    return { dispatch, log }
  }

  it('masks it in every string of an answer and of a failure, whoever built them', async () => {
    registerSecret(secret)
    const { dispatch } = setup()
    expect(await dispatch('echo', {})).toEqual({
      ok: true,
      value: { traceId: 'balance_[redacted]', list: [{ note: 'clean' }, { note: 'x[redacted]y' }], n: 7 }
    })
    expect(await dispatch('refuse', {})).toEqual({
      ok: false,
      error: { kind: 'fr24', message: 'FR24 quoted [redacted]', code: '[redacted]', traceId: 't_[redacted]', action: 'check-credentials' }
    })
  })

  it('answers an internal error when the masked answer no longer keeps the contract', async () => {
    registerSecret(secret)
    const { dispatch, log } = setup()
    const result = await dispatch('mode', {})
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } })
    expect(JSON.stringify(result)).not.toContain(secret)
    expect(log.error).toHaveBeenCalledOnce()
  })

  it('leaves answers alone while no secret is registered', async () => {
    const { dispatch } = setup()
    expect(await dispatch('mode', {})).toEqual({ ok: true, value: { mode: secret } })
  })
})

