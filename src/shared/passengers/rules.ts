import { DocumentType } from '../domain/booking'
import type { PaxType } from '../domain/search'
import type { MessageKey } from '../text'
import { addMonths, ageOn, birthdayAt, isIsoDay } from './dates'
import { documentShapeOk, residentIdCheckOk, tidyDocumentNumber } from './documents'
import { LATIN_NAME, MAX_NAME_LENGTH, tidyName } from './names'

/**
 * The passenger rules FR24 and the airlines apply, as small functions with a stable id each. The
 * window runs them as the agent types; main's booking service runs them again on what it is sent
 * and refuses a booking that breaks one. Ages follow docs/fr24-inferences.md "Passenger ages".
 */

export type PassengerField =
  | 'surname'
  | 'givenNames'
  | 'sex'
  | 'birthday'
  | 'documentType'
  | 'documentNumber'
  | 'issuingCountry'
  | 'nationality'
  | 'documentExpiry'
  | 'accompaniedBy'

export type Severity = 'error' | 'warning'
export type ProblemParams = Readonly<Record<string, string | number>>

export type RuleId =
  | 'name-required'
  | 'name-latin'
  | 'name-length'
  | 'sex-required'
  | 'birthday-required'
  | 'birthday-format'
  | 'birthday-future'
  | 'age-adult'
  | 'age-child'
  | 'age-infant'
  | 'infant-turns-two'
  | 'document-type-required'
  | 'id-domestic-only'
  | 'document-number-required'
  | 'document-number-shape'
  | 'id-checksum'
  | 'country-required'
  | 'country-unknown'
  | 'expiry-required'
  | 'expiry-format'
  | 'expiry-before-end'
  | 'expiry-soon'
  | 'link-required'
  | 'link-not-adult'
  | 'infants-exceed-adults'
  | 'infant-shares-adult'
  | 'children-per-adult'

/** One thing wrong (or worth a second look) with one field of one passenger. */
export interface Problem {
  /** Index of the passenger in the list checked. */
  passenger: number
  field: PassengerField
  rule: RuleId
  severity: Severity
  params: ProblemParams
}

/**
 * A passenger as the rules read it: every field a string that may still be wrong (the window's
 * draft, dates already read as `YYYY-MM-DD` when they could be), or main's PassengerInput as it is.
 */
export interface PassengerFacts {
  paxType: PaxType
  surname: string
  givenNames: string
  sex: string
  birthday: string
  documentType: string
  documentNumber: string
  issuingCountry: string
  nationality: string
  documentExpiry: string
  /** For CHD and INF: index (in this list) of the adult travelling with them. */
  accompaniedBy?: number | undefined
}

/** The trip's first and last flight days (airport-local departure dates, `YYYY-MM-DD`). */
export interface Travel {
  firstDate: string
  lastDate: string
}

export interface CheckOptions {
  /** Today on the agent's calendar: a birthday after it is refused (without it, after the first flight). */
  today?: string | undefined
  /** The ISO 3166 codes the desk knows; without it a code is only checked for its shape. */
  countries?: ReadonlySet<string> | undefined
  /** False when a flight leaves or reaches a place outside mainland China: the resident ID card (ID) is refused. */
  domesticChina?: boolean | undefined
}

/** What one rule found: the field and the values its message needs. */
export interface Finding {
  field: PassengerField
  params?: ProblemParams
}

interface Context {
  travel: Travel
  options: CheckOptions
}

export interface PassengerRule {
  id: RuleId
  severity: Severity
  check(passenger: PassengerFacts, context: Context): readonly Finding[]
}

export interface PartyRule {
  id: RuleId
  severity: Severity
  /** Findings by passenger index. */
  check(passengers: readonly PassengerFacts[]): readonly (Finding & { passenger: number })[]
}

const none: readonly Finding[] = []
const at = (field: PassengerField, params?: ProblemParams): Finding[] => [params ? { field, params } : { field }]
const NAME_FIELDS = ['surname', 'givenNames'] as const
const COUNTRY_FIELDS = ['issuingCountry', 'nationality'] as const
const COUNTRY = /^[A-Z]{2}$/

