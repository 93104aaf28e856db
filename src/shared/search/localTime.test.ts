import { describe, expect, it } from 'vitest'
import { daysBetween, minuteOfDay, minutesInNightlyWindow, wallMinutes } from './localTime'

describe('wall-clock arithmetic', () => {
  it('matches Date.UTC on every kind of date', () => {
    for (const t of ['1970-01-01T00:00', '2026-02-28T23:59', '2028-02-29T12:30', '2026-12-31T07:05', '2100-03-01T00:00', '1999-12-31T23:59'])
      expect(wallMinutes(t)).toBe(Date.parse(`${t}Z`) / 60_000)
  })
  it('days between dates, minute of day, minutes in a nightly window', () => {
    expect(daysBetween('2026-12-31T23:00', '2027-01-01T01:00')).toBe(1)
    expect(daysBetween('2026-04-16T01:00', '2026-04-15T12:00')).toBe(-1)
    expect(minuteOfDay('2026-04-15T13:45')).toBe(825)
    expect(minutesInNightlyWindow(wallMinutes('2026-04-15T22:00'), wallMinutes('2026-04-17T02:00'), 0, 360)).toBe(360 + 120)
  })
})
