import type { Language } from '../../../../shared/domain/app'
import { isIsoDay, isoDay } from '../../../../shared/passengers'

/**
 * A date of birth or a document's expiry as the agent types it. Every language reads ISO
 * (1985-06-15), 19850615 and the passport way (15JUN1985, 15 JUN 85); English also reads day
 * first (15/06/1985), Chinese year first (1985/06/15, 1985年6月15日). Unlike a flight date there is
 * no date without its year; a two-digit year is placed in the century that makes a birthday not
 * in the future and an expiry in this century (passports last 10 years at most).
 */

export type DocumentDateKind = 'birthday' | 'expiry'
export type ReadDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'unreadable' }

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const PASSPORT = /^(\d{1,2})\s*([A-Z]{3})\s*(\d{2}|\d{4})$/
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/

/** The full year of a typed one; two digits take the century `kind` asks for. */
export function fullYear(text: string, kind: DocumentDateKind, today: string, month: number, dayOfMonth: number): number {
  if (text.length !== 2) return Number(text)
  const yy = Number(text)
  if (kind === 'expiry') return 2000 + yy
  const year = Math.floor(Number(today.slice(0, 4)) / 100) * 100 + yy
  // A birthday is never after today: "15JUN85" typed in 2026 is 1985, "15DEC26" typed on 1 December 2026 is 1926.
  return isoDay(year, month, dayOfMonth) > today ? year - 100 : year
}

function day(year: number, month: number, dayOfMonth: number): ReadDate {
  const iso = isoDay(year, month, dayOfMonth)
  return month >= 1 && month <= 12 && isIsoDay(iso) ? { kind: 'date', iso } : { kind: 'unreadable' }
}

function dayWith(yearText: string, month: number, dayOfMonth: number, kind: DocumentDateKind, today: string): ReadDate {
  return day(fullYear(yearText, kind, today, month, dayOfMonth), month, dayOfMonth)
}

export function readDocumentDate(text: string, language: Language, kind: DocumentDateKind, today: string): ReadDate {
  const typed = text.trim().toUpperCase()
  if (typed === '') return { kind: 'empty' }
  const iso = ISO.exec(typed) ?? COMPACT.exec(typed)
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const passport = PASSPORT.exec(typed)
  if (passport) {
    const month = MONTHS.indexOf(passport[2]!) + 1
    return month === 0 ? { kind: 'unreadable' } : dayWith(passport[3]!, month, Number(passport[1]), kind, today)
  }
  if (language === 'en') {
    const dayFirst = DAY_FIRST.exec(typed)
    return dayFirst ? dayWith(dayFirst[3]!, Number(dayFirst[2]), Number(dayFirst[1]), kind, today) : { kind: 'unreadable' }
  }
  const yearFirst = YEAR_FIRST.exec(typed) ?? CHINESE.exec(typed)
  return yearFirst ? day(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])) : { kind: 'unreadable' }
}

/** What the rules read: the day when the text is one, else the text as typed (the rules say it is not a date). */
export function dateFact(text: string, language: Language, kind: DocumentDateKind, today: string): string {
  const read = readDocumentDate(text, language, kind, today)
  return read.kind === 'date' ? read.iso : text.trim()
}

/** A day written the language's way in the field: 15/06/1985, or 1985-06-15. */
export function writeDocumentDate(iso: string, language: Language): string {
  return language === 'en' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso
}

/** The field once left: a readable date is written the language's way, anything else stays as typed. */
export function tidyDocumentDate(text: string, language: Language, kind: DocumentDateKind, today: string): string {
  const read = readDocumentDate(text, language, kind, today)
  return read.kind === 'date' ? writeDocumentDate(read.iso, language) : text
}

/** Today on the agent's clock, as a calendar day. */
export function localToday(now: Date): string {
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate())
}