function documentTypeOf(p: PassengerFacts): DocumentType | undefined {
  const parsed = DocumentType.safeParse(p.documentType)
  return parsed.success ? parsed.data : undefined
}

/** The birthday when it is a real day not after today (or the first flight): the ages are only asked of such a one. */
function knownBirthday(p: PassengerFacts, { travel, options }: Context): string | undefined {
  if (!isIsoDay(p.birthday) || !isIsoDay(travel.firstDate) || !isIsoDay(travel.lastDate)) return undefined
  return p.birthday > (options.today ?? travel.firstDate) ? undefined : p.birthday
}

function ageRule(id: RuleId, paxType: PaxType, fits: (age: number) => boolean): PassengerRule {
  return {
    id,
    severity: 'error',
    check(p, context) {
      const birthday = knownBirthday(p, context)
      if (p.paxType !== paxType || birthday === undefined) return none
      const age = ageOn(birthday, context.travel.firstDate)
      return fits(age) ? none : at('birthday', { age, date: context.travel.firstDate })
    }
  }
}

/** Checked per passenger, in the order a field's problems are shown (the first is the one said). */
export const PASSENGER_RULES: readonly PassengerRule[] = [
  {
    id: 'name-required',
    severity: 'error',
    check: (p) => NAME_FIELDS.filter((field) => tidyName(p[field]) === '').map((field) => ({ field }))
  },
  {
    id: 'name-latin',
    severity: 'error',
    check: (p) =>
      NAME_FIELDS.filter((field) => {
        const name = tidyName(p[field])
        return name !== '' && !LATIN_NAME.test(name)
      }).map((field) => ({ field }))
  },
  {
    id: 'name-length',
    severity: 'error',
    check: (p) => NAME_FIELDS.filter((field) => tidyName(p[field]).length > MAX_NAME_LENGTH).map((field) => ({ field, params: { max: MAX_NAME_LENGTH } }))
  },
  { id: 'sex-required', severity: 'error', check: (p) => (p.sex === 'F' || p.sex === 'M' ? none : at('sex')) },
  { id: 'birthday-required', severity: 'error', check: (p) => (p.birthday.trim() === '' ? at('birthday') : none) },
  { id: 'birthday-format', severity: 'error', check: (p) => (p.birthday.trim() !== '' && !isIsoDay(p.birthday) ? at('birthday') : none) },
  {
    id: 'birthday-future',
    severity: 'error',
    check: (p, { travel, options }) => {
      const limit = options.today ?? travel.firstDate
      return isIsoDay(p.birthday) && isIsoDay(limit) && p.birthday > limit ? at('birthday', { date: limit }) : none
    }
  },
  // FR24: ADT 12 or older, CHD 2 to 11, INF under 2, on the day of the first flight.
  ageRule('age-adult', 'ADT', (age) => age >= 12),
  ageRule('age-child', 'CHD', (age) => age >= 2 && age < 12),
  ageRule('age-infant', 'INF', (age) => age < 2),
  {
    // An infant flies on a lap only while under 2: one who turns 2 before the last flight needs a seat from then.
    id: 'infant-turns-two',
    severity: 'error',
    check(p, context) {
      const birthday = knownBirthday(p, context)
      if (p.paxType !== 'INF' || birthday === undefined || ageOn(birthday, context.travel.firstDate) >= 2) return none
      return ageOn(birthday, context.travel.lastDate) >= 2 ? at('birthday', { date: birthdayAt(birthday, 2) }) : none
    }
  },
  { id: 'document-type-required', severity: 'error', check: (p) => (documentTypeOf(p) ? none : at('documentType')) },
  {
    id: 'id-domestic-only',
    severity: 'error',
    check: (p, { options }) => (documentTypeOf(p) === 'ID' && options.domesticChina === false ? at('documentType') : none)
  },
  { id: 'document-number-required', severity: 'error', check: (p) => (tidyDocumentNumber(p.documentNumber) === '' ? at('documentNumber') : none) },
  {
    id: 'document-number-shape',
    severity: 'error',
    check(p) {
      const type = documentTypeOf(p)
      const number = tidyDocumentNumber(p.documentNumber)
      return type && number !== '' && !documentShapeOk(type, number) ? at('documentNumber', { type }) : none
    }
  },
  {
    id: 'id-checksum',
    severity: 'error',
    check(p) {
      const number = tidyDocumentNumber(p.documentNumber)
      return documentTypeOf(p) === 'ID' && documentShapeOk('ID', number) && !residentIdCheckOk(number) ? at('documentNumber') : none
    }
  },
  { id: 'country-required', severity: 'error', check: (p) => COUNTRY_FIELDS.filter((field) => p[field].trim() === '').map((field) => ({ field })) },
  {
    id: 'country-unknown',
    severity: 'error',
    check: (p, { options }) =>
      COUNTRY_FIELDS.filter((field) => {
        const code = p[field].trim()
        return code !== '' && (!COUNTRY.test(code) || (options.countries !== undefined && !options.countries.has(code)))
      }).map((field) => ({ field }))
  },
  { id: 'expiry-required', severity: 'error', check: (p) => (p.documentExpiry.trim() === '' ? at('documentExpiry') : none) },
  { id: 'expiry-format', severity: 'error', check: (p) => (p.documentExpiry.trim() !== '' && !isIsoDay(p.documentExpiry) ? at('documentExpiry') : none) },
  {
    // Valid for the whole trip: later than the last flight's departure day (so an overnight arrival is covered too).
    id: 'expiry-before-end',
    severity: 'error',
    check: (p, { travel }) =>
      isIsoDay(p.documentExpiry) && isIsoDay(travel.lastDate) && p.documentExpiry <= travel.lastDate ? at('documentExpiry', { date: travel.lastDate }) : none
  },
  {
    // Many countries refuse entry on a passport with under 6 months left: worth a second look, not a refusal.
    id: 'expiry-soon',
    severity: 'warning',
    check(p, { travel }) {
      if (!isIsoDay(p.documentExpiry) || !isIsoDay(travel.lastDate) || p.documentExpiry <= travel.lastDate) return none
      const sixMonths = addMonths(travel.lastDate, 6)
      return p.documentExpiry < sixMonths ? at('documentExpiry', { date: sixMonths }) : none
    }
  }
]

