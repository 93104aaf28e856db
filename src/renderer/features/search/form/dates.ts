import type { Language } from '../../../../shared/domain/app'

/**
 * Dates as the agent types them, per language. English: day first, DD/MM/YYYY (the desk's agents
 * sell from Asia and Europe, where the day comes first), or the GDS way, 15NOV / 15NOV26 / 15 Nov 2026.
 * Chinese: year first, 2026-11-15, 2026/11/15, 2026年11月15日, or 11月15日. Both read ISO
 * (2026-11-15). A date without its year is the next one from today on: nobody books last November.
 */

/** A calendar date, 'YYYY-MM-DD' (what FR24's depDate takes and what `<input type="date">` holds). */
export type IsoDate = string

export type TypedDate = { kind: 'empty' } | { kind: 'date'; iso: IsoDate } | { kind: 'unreadable' }

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

const pad = (n: number) => String(n).padStart(2, '0')

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Today on the agent's clock, as a calendar date. */
export function localToday(now: Date): IsoDate {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

function realDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this one (UTC, so no clock change moves it).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text)
}

/** Day and month without a year: this year if that is today or later, else next year. */
function nextOccurrence(month: number, day: number, today: IsoDate): IsoDate | undefined {
  const year = Number(today.slice(0, 4))
  for (const candidate of [year, year + 1]) {
    if (!realDate(candidate, month, day)) continue
    const iso = isoOf(candidate, month, day)
    if (iso >= today) return iso
  }
  // 29 February when neither this year nor the next has one: the next leap year.
  for (let candidate = year + 2; candidate <= year + 4; candidate++) {
    if (realDate(candidate, month, day)) return isoOf(candidate, month, day)
  }
  return undefined
}

function checked(year: number, month: number, day: number): TypedDate {
  return realDate(year, month, day) ? { kind: 'date', iso: isoOf(year, month, day) } : { kind: 'unreadable' }
}

function withoutYear(month: number, day: number, today: IsoDate): TypedDate {
  const iso = nextOccurrence(month, day, today)
  return iso ? { kind: 'date', iso } : { kind: 'unreadable' }
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const GDS = /^(\d{1,2})\s*([A-Z]{3})\s*(\d{2}|\d{4})?$/
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/
const CHINESE = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/

/** What a typed date means in the agent's language; `today` places a date typed without its year. */
export function readTypedDate(text: string, language: Language, today: IsoDate): TypedDate {
  const typed = text.trim().toUpperCase()
  if (typed === '') return { kind: 'empty' }
  const iso = ISO.exec(typed)
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const gds = GDS.exec(typed)
  if (gds) {
    const month = MONTHS.indexOf(gds[2]!) + 1
    if (month === 0) return { kind: 'unreadable' }
    const day = Number(gds[1])
    return gds[3] ? checked(fullYear(gds[3]), month, day) : withoutYear(month, day, today)
  }
  if (language === 'en') {
    const dayFirst = DAY_FIRST.exec(typed)
    if (dayFirst) return checked(fullYear(dayFirst[3]!), Number(dayFirst[2]), Number(dayFirst[1]))
    return { kind: 'unreadable' }
  }
  const yearFirst = YEAR_FIRST.exec(typed)
  if (yearFirst) return checked(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]))
  const chinese = CHINESE.exec(typed)
  if (chinese) {
    const month = Number(chinese[2])
    const day = Number(chinese[3])
    return chinese[1] ? checked(Number(chinese[1]), month, day) : withoutYear(month, day, today)
  }
  return { kind: 'unreadable' }
}

/** A date the way the agent's language writes it in the field: 15/11/2026, or 2026-11-15. */
export function writeDate(iso: IsoDate, language: Language): string {
  const [year, month, day] = iso.split('-')
  return language === 'en' ? `${day}/${month}/${year}` : `${year}-${month}-${day}`
}

/** The typed text once the agent leaves the field: a date read is written the language's way, anything else stays as typed. */
export function tidyTypedDate(text: string, language: Language, today: IsoDate): string {
  const read = readTypedDate(text, language, today)
  return read.kind === 'date' ? writeDate(read.iso, language) : text
}
