/**
 * Airport-local wall-clock times (`YYYY-MM-DDTHH:mm`, as FR24 gives them) as plain numbers, for
 * arithmetic between two times of the same place. Not an instant: two places' local times are only
 * comparable through their time zones (desk/search/zones.ts does that in main).
 */
const MINUTES_PER_DAY = 24 * 60

const digits = (s: string, from: number, count: number): number => {
  let n = 0
  for (let i = from; i < from + count; i++) n = n * 10 + (s.charCodeAt(i) - 48)
  return n
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): no Date object, no allocation. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Days since 1970-01-01 of a local time's date. */
export function localDay(local: string): number {
  return dayNumber(digits(local, 0, 4), digits(local, 5, 2), digits(local, 8, 2))
}

/** Minutes since 1970-01-01T00:00 on the same wall clock. */
export function wallMinutes(local: string): number {
  return localDay(local) * MINUTES_PER_DAY + digits(local, 11, 2) * 60 + digits(local, 14, 2)
}

/** Minutes after local midnight. */
export function minuteOfDay(local: string): number {
  return digits(local, 11, 2) * 60 + digits(local, 14, 2)
}

/** Whole calendar days from one local date to another (`+1` for an arrival the next day). */
export function daysBetween(fromLocal: string, toLocal: string): number {
  return localDay(toLocal) - localDay(fromLocal)
}

/** How many minutes of [start, end) (wall minutes) fall in the nightly window [fromMinute, toMinute) of each day. */
export function minutesInNightlyWindow(start: number, end: number, fromMinute: number, toMinute: number): number {
  if (end <= start) return 0
  let total = 0
  const firstDay = Math.floor(start / MINUTES_PER_DAY)
  const lastDay = Math.floor(end / MINUTES_PER_DAY)
  for (let day = firstDay; day <= lastDay; day++) {
    const windowStart = day * MINUTES_PER_DAY + fromMinute
    const windowEnd = day * MINUTES_PER_DAY + toMinute
    total += Math.max(0, Math.min(end, windowEnd) - Math.max(start, windowStart))
  }
  return total
}