const isAdultAt = (passengers: readonly PassengerFacts[], index: number | undefined) =>
  index !== undefined && Number.isInteger(index) && passengers[index]?.paxType === 'ADT'

const accompanied = (passengers: readonly PassengerFacts[], type: 'CHD' | 'INF') =>
  passengers.flatMap((p, passenger) => (p.paxType === type && isAdultAt(passengers, p.accompaniedBy) ? [{ passenger, adult: p.accompaniedBy! }] : []))

/** Over one adult's limit: every child or infant after the first `limit` on the same adult. */
function overLimit(passengers: readonly PassengerFacts[], type: 'CHD' | 'INF', limit: number) {
  const load = new Map<number, number>()
  return accompanied(passengers, type).flatMap(({ passenger, adult }) => {
    const count = (load.get(adult) ?? 0) + 1
    load.set(adult, count)
    return count > limit ? [{ passenger, field: 'accompaniedBy' as const, params: { adult: adult + 1 } }] : []
  })
}

/** Rules between passengers: who travels with whom (FR24: each adult takes at most 2 CHD and 1 INF). */
export const PARTY_RULES: readonly PartyRule[] = [
  {
    id: 'link-required',
    severity: 'error',
    check: (list) => list.flatMap((p, passenger) => (p.paxType !== 'ADT' && p.accompaniedBy === undefined ? [{ passenger, field: 'accompaniedBy' as const }] : []))
  },
  {
    id: 'link-not-adult',
    severity: 'error',
    check: (list) =>
      list.flatMap((p, passenger) =>
        p.paxType !== 'ADT' && p.accompaniedBy !== undefined && !isAdultAt(list, p.accompaniedBy) ? [{ passenger, field: 'accompaniedBy' as const }] : []
      )
  },
  {
    id: 'infants-exceed-adults',
    severity: 'error',
    check(list) {
      const adults = list.filter((p) => p.paxType === 'ADT').length
      const infants = list.flatMap((p, passenger) => (p.paxType === 'INF' ? [passenger] : []))
      return infants.slice(adults).map((passenger) => ({ passenger, field: 'accompaniedBy' as const, params: { adults } }))
    }
  },
  { id: 'infant-shares-adult', severity: 'error', check: (list) => overLimit(list, 'INF', 1) },
  { id: 'children-per-adult', severity: 'error', check: (list) => overLimit(list, 'CHD', 2) }
]

