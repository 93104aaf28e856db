import { describe, expect, it } from 'vitest'
import { FLEX_SPREAD_DAYS } from '../../../shared/domain/search'
import { ManualClock } from '../../util/clock'
import { KEPT_FOR_MS, KEPT_SEARCHES, KeptSearches, type KeptSearch } from './kept'
import { answer, segment } from './testing/answers'

const data = answer([segment('s1', 'SQ', '856', 'SIN', '2026-04-15T08:10', 'HKG', '2026-04-15T12:05')], [{ offerId: 'o1', directions: [['s1']] }])
const search = (id: string, at: number): KeptSearch => ({ searchId: id, profileId: 'sandbox', receivedAt: at, expiresAt: at + KEPT_FOR_MS, answer: data, pax: { adults: 1, children: 0, infants: 0 }, cabin: 'Y' })

describe('kept searches', () => {
  it('keeps the last few, and an older one pushed out reads as expired', () => {
    const clock = new ManualClock(0)
    const kept = new KeptSearches(() => clock.now())
    for (let i = 0; i <= KEPT_SEARCHES; i++) kept.keep(search(`s${i}`, 0))
    expect(kept.size()).toBe(KEPT_SEARCHES)
    expect(kept.get('s0').kind).toBe('expired')
    expect(kept.get(`s${KEPT_SEARCHES}`).kind).toBe('found')
    expect(kept.get('never').kind).toBe('unknown')
  })

  it('keeps every day of a flexible-dates search and the search before it, so each day in the strip still opens its offers', () => {
    const clock = new ManualClock(0)
    const kept = new KeptSearches(() => clock.now())
    kept.keep(search('single', 0))
    const days = Array.from({ length: 2 * FLEX_SPREAD_DAYS + 1 }, (_, i) => `day${i}`)
    for (const day of days) kept.keep(search(day, 0))
    for (const id of ['single', ...days]) expect(kept.get(id).kind).toBe('found')
  })

  it('drops a search once its time is up, and finds offers by id until then', () => {
    const clock = new ManualClock(1_000)
    const kept = new KeptSearches(() => clock.now())
    kept.keep(search('a', 1_000))
    clock.advance(KEPT_FOR_MS - 1)
    const found = kept.get('a')
    expect(found.kind === 'found' && kept.offer(found.search, 'o1')?.offerId).toBe('o1')
    clock.advance(1)
    expect(kept.get('a').kind).toBe('expired')
    expect(kept.size()).toBe(0)
  })
})
