import { describe, expect, it } from 'vitest'
import type { SearchRequest, SearchResults } from '../../../../shared/domain/search'
import {
  elapsedSeconds,
  idleSearch,
  isStillWaiting,
  runningRequestId,
  searchAnswered,
  searchCancelled,
  searchProgressed,
  searchStarted,
  STILL_WAITING_AFTER_MS
} from './searchState'

const request: SearchRequest = {
  tripType: 'oneWay',
  legs: [{ from: 'SIN', to: 'HKG', date: '2027-01-12' }],
  passengers: { adults: 1, children: 0, infants: 0 },
  cabin: 'Y'
}
const results: SearchResults = { searchId: 's1', receivedAt: 1, expiresAt: 2, currency: 'CNY', offerCount: 0, rows: [] }
const step = (requestId: string, stage: string) => ({ requestId, call: 'search', stage, elapsedMs: 10 })

describe('search state', () => {
  it('runs idle → searching → results for the run it started', () => {
    const searching = searchStarted('r_a', request, 1_000)
    expect(runningRequestId(idleSearch)).toBeUndefined()
    expect(runningRequestId(searching)).toBe('r_a')
    const waiting = searchProgressed(searching, step('r_a', 'waiting'))
    expect(waiting).toMatchObject({ kind: 'searching', stage: 'waiting' })
    expect(searchAnswered(waiting, 'r_a', { ok: true, value: results })).toEqual({ kind: 'results', request, results })
  })

  it('drops the steps and the answer of a run it replaced', () => {
    const second = searchStarted('r_b', request, 2_000)
    expect(searchProgressed(second, step('r_a', 'reading'))).toBe(second)
    expect(searchAnswered(second, 'r_a', { ok: true, value: results })).toBe(second)
  })

  it('ignores a stage it does not know', () => {
    const searching = searchStarted('r_a', request, 0)
    expect(searchProgressed(searching, step('r_a', 'pricing'))).toBe(searching)
  })

  it('says cancelled at once, and a late answer of the cancelled run changes nothing', () => {
    const cancelled = searchCancelled(searchStarted('r_a', request, 0))
    expect(cancelled).toEqual({ kind: 'cancelled', request })
    expect(searchAnswered(cancelled, 'r_a', { ok: true, value: results })).toBe(cancelled)
    expect(searchCancelled(idleSearch)).toBe(idleSearch)
  })

  it('turns a refusal into failed and main saying cancelled into cancelled', () => {
    const searching = searchStarted('r_a', request, 0)
    const error = { kind: 'network' as const, message: 'FR24 could not be reached.' }
    expect(searchAnswered(searching, 'r_a', { ok: false, error })).toEqual({ kind: 'failed', request, error })
    expect(searchAnswered(searching, 'r_a', { ok: false, error: { kind: 'cancelled', message: 'stopped' } })).toEqual({ kind: 'cancelled', request })
  })

  it('counts elapsed seconds and says it is still waiting only after the threshold', () => {
    const searching = searchStarted('r_a', request, 10_000)
    expect(elapsedSeconds(searching, 12_999)).toBe(2)
    expect(isStillWaiting(searching, 10_000 + STILL_WAITING_AFTER_MS - 1)).toBe(false)
    expect(isStillWaiting(searching, 10_000 + STILL_WAITING_AFTER_MS)).toBe(true)
    expect(isStillWaiting(idleSearch, 1e12)).toBe(false)
  })
})
