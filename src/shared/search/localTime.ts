/**
 * Airport-local wall-clock times (`YYYY-MM-DDTHH:mm`, as FR24 gives them) as plain numbers, for
 * arithmetic between two times of the same place. Not an instant: two places' local times are only
 * comparable through their time zones (desk/search/zones.ts does that in main).
 */
const MINUTES_PER_DAY = 24 * 60

/** Minutes since 1970-01-01T00:00 on the same wall clock. */
export function wallMinutes(local: string): number {
  const y = Number(local.slice(0, 4))
  const mo = Number(local.slice(5, 7))
  const d = Number(local.slice(8, 10))
  const h = Number(local.slice(11, 13))
  const mi = Number(local.slice(14, 16))
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000
}

/** Minutes after local midnight. */
export function minuteOfDay(local: string): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))
}

/** Whole calendar days from one local date to another (`+1` for an arrival the next day). */
export function daysBetween(fromLocal: string, toLocal: string): number {
  const day = (s: string) => Math.floor(wallMinutes(`${s.slice(0, 10)}T00:00`) / MINUTES_PER_DAY)
  return day(toLocal) - day(fromLocal)
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
