import { describe, expect, it } from 'vitest'
import type { Warning } from '../domain/search'
import { leg, row } from './testing/rows'
import { CONNECTION_RULES, isOvernight, isRedEye, warningsFor } from './warnings'
import { wallMinutes } from './localTime'

const COUNTRY: Record<string, string> = { SIN: 'Singapore', HKG: 'Hong Kong', PEK: 'China', PVG: 'China', CAN: 'China', LHR: 'United Kingdom', LGW: 'United Kingdom', MAD: 'Spain' }
const countryOf = (code: string) => COUNTRY[code]
const kinds = (warnings: Warning[]) => warnings.map((w) => w.kind)

describe('row warnings', () => {
  it('a plain daytime nonstop has none', () => {
    expect(warningsFor(row('a'), countryOf)).toEqual([])
  })

  it('airport change during a connection (arrive LHR, leave LGW)', () => {
    const w = warningsFor(row('a', { legs: [leg({ to: 'MAD', via: [['LHR', 200, { departAirport: 'LGW' }]] })] }), countryOf)
    expect(w).toContainEqual({ kind: 'airport-change', leg: 0, airport: 'LHR', minutes: 200 })
  })

  it('short connection: under 45 min domestic, under 60 min international', () => {
    const domestic = (minutes: number) => warningsFor(row('a', { legs: [leg({ from: 'PEK', to: 'CAN', via: [['PVG', minutes]] })] }), countryOf)
    expect(kinds(domestic(CONNECTION_RULES.minDomesticMinutes - 1))).toContain('short-connection')
    expect(kinds(domestic(CONNECTION_RULES.minDomesticMinutes))).not.toContain('short-connection')
    const international = (minutes: number) => warningsFor(row('a', { legs: [leg({ from: 'SIN', to: 'CAN', via: [['PVG', minutes]] })] }), countryOf)
    expect(international(50)).toContainEqual({ kind: 'short-connection', leg: 0, airport: 'PVG', minutes: 50 })
    expect(kinds(international(60))).not.toContain('short-connection')
  })

  it('an unknown airport gets the international minimum', () => {
    expect(kinds(warningsFor(row('a', { legs: [leg({ from: 'PEK', to: 'CAN', via: [['ZZZ', 50]] })] }), countryOf))).toContain('short-connection')
  })

  it('long connection: over 6 h', () => {
    const at = (minutes: number) => kinds(warningsFor(row('a', { legs: [leg({ via: [['PVG', minutes]] })] }), countryOf))
    expect(at(CONNECTION_RULES.longMinutes + 1)).toContain('long-connection')
    expect(at(CONNECTION_RULES.longMinutes)).not.toContain('long-connection')
  })

  it('overnight layover, from the connection', () => {
    expect(kinds(warningsFor(row('a', { legs: [leg({ via: [['PVG', 500, { overnight: true }]] })] }), countryOf))).toContain('overnight-layover')
    expect(isOvernight(wallMinutes('2026-04-15T23:00'), wallMinutes('2026-04-16T07:00'))).toBe(true)
    expect(isOvernight(wallMinutes('2026-04-15T22:00'), wallMinutes('2026-04-16T01:30'))).toBe(false)
    expect(isOvernight(wallMinutes('2026-04-16T02:00'), wallMinutes('2026-04-16T05:30'))).toBe(true)
  })

  it('red-eye: a leg departing 00:00–04:59 local, per leg', () => {
    expect(isRedEye('2026-04-15T00:00')).toBe(true)
    expect(isRedEye('2026-04-15T04:59')).toBe(true)
    expect(isRedEye('2026-04-15T05:00')).toBe(false)
    expect(isRedEye('2026-04-15T23:59')).toBe(false)
    const w = warningsFor(row('a', { legs: [leg(), leg({ from: 'HKG', to: 'SIN', depart: '2026-04-22T01:15' })] }), countryOf)
    expect(w).toEqual([{ kind: 'red-eye', leg: 1, airport: 'HKG' }])
  })

  it('arrival on a different date, including the day before', () => {
    expect(warningsFor(row('a', { legs: [leg({ dayOffset: 1 })] }), countryOf)).toEqual([{ kind: 'arrives-other-day', leg: 0, airport: 'HKG' }])
    expect(kinds(warningsFor(row('a', { legs: [leg({ dayOffset: -1 })] }), countryOf))).toEqual(['arrives-other-day'])
  })
})
