import { wallMinutes } from '../../../shared/search/localTime'
import type { AirportFacts } from './places'

/**
 * Airport-local wall-clock times to instants, through the airport's IANA zone (Intl), so a duration
 * across zones, a DST change or the date line is real elapsed time. One instance per answer: the
 * same departure is read by many offers, and each conversion is computed once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
    formatters.set(zone, f)
  }
  return f
}

/**
 * Offsets by zone and UTC hour: zones change offset only on a whole UTC hour or half hour, and a
 * 2,000-offer answer asks about the same few hours thousands of times. Bounded, cleared when full.
 */
const offsets = new Map<string, number>()
const MAX_OFFSETS = 50_000

/** The zone's offset from UTC at an instant, in minutes. */
export function zoneOffsetMinutes(zone: string, utcMinutes: number): number {
  const key = `${zone}|${Math.floor(utcMinutes / 30)}`
  const known = offsets.get(key)
  if (known !== undefined) return known
  const parts = formatter(zone).formatToParts(new Date(Math.floor(utcMinutes / 30) * 30 * 60_000))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const bucket = Math.floor(utcMinutes / 30) * 30
  const offset = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute')) / 60_000 - bucket
  if (offsets.size >= MAX_OFFSETS) offsets.clear()
  offsets.set(key, offset)
  return offset
}

/**
 * The instant (minutes since the epoch) of a local time in a zone. A time that happens twice (the
 * hour DST gives back) reads as the first; one that never happens (the hour DST skips) as if the
 * clock had not moved yet — what an airline schedule means by it.
 */
export function localToUtcMinutes(local: string, zone: string): number {
  const wall = wallMinutes(local)
  // Offsets a day either side: DST changes are never two days apart, so these are the two candidates.
  const before = zoneOffsetMinutes(zone, wall - 1440)
  const after = zoneOffsetMinutes(zone, wall + 1440)
  const valid = [wall - before, wall - after].filter((instant, i) => zoneOffsetMinutes(zone, instant) === (i === 0 ? before : after))
  if (valid.length === 0) return wall - before
  return Math.min(...valid)
}

/**
 * The zone's one offset over the whole local date of `local` and a day either side, or undefined
 * when it changes in that stretch (a DST day and its neighbours). Where it holds, every time of
 * that date reads as wall − offset, exactly what localToUtcMinutes answers (both offsets it
 * compares are the same one, and so is the check), for one lookup instead of four.
 */
function steadyOffset(local: string, zone: string): number | undefined {
  const dayStart = wallMinutes(`${local.slice(0, 10)}T00:00`)
  const before = zoneOffsetMinutes(zone, dayStart - 2 * 1440)
  const after = zoneOffsetMinutes(zone, dayStart + 3 * 1440)
  return before === after ? before : undefined
}

export class ZoneClock {
  /** Per airport and local date (`LHR|2026-07-15`): its steady offset, or null on a DST change. */
  private readonly days = new Map<string, number | null>()

  /** The instant of `local` at `airport`, or undefined when the desk does not know the airport. */
  instant(local: string, airport: AirportFacts | undefined): number | undefined {
    if (!airport) return undefined
    const zone = airport.zone
    if (zone === undefined) return airport.fixedOffsetMinutes !== undefined ? wallMinutes(local) - airport.fixedOffsetMinutes : undefined
    // Segments of one answer fly on a few dates from a few airports: thousands of times, a few dozen days.
    const key = `${airport.code}|${local.slice(0, 10)}`
    let steady = this.days.get(key)
    if (steady === undefined) {
      steady = steadyOffset(local, zone) ?? null
      this.days.set(key, steady)
    }
    return steady === null ? localToUtcMinutes(local, zone) : wallMinutes(local) - steady
  }
}
