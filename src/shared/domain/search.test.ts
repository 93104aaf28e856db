import { describe, expect, it } from 'vitest'
import { isCalendarDate, Passengers, SEARCH_RULES, SearchRequest } from './search'

const base = {
  tripType: 'oneWay',
  legs: [{ from: 'SIN', to: 'HKG', date: '2026-04-15' }],
  passengers: { adults: 1, children: 0, infants: 0 },
  cabin: 'Y'
} as const

const rules = (value: unknown) => {
  const parsed = SearchRequest.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((i) => (i as { params?: { rule?: string } }).params?.rule ?? i.code)
}

describe('passenger counts (FR24 limits)', () => {
  const ok = (p: object) => Passengers.safeParse(p).success
  it('1–9 adults, 0–9 children and infants, whole numbers', () => {
    expect(ok({ adults: 1, children: 0, infants: 0 })).toBe(true)
    expect(ok({ adults: 0, children: 1, infants: 0 })).toBe(false)
    expect(ok({ adults: 10, children: 0, infants: 0 })).toBe(false)
    expect(ok({ adults: 1.5, children: 0, infants: 0 })).toBe(false)
    expect(ok({ adults: 1, children: -1, infants: 0 })).toBe(false)
  })
  it('at most 9 in all, 2 children per adult, 1 infant per adult', () => {
    expect(ok({ adults: 3, children: 6, infants: 0 })).toBe(true)
    expect(rules({ ...base, passengers: { adults: 4, children: 4, infants: 2 } })).toEqual([SEARCH_RULES.tooManyPassengers])
    expect(rules({ ...base, passengers: { adults: 1, children: 3, infants: 0 } })).toEqual([SEARCH_RULES.childrenOverAdults])
    expect(rules({ ...base, passengers: { adults: 2, children: 0, infants: 3 } })).toEqual([SEARCH_RULES.infantsOverAdults])
    expect(ok({ adults: 2, children: 0, infants: 2 })).toBe(true)
  })
})

describe('the search request', () => {
  it('takes a one-way search', () => {
    expect(rules(base)).toEqual([])
  })
  it('legs per trip type; a round trip comes back the same way; dates in order', () => {
    expect(rules({ ...base, tripType: 'roundTrip' })).toEqual([SEARCH_RULES.legCount])
    const back = { from: 'HKG', to: 'SIN', date: '2026-04-20' }
    expect(rules({ ...base, tripType: 'roundTrip', legs: [...base.legs, back] })).toEqual([])
    expect(rules({ ...base, tripType: 'roundTrip', legs: [...base.legs, { ...back, to: 'KUL' }] })).toEqual([SEARCH_RULES.returnNotReverse])
    expect(rules({ ...base, tripType: 'roundTrip', legs: [...base.legs, { ...back, date: '2026-04-10' }] })).toEqual([SEARCH_RULES.datesOutOfOrder])
    const seven = Array.from({ length: 7 }, (_, i) => ({ from: i % 2 ? 'HKG' : 'SIN', to: i % 2 ? 'SIN' : 'HKG', date: '2026-04-15' }))
    expect(rules({ ...base, tripType: 'multiCity', legs: seven })).toContain('too_big')
    expect(rules({ ...base, tripType: 'multiCity', legs: seven.slice(0, 6) })).toEqual([])
  })
  it('refuses the same place both ends, a bad code or date, and a carrier both preferred and excluded', () => {
    expect(rules({ ...base, legs: [{ from: 'SIN', to: 'SIN', date: '2026-04-15' }] })).toEqual([SEARCH_RULES.samePlace])
    expect(rules({ ...base, legs: [{ from: 'sin', to: 'HKG', date: '2026-04-15' }] })).toEqual(['invalid_format'])
    expect(rules({ ...base, legs: [{ from: 'SIN', to: 'HKG', date: '2026-02-30' }] })).toEqual(['no-such-day'])
    expect(rules({ ...base, carriers: { include: ['SQ'], exclude: ['SQ', 'CX'] } })).toEqual([SEARCH_RULES.carrierBothWays])
    expect(rules({ ...base, maxStops: 3 })).not.toEqual([])
    expect(rules({ ...base, extra: 1 })).toEqual(['unrecognized_keys'])
  })
  it('knows the calendar', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
  })
})
