import { parse, type Details, type FieldName } from 'mrz'
import type { Sex } from '../../../../shared/domain/booking'
import { countryFromMrz } from './countries'
import { isIsoDay, isoDay } from '../../../../shared/passengers'
import { fullYear } from './documentDates'

/**
 * A passport's machine-readable zone (ICAO 9303 TD3: two lines of 44 characters) pasted by the
 * agent, read with the `mrz` library. Every check digit must hold: one that does not means the MRZ
 * was mistyped or misread, and nothing is filled (the agent is told which part). The MRZ has no
 * room for a country it does not code (stateless, UN), so such a field is left for the agent.
 */

/** The parts of the MRZ a problem can be about (worded in the passengers text section). */
export type MrzPart =
  | 'documentNumber'
  | 'birthday'
  | 'documentExpiry'
  | 'personalNumber'
  | 'composite'
  | 'nationality'
  | 'issuingCountry'
  | 'name'
  | 'sex'
  | 'documentCode'

export type MrzProblem = { kind: 'not-passport' } | { kind: 'check-digit'; part: MrzPart } | { kind: 'unreadable'; part: MrzPart }

/** What a passport's MRZ says, in the draft's terms (dates `YYYY-MM-DD`, countries ISO alpha-2). */
export interface MrzPassport {
  surname: string
  givenNames: string
  /** Undefined when the passport says neither (`<` or `X`): FR24 takes only F or M, so the agent chooses. */
  sex: Sex | undefined
  /** Undefined when the passport does not give the full day (`<<` for an unknown day or month). */
  birthday: string | undefined
  documentNumber: string
  documentExpiry: string | undefined
  nationality: string | undefined
  issuingCountry: string | undefined
  /** MRZ codes that name no ISO country, for the agent to choose one. */
  noCountry: { field: 'nationality' | 'issuingCountry'; code: string }[]
}

export type MrzRead = { ok: true; passport: MrzPassport } | { ok: false; problem: MrzProblem }

const CHECK_DIGITS: Partial<Record<FieldName, MrzPart>> = {
  documentNumberCheckDigit: 'documentNumber',
  birthDateCheckDigit: 'birthday',
  expirationDateCheckDigit: 'documentExpiry',
  personalNumberCheckDigit: 'personalNumber',
  compositeCheckDigit: 'composite'
}

/** Fields whose value the draft needs; a country or the sex that cannot be read is left to the agent instead. */
const NEEDED: Partial<Record<FieldName, MrzPart>> = {
  lastName: 'name',
  firstName: 'name',
  documentNumber: 'documentNumber',
  birthDate: 'birthday',
  expirationDate: 'documentExpiry'
}

/** The two lines as pasted: capitals, no spaces (OCR and e-mails add them), one line of 88 cut in two. */
export function mrzLines(text: string): string[] {
  const lines = text
    .toUpperCase()
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ''))
    .filter((line) => line !== '')
  if (lines.length === 1 && lines[0]!.length === 88) return [lines[0]!.slice(0, 44), lines[0]!.slice(44)]
  return lines
}

/** True once the text has the shape of a TD3 MRZ (so the window can read it as soon as it is pasted). */
export function looksLikeMrz(text: string): boolean {
  const lines = mrzLines(text)
  return lines.length === 2 && lines.every((line) => line.length === 44)
}

/** A YYMMDD date: undefined when it holds `<` (not fully known), `null` when it is no day of the calendar. */
function mrzDate(raw: string, kind: 'birthday' | 'expiry', today: string): string | undefined | null {
  if (!/^\d{6}$/.test(raw)) return undefined
  const month = Number(raw.slice(2, 4))
  const day = Number(raw.slice(4, 6))
  const iso = isoDay(fullYear(raw.slice(0, 2), kind, today, month, day), month, day)
  return isIsoDay(iso) ? iso : null
}

const names = (value: string | null | undefined) => (value ?? '').replace(/</g, ' ').replace(/\s+/g, ' ').trim()

function firstProblem(details: readonly Details[], lines: readonly string[]): MrzProblem | undefined {
  const rawOf = (detail: Details) => {
    const range = detail.ranges[0]
    return range ? (lines[range.line]?.slice(range.start, range.end) ?? '') : ''
  }
  for (const detail of details) {
    if (detail.valid || !detail.field) continue
    const check = CHECK_DIGITS[detail.field]
    if (check) return { kind: 'check-digit', part: check }
  }
  for (const detail of details) {
    if (detail.valid || !detail.field) continue
    if (detail.field === 'documentCode') return { kind: 'not-passport' }
    const part = NEEDED[detail.field]
    // A date with an unknown day or month (`<<`) is left empty rather than refused.
    const unknownDay = (part === 'birthday' || part === 'documentExpiry') && /^[0-9<]{6}$/.test(rawOf(detail)) && rawOf(detail).includes('<')
    if (part && !unknownDay) return { kind: 'unreadable', part }
  }
  return undefined
}

/** Reads a pasted MRZ; `today` places a two-digit birth year in the century that makes it not in the future. */
export function readMrz(text: string, today: string): MrzRead {
  const read = mrzLines(text)
  if (read.length !== 2 || read.some((line) => line.length !== 44) || !read[0]!.startsWith('P')) return { ok: false, problem: { kind: 'not-passport' } }
  let result
  try {
    result = parse(read)
  } catch {
    return { ok: false, problem: { kind: 'not-passport' } }
  }
  if (result.format !== 'TD3') return { ok: false, problem: { kind: 'not-passport' } }
  const problem = firstProblem(result.details, read)
  if (problem) return { ok: false, problem }

  const issuingCode = read[0]!.slice(2, 5)
  const nationalityCode = read[1]!.slice(10, 13)
  const issuingCountry = countryFromMrz(issuingCode)
  const nationality = countryFromMrz(nationalityCode)
  const noCountry: MrzPassport['noCountry'] = []
  if (!issuingCountry) noCountry.push({ field: 'issuingCountry', code: issuingCode.replace(/</g, '') })
  if (!nationality) noCountry.push({ field: 'nationality', code: nationalityCode.replace(/</g, '') })
  const sex = read[1]![20]
  const birthday = mrzDate(read[1]!.slice(13, 19), 'birthday', today)
  const documentExpiry = mrzDate(read[1]!.slice(21, 27), 'expiry', today)
  if (birthday === null) return { ok: false, problem: { kind: 'unreadable', part: 'birthday' } }
  if (documentExpiry === null) return { ok: false, problem: { kind: 'unreadable', part: 'documentExpiry' } }
  return {
    ok: true,
    passport: {
      surname: names(result.fields.lastName),
      givenNames: names(result.fields.firstName),
      sex: sex === 'F' || sex === 'M' ? sex : undefined,
      birthday,
      documentNumber: result.fields.documentNumber ?? read[1]!.slice(0, 9).replace(/</g, ''),
      documentExpiry,
      nationality,
      issuingCountry,
      noCountry
    }
  }
}
