import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { call, NoArgs } from '../../shared/contract/define'
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
  const log = { error: vi.fn() }
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
    log
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