/** Every problem of every passenger: per-passenger rules first, in rule order, then the rules between them. */
export function checkPassengers(passengers: readonly PassengerFacts[], travel: Travel, options: CheckOptions = {}): Problem[] {
  const context: Context = { travel, options }
  const problems: Problem[] = []
  passengers.forEach((p, passenger) => {
    for (const rule of PASSENGER_RULES) {
      for (const found of rule.check(p, context)) {
        problems.push({ passenger, field: found.field, rule: rule.id, severity: rule.severity, params: found.params ?? {} })
      }
    }
  })
  for (const rule of PARTY_RULES) {
    for (const found of rule.check(passengers)) {
      problems.push({ passenger: found.passenger, field: found.field, rule: rule.id, severity: rule.severity, params: found.params ?? {} })
    }
  }
  return problems
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error')

const RULE_MESSAGES: Readonly<Record<Exclude<RuleId, 'document-number-shape'>, MessageKey>> = {
  'name-required': 'passengers.rule.nameRequired',
  'name-latin': 'passengers.rule.nameLatin',
  'name-length': 'passengers.rule.nameLength',
  'sex-required': 'passengers.rule.sexRequired',
  'birthday-required': 'passengers.rule.birthdayRequired',
  'birthday-format': 'passengers.rule.dateFormat',
  'birthday-future': 'passengers.rule.birthdayFuture',
  'age-adult': 'passengers.rule.ageAdult',
  'age-child': 'passengers.rule.ageChild',
  'age-infant': 'passengers.rule.ageInfant',
  'infant-turns-two': 'passengers.rule.infantTurnsTwo',
  'document-type-required': 'passengers.rule.documentTypeRequired',
  'id-domestic-only': 'passengers.rule.idDomesticOnly',
  'document-number-required': 'passengers.rule.documentNumberRequired',
  'id-checksum': 'passengers.rule.idChecksum',
  'country-required': 'passengers.rule.countryRequired',
  'country-unknown': 'passengers.rule.countryUnknown',
  'expiry-required': 'passengers.rule.expiryRequired',
  'expiry-format': 'passengers.rule.dateFormat',
  'expiry-before-end': 'passengers.rule.expiryBeforeEnd',
  'expiry-soon': 'passengers.rule.expirySoon',
  'link-required': 'passengers.rule.linkRequired',
  'link-not-adult': 'passengers.rule.linkNotAdult',
  'infants-exceed-adults': 'passengers.rule.infantsExceedAdults',
  'infant-shares-adult': 'passengers.rule.infantSharesAdult',
  'children-per-adult': 'passengers.rule.childrenPerAdult'
}

const SHAPE_MESSAGES: Readonly<Record<DocumentType, MessageKey>> = {
  PP: 'passengers.rule.shape.PP',
  ID: 'passengers.rule.shape.ID',
  GA: 'passengers.rule.shape.GA',
  TW: 'passengers.rule.shape.TW',
  TB: 'passengers.rule.shape.TB',
  HX: 'passengers.rule.shape.HX',
  HY: 'passengers.rule.shape.HY'
}

/** The sentence that says a problem (its params fill it). A number's shape is said for its document type. */
export function problemMessage(problem: Pick<Problem, 'rule' | 'params'>): MessageKey {
  if (problem.rule !== 'document-number-shape') return RULE_MESSAGES[problem.rule]
  const type = DocumentType.safeParse(problem.params.type)
  return type.success ? SHAPE_MESSAGES[type.data] : SHAPE_MESSAGES.PP
}
