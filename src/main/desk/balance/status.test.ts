import { describe, expect, it } from 'vitest'
import type { DeskError } from '../../../shared/errors'
import { assessFreshness, backoffMs, balanceLevel, fundsLevel } from './status'

const NOW = 1_000_000_000_000
const INTERVAL = 180_000

describe('backoff', () => {
  it('starts at 30 s, doubles, and stops at 10 min', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000, 600_000])
    expect(backoffMs(0)).toBe(0)
  })
})

describe('freshness', () => {
  const network: DeskError = { kind: 'network', message: 'down', code: 'TIMEOUT' }
  it('is fresh within twice the interval and stale ("old") after', () => {
    expect(assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW - 2 * INTERVAL })).toEqual({ stale: false })
    expect(assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW - 2 * INTERVAL - 1 })).toEqual({
      stale: true,
      reason: { kind: 'old', since: NOW - 2 * INTERVAL - 1 }
    })
  })
  it('is stale right after a failed refresh, with the error and since when', () => {
    expect(
      assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW, lastError: network, failingSince: NOW - 5 })
    ).toEqual({ stale: true, reason: { kind: 'offline', error: network, since: NOW - 5 } })
  })
  it('maps error kinds to reasons', () => {
    const kindOf = (kind: DeskError['kind']) =>
      assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: false, lastError: { kind, message: 'x' } }).reason?.kind
    expect(kindOf('network')).toBe('offline')
    expect(kindOf('auth')).toBe('auth')
    expect(kindOf('fr24')).toBe('fr24')
    expect(kindOf('internal')).toBe('internal')
    expect(kindOf('validation')).toBe('internal')
  })
  it('says "unlock the keychain" when the keys could not be read from it, not that FR24 refused them', () => {
    const locked: DeskError = { kind: 'auth', message: 'The keychain is locked.', code: 'CREDENTIALS', action: 'unlock-keychain' }
    const freshness = assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW, lastError: locked, failingSince: NOW })
    expect(freshness).toEqual({ stale: true, reason: { kind: 'keychain', error: locked, since: NOW } })
    // Someone has to act (unlock it): an error level even with a figure on screen.
    expect(balanceLevel(freshness, 'ok')).toBe('error')
  })
  it('is "not read yet" without a figure', () => {
    expect(assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: false })).toEqual({ stale: true, reason: { kind: 'not-read-yet' } })
  })
})

describe('levels', () => {
  it('compares available to spend with the thresholds, inclusive', () => {
    const t = { low: '1000', critical: '100' }
    expect(fundsLevel('1000.01', t)).toBe('ok')
    expect(fundsLevel('1000', t)).toBe('low')
    expect(fundsLevel('100', t)).toBe('critical')
    expect(fundsLevel('-1', { low: '0', critical: '0' })).toBe('critical')
    expect(fundsLevel('0.01', { low: '0', critical: '0' })).toBe('ok')
  })
  it('stale and error win over money', () => {
    expect(balanceLevel({ stale: false }, 'low')).toBe('low')
    expect(balanceLevel({ stale: true, reason: { kind: 'old' } }, 'critical')).toBe('stale')
    expect(balanceLevel({ stale: true, reason: { kind: 'offline', error: { kind: 'network', message: 'x' } } }, 'ok')).toBe('stale')
    expect(balanceLevel({ stale: true, reason: { kind: 'offline', error: { kind: 'network', message: 'x' } } }, undefined)).toBe('error')
    expect(balanceLevel({ stale: true, reason: { kind: 'auth', error: { kind: 'auth', message: 'x' } } }, 'ok')).toBe('error')
    expect(balanceLevel({ stale: true, reason: { kind: 'not-read-yet' } }, undefined)).toBe('stale')
  })
})
