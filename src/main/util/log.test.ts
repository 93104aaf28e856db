import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from './log'
import { forgetSecret, registerSecret } from './redact'

describe('createLogger', () => {
  afterEach(() => forgetSecret('canary-secret-123'))

  it('writes one redacted JSON line per entry with time, level, message and fields', () => {
    const lines: string[] = []
    registerSecret('canary-secret-123')
    const log = createLogger({ sink: (l) => lines.push(l), now: () => Date.UTC(2025, 0, 17) })
    log.warn('login failed for canary-secret-123', { appSecret: 'canary-secret-123', orderNo: '1' })
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toEqual({
      time: '2025-01-17T00:00:00.000Z',
      level: 'warn',
      msg: 'login failed for [redacted]',
      appSecret: '[redacted]',
      orderNo: '1'
    })
  })

  it('adds child fields and drops lines below the level', () => {
    const lines: string[] = []
    const log = createLogger({ sink: (l) => lines.push(l), level: 'warn' }).child({ component: 'fr24' })
    log.info('quiet')
    log.error('loud', { n: 2 })
    expect(lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ msg: 'loud', component: 'fr24', n: 2, level: 'error' })])
  })

  it('still writes a line when fields cannot be serialised', () => {
    const lines: string[] = []
    createLogger({ sink: (l) => lines.push(l) }).info('odd', { big: 10n })
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'odd', note: 'fields could not be serialised' })
  })

  it('never throws at the caller, even for fields redaction cannot walk (deep nesting, a getter that throws)', () => {
    const lines: string[] = []
    registerSecret('canary-secret-123')
    const log = createLogger({ sink: (l) => lines.push(l) })
    let deep: Record<string, unknown> = { leaf: 'canary-secret-123' }
    for (let i = 0; i < 100_000; i++) deep = { deep }
    const hostile = Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('canary-secret-123') } })
    expect(() => log.error('handler failed for canary-secret-123', { error: deep })).not.toThrow()
    expect(() => log.error('odd getter', { error: hostile })).not.toThrow()
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'error', msg: 'handler failed for [redacted]', note: 'fields could not be serialised' }),
      expect.objectContaining({ level: 'error', msg: 'odd getter', note: 'fields could not be serialised' })
    ])
    expect(lines.join('\n')).not.toContain('canary-secret-123')
  })
})
