import { describe, expect, it } from 'vitest'
import { ageOn, chinaBalanceTime, chinaDay, chinaMinute, chinaTraceStamp, localToUtc, parseDate, utcToLocalText } from './time'

const london = { zone: 'Europe/London' }

describe('China server time', () => {
  it('writes UTC+08:00 in the documented shapes', () => {
    const t = Date.UTC(2025, 0, 17, 3, 39, 39) // 11:39:39 in China
    expect(chinaMinute(t)).toBe('2025-01-17T11:39')
    expect(chinaBalanceTime(t)).toBe('2025/01/17 11:39:39 ')
    expect(chinaTraceStamp(t)).toBe('250117113939')
    expect(chinaDay(Date.UTC(2025, 0, 17, 16, 0))).toBe('2025-01-18')
  })
})

describe('airport-local time', () => {
  it('converts both ways through the zone, in winter and summer', () => {
    expect(localToUtc(london, 2026, 1, 15, 9, 30)).toBe(Date.UTC(2026, 0, 15, 9, 30))
    expect(localToUtc(london, 2026, 7, 15, 9, 30)).toBe(Date.UTC(2026, 6, 15, 8, 30))
    expect(utcToLocalText(london, Date.UTC(2026, 6, 15, 8, 30))).toBe('2026-07-15T09:30')
  })

  it('handles the night the clocks change', () => {
    // 29 March 2026, 01:00 GMT → 02:00 BST. A 00:30 departure on a 90-minute flight lands at 03:00 local.
    const dep = localToUtc(london, 2026, 3, 29, 0, 30)
    expect(utcToLocalText(london, dep + 90 * 60_000)).toBe('2026-03-29T03:00')
    // A time inside the gap moves on by the gap instead of failing.
    expect(utcToLocalText(london, localToUtc(london, 2026, 3, 29, 1, 30))).toBe('2026-03-29T02:30')
    // 25 October 2026: 01:30 happens twice; the sandbox takes one of them consistently.
    const twice = localToUtc(london, 2026, 10, 25, 1, 30)
    expect(utcToLocalText(london, twice)).toBe('2026-10-25T01:30')
  })

  it('crosses the date line', () => {
    const tokyo = { zone: 'Asia/Tokyo' }
    const losAngeles = { zone: 'America/Los_Angeles' }
    const dep = localToUtc(tokyo, 2026, 4, 15, 20, 0)
    expect(utcToLocalText(losAngeles, dep + 10 * 60 * 60_000)).toBe('2026-04-15T14:00') // 11:00 UTC + 10 h = 21:00 UTC = 14:00 PDT, same date
    expect(utcToLocalText({ fixedOffsetMs: 12 * 3_600_000 }, Date.UTC(2026, 3, 15, 20, 0))).toBe('2026-04-16T08:00')
  })
})

describe('dates and ages', () => {
  it('parses real dates only and counts whole years', () => {
    expect(parseDate('2026-02-29')).toBeNull()
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
    expect(ageOn('2024-04-15', '2026-04-14')).toBe(1)
    expect(ageOn('2024-04-15', '2026-04-15')).toBe(2)
  })
})
