/**
 * Time helpers. Two kinds of wall-clock text leave the sandbox:
 *  - flight times, airport-local, computed through the airports' IANA zones;
 *  - server times (payDeadline, createTime, balance time, traceId digits),
 *    which FR24 writes without a zone and we write in China Standard Time
 *    (UTC+08:00, no DST) as agreed in docs/fr24-inferences.md.
 */

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
const CHINA_OFFSET = 8 * HOUR

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function utcParts(ms: number): Parts {
  const d = new Date(ms)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds()
  }
}

/** `YYYY-MM-DDTHH:mm` in China time. */
export function chinaMinute(ms: number): string {
  const p = utcParts(ms + CHINA_OFFSET)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

/** `yyyy/MM/dd HH:mm:ss ` in China time — trailing space kept as FR24 documents it. */
export function chinaBalanceTime(ms: number): string {
  const p = utcParts(ms + CHINA_OFFSET)
  return `${p.year}/${pad(p.month)}/${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} `
}

/** `YYMMDDHHmmss` in China time, the digits inside a traceId. */
export function chinaTraceStamp(ms: number): string {
  const p = utcParts(ms + CHINA_OFFSET)
  return `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`
}

/** `YYYY-MM-DD` of the China-time calendar day; the void window is one such day. */
export function chinaDay(ms: number): string {
  return chinaMinute(ms).slice(0, 10)
}

// ---------------------------------------------------------------------------
// Airport-local time through IANA zones.

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(zone, f)
  }
  return f
}

export function isValidZone(zone: string): boolean {
  try {
    formatterFor(zone)
    return true
  } catch {
    return false
  }
}

// Zone offsets only change on quarter-hour boundaries, so one lookup per
// zone and quarter-hour is exact and keeps a 2,000-offer search cheap.
const QUARTER = 15 * MINUTE
const offsetCache = new Map<string, number>()

/** Offset of `zone` from UTC at instant `ms`, in ms (east positive). */
export function zoneOffset(zone: string, ms: number): number {
  const key = `${zone}@${Math.floor(ms / QUARTER)}`
  const hit = offsetCache.get(key)
  if (hit !== undefined) return hit
  const value = computeOffset(zone, Math.floor(ms / QUARTER) * QUARTER)
  if (offsetCache.size > 50_000) offsetCache.clear()
  offsetCache.set(key, value)
  return value
}

function computeOffset(zone: string, ms: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(ms))
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0')
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'))
  return asUtc - Math.floor(ms / 1000) * 1000
}

/** A place's clock: an IANA zone, or a fixed offset where the dataset has no usable zone. */
export type LocalZone = { zone: string } | { fixedOffsetMs: number }

function offsetAt(z: LocalZone, ms: number): number {
  return 'zone' in z ? zoneOffset(z.zone, ms) : z.fixedOffsetMs
}

/** The UTC instant of a wall-clock time at a place. In a spring-forward gap the time moves on by the gap. */
export function localToUtc(z: LocalZone, year: number, month: number, day: number, hour: number, minute: number): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  let guess = wall - offsetAt(z, wall)
  // Second pass: the offset at the guess is the one that counts across a DST change.
  const second = wall - offsetAt(z, guess)
  if (second !== guess) guess = second
  return guess
}

/** `YYYY-MM-DDTHH:mm` wall-clock at a place. */
export function utcToLocalText(z: LocalZone, ms: number): string {
  const p = utcParts(ms + offsetAt(z, ms))
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

/** Parses `YYYY-MM-DD`; null when not a real calendar date. */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return { year, month, day }
}

/** Whole years between a birthday and a date (both `YYYY-MM-DD`), as an age rule counts them. */
export function ageOn(birthday: string, on: string): number | null {
  const b = parseDate(birthday)
  const d = parseDate(on)
  if (!b || !d) return null
  let age = d.year - b.year
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1
  return age
}
