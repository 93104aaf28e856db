import { describe, expect, it } from 'vitest'
import { localToUtcMinutes, ZoneClock } from './zones'

const utc = (iso: string) => Date.parse(iso) / 60_000

describe('airport-local time to an instant', () => {
  it('reads ordinary times in and out of DST', () => {
    expect(localToUtcMinutes('2026-01-15T09:00', 'America/New_York')).toBe(utc('2026-01-15T14:00Z'))
    expect(localToUtcMinutes('2026-07-15T09:00', 'America/New_York')).toBe(utc('2026-07-15T13:00Z'))
    expect(localToUtcMinutes('2026-07-15T09:00', 'Asia/Singapore')).toBe(utc('2026-07-15T01:00Z'))
  })

  it('a time the spring-forward hour skips reads as if the clock had not moved yet', () => {
    expect(localToUtcMinutes('2026-03-08T02:30', 'America/New_York')).toBe(utc('2026-03-08T07:30Z'))
  })

  it('a time the autumn hour repeats reads as the first of the two', () => {
    expect(localToUtcMinutes('2026-11-01T01:30', 'America/New_York')).toBe(utc('2026-11-01T05:30Z'))
  })

  it('uses a fixed offset when the data has no zone, and nothing for an unknown airport', () => {
    const clock = new ZoneClock()
    expect(clock.instant('2026-04-15T10:00', { code: 'XXX', name: 'X', city: 'X', country: 'X', fixedOffsetMinutes: 330 })).toBe(utc('2026-04-15T04:30Z'))
    expect(clock.instant('2026-04-15T10:00', undefined)).toBeUndefined()
  })

  it('reads every half hour of a year as localToUtcMinutes does, DST days and the date line included', () => {
    // The clock's per-day shortcut must never disagree with the full reading, whatever the zone does that day.
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Africa/Casablanca', 'Pacific/Apia', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'America/Santiago']
    const clock = new ZoneClock()
    for (const zone of zones) {
      const airport = { code: zone, name: zone, city: zone, country: 'XX', zone }
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 30 * 60_000) {
        const local = new Date(t).toISOString().slice(0, 16)
        expect(clock.instant(local, airport), `${zone} ${local}`).toBe(localToUtcMinutes(local, zone))
      }
    }
  })
})
