import { isCalendarDate } from '../domain/search'

/**
 * Calendar arithmetic on `YYYY-MM-DD` days, without clocks or time zones: an age or a date of
 * travel is a day on the calendar, the same wherever the desk runs.
 */

export const isIsoDay = isCalendarDate

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]
}

const pad = (n: number) => String(n).padStart(2, '0')

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
}

/**
 * Full years between a birthday and a day. Someone born on 29 February turns a year older on
 * 1 March in a year without one (the day after 28 February), as the Sandbox counts it.
 */
export function ageOn(birthday: string, on: string): number {
  const [by, bm, bd] = parts(birthday)
  const [y, m, d] = parts(on)
  const before = m < bm || (m === bm && d < bd)
  return y - by - (before ? 1 : 0)
}

/** The day a birthday makes someone `years` old: 29 February falls on 1 March in a common year. */
export function birthdayAt(birthday: string, years: number): string {
  const [by, bm, bd] = parts(birthday)
  const year = by + years
  return isCalendarDate(isoDay(year, bm, bd)) ? isoDay(year, bm, bd) : isoDay(year, 3, 1)
}

/** The same day `months` later, or the month's last day when it has no such day (31 August + 6 = 28/29 February). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return isoDay(year, month, Math.min(d, last))
}
