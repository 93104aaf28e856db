import type { Language } from '../../../../shared/domain/app'
import { AgencyContact, type DocumentType, type PassengerInput, type Sex } from '../../../../shared/domain/booking'
import type { PaxType } from '../../../../shared/domain/search'
import {
  checkPassengers,
  hasErrors,
  splitNameText,
  tidyDocumentNumber,
  tidyName,
  type NameParts,
  type PassengerFacts,
  type PassengerField,
  type Problem,
  type RuleId,
  type Travel
} from '../../../../shared/passengers'
import { fieldErrors, type FieldErrors } from '../../../components/form/fieldErrors'
import { dateFact, writeDocumentDate } from './documentDates'
import type { MrzPassport } from './mrz'

/**
 * The passengers step's state, pure: one draft per passenger with every field as the agent typed
 * it, and the agency contact. The booking flow's store holds them (the step is controlled), so
 * leaving the flow and coming back finds them as they were.
 */

export interface PassengerDraft {
  /** Fixed by the priced offer: the step fills passengers, it does not change who travels. */
  paxType: PaxType
  surname: string
  givenNames: string
  sex: Sex | ''
  birthday: string
  documentType: DocumentType | ''
  documentNumber: string
  issuingCountry: string
  nationality: string
  documentExpiry: string
  /** For CHD and INF: the index (as text, '' for none) of the adult they travel with. */
  accompaniedBy: string
}

export type DraftField = Exclude<keyof PassengerDraft, 'paxType'>

export interface ContactDraft {
  name: string
  areaCode: string
  phone: string
  email: string
}
export type ContactField = keyof ContactDraft

export const EMPTY_CONTACT: ContactDraft = { name: '', areaCode: '', phone: '', email: '' }

export interface PassengerCounts {
  adults: number
  children: number
  infants: number
}

/** What the check of a draft needs besides the trip: the agent's language (how dates are typed), today, the known countries. */
export interface DraftContext {
  language: Language
  today: string
  countries?: ReadonlySet<string> | undefined
}

const blank = (paxType: PaxType, accompaniedBy = ''): PassengerDraft => ({
  paxType,
  surname: '',
  givenNames: '',
  sex: '',
  birthday: '',
  documentType: 'PP',
  documentNumber: '',
  issuingCountry: '',
  nationality: '',
  documentExpiry: '',
  accompaniedBy
})

/**
 * One draft per passenger, adults first, then children, then infants (FR24 numbers them in this
 * order). Each infant is linked to an adult of its own, in order; children to the first adult
 * with room (2 each), so a fresh party breaks no link rule the counts allow.
 */
export function emptyDrafts({ adults, children, infants }: PassengerCounts): PassengerDraft[] {
  const drafts: PassengerDraft[] = Array.from({ length: adults }, () => blank('ADT'))
  for (let i = 0; i < children; i++) drafts.push(blank('CHD', adults > 0 ? String(Math.min(Math.floor(i / 2), adults - 1)) : ''))
  for (let i = 0; i < infants; i++) drafts.push(blank('INF', i < adults ? String(i) : ''))
  return drafts
}

function replace(drafts: readonly PassengerDraft[], index: number, change: (draft: PassengerDraft) => PassengerDraft): PassengerDraft[] {
  return drafts.map((draft, i) => (i === index ? change(draft) : draft))
}

export function editField<F extends DraftField>(drafts: readonly PassengerDraft[], index: number, field: F, value: PassengerDraft[F]): PassengerDraft[] {
  return replace(drafts, index, (draft) => ({ ...draft, [field]: value }))
}

/** A passport's MRZ into one draft: every field it gives (a passport, so document type PP); what it lacks stays as it was. */
export function applyMrz(drafts: readonly PassengerDraft[], index: number, passport: MrzPassport, language: Language): PassengerDraft[] {
  return replace(drafts, index, (draft) => ({
    ...draft,
    surname: passport.surname,
    givenNames: passport.givenNames,
    sex: passport.sex ?? draft.sex,
    birthday: passport.birthday ? writeDocumentDate(passport.birthday, language) : draft.birthday,
    documentType: 'PP',
    documentNumber: passport.documentNumber,
    documentExpiry: passport.documentExpiry ? writeDocumentDate(passport.documentExpiry, language) : draft.documentExpiry,
    issuingCountry: passport.issuingCountry ?? draft.issuingCountry,
    nationality: passport.nationality ?? draft.nationality
  }))
}

/** "SURNAME/GIVEN" (or "Surname, Given") pasted: both name fields, or undefined when the text does not split. */
export function applyNameText(drafts: readonly PassengerDraft[], index: number, text: string): PassengerDraft[] | undefined {
  const parts = splitNameText(text)
  return parts ? applyNames(drafts, index, parts) : undefined
}

/** The agent confirmed a suggested spelling (or a split name): the parts it gives replace the typed ones. */
export function applyNames(drafts: readonly PassengerDraft[], index: number, parts: Partial<NameParts>): PassengerDraft[] {
  return replace(drafts, index, (draft) => ({ ...draft, ...parts }))
}

/** What the rules read of a draft: names and number tidied, dates read in the agent's language. */
export function factsOf(draft: PassengerDraft, context: DraftContext): PassengerFacts {
  const link = draft.accompaniedBy.trim()
  return {
    paxType: draft.paxType,
    surname: tidyName(draft.surname),
    givenNames: tidyName(draft.givenNames),
    sex: draft.sex,
    birthday: dateFact(draft.birthday, context.language, 'birthday', context.today),
    documentType: draft.documentType,
    documentNumber: tidyDocumentNumber(draft.documentNumber),
    issuingCountry: draft.issuingCountry.trim(),
    nationality: draft.nationality.trim(),
    documentExpiry: dateFact(draft.documentExpiry, context.language, 'expiry', context.today),
    accompaniedBy: draft.paxType === 'ADT' || !/^\d$/.test(link) ? undefined : Number(link)
  }
}

export function checkDrafts(drafts: readonly PassengerDraft[], travel: Travel, context: DraftContext): Problem[] {
  return checkPassengers(
    drafts.map((draft) => factsOf(draft, context)),
    travel,
    { today: context.today, countries: context.countries }
  )
}

export type PassengersResult = { ok: true; passengers: PassengerInput[]; warnings: Problem[] } | { ok: false; problems: Problem[] }

/** The passengers to book, when no rule is broken (warnings go with them, for the review). */
export function toPassengerInputs(drafts: readonly PassengerDraft[], travel: Travel, context: DraftContext): PassengersResult {
  const problems = checkDrafts(drafts, travel, context)
  if (hasErrors(problems)) return { ok: false, problems }
  const passengers = drafts.map((draft): PassengerInput => {
    const facts = factsOf(draft, context)
    return {
      paxType: facts.paxType,
      surname: facts.surname,
      givenNames: facts.givenNames,
      sex: facts.sex as Sex,
      birthday: facts.birthday,
      documentType: facts.documentType as DocumentType,
      documentNumber: facts.documentNumber,
      issuingCountry: facts.issuingCountry,
      nationality: facts.nationality,
      documentExpiry: facts.documentExpiry,
      ...(facts.paxType === 'ADT' ? {} : { accompaniedBy: facts.accompaniedBy })
    }
  })
  return { ok: true, passengers, warnings: problems }
}

// ---- which problems to show -------------------------------------------------------------------

/** The control of one passenger's field: `pax-0-surname`. */
export function fieldId(passenger: number, field: PassengerField): string {
  return `pax-${passenger}-${field}`
}

/** What the agent has done so far: fields typed in, fields left, Continue pressed. */
export interface Interaction {
  readonly edited: ReadonlySet<string>
  readonly left: ReadonlySet<string>
  readonly submitted: boolean
}
export const NO_INTERACTION: Interaction = { edited: new Set(), left: new Set(), submitted: false }

/** Said while the agent is still typing (the characters typed are wrong whatever comes next); the rest wait for the field to be left. */
const AS_YOU_TYPE: ReadonlySet<RuleId> = new Set<RuleId>(['name-latin', 'name-length'])

/** The problem each field shows now (the first its rules found), errors before warnings: a fresh form is not a wrong one. */
export function shownProblems(problems: readonly Problem[], done: Interaction): Map<string, Problem> {
  const shown = new Map<string, Problem>()
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')]
  for (const problem of ordered) {
    const id = fieldId(problem.passenger, problem.field)
    if (shown.has(id)) continue
    if (done.submitted || done.left.has(id) || (done.edited.has(id) && AS_YOU_TYPE.has(problem.rule))) shown.set(id, problem)
  }
  return shown
}

// ---- the agency contact --------------------------------------------------------------------------

const CONTACT_MESSAGES = {
  name: 'passengers.contact.invalid.name',
  areaCode: 'passengers.contact.invalid.areaCode',
  phone: 'passengers.contact.invalid.phone',
  email: 'passengers.contact.invalid.email'
} as const

/** The contact as the contract takes it: trimmed, the area code without its "+". */
function contactInput(contact: ContactDraft) {
  return { name: contact.name.trim(), areaCode: contact.areaCode.trim().replace(/^\+/, ''), phone: contact.phone.trim(), email: contact.email.trim() }
}

export type ContactResult = { ok: true; contact: AgencyContact } | { ok: false; errors: FieldErrors<ContactField> }

export function toAgencyContact(contact: ContactDraft): ContactResult {
  const parsed = AgencyContact.safeParse(contactInput(contact))
  return parsed.success ? { ok: true, contact: parsed.data } : { ok: false, errors: fieldErrors(parsed.error.issues, CONTACT_MESSAGES) }
}

export function contactDraftOf(contact: AgencyContact): ContactDraft {
  return { name: contact.name, areaCode: contact.areaCode, phone: contact.phone, email: contact.email }
}

export function isEmptyContact(contact: ContactDraft): boolean {
  return Object.values(contact).every((value) => value.trim() === '')
}

// ---- naming the passengers ------------------------------------------------------------------------

/** "Adult 1", "Child 1", "Infant 1": the passenger's type and its number among that type. */
export function passengerOrdinal(drafts: readonly PassengerDraft[], index: number): { paxType: PaxType; n: number } {
  const paxType = drafts[index]?.paxType ?? 'ADT'
  const n = drafts.slice(0, index + 1).filter((draft) => draft.paxType === paxType).length
  return { paxType, n }
}

/** The adults a child or infant may travel with: their index, number and name as typed so far. */
export function adultChoices(drafts: readonly PassengerDraft[]): { index: number; n: number; name: string }[] {
  return drafts.flatMap((draft, index) =>
    draft.paxType === 'ADT' ? [{ index, n: passengerOrdinal(drafts, index).n, name: [tidyName(draft.surname), tidyName(draft.givenNames)].filter(Boolean).join(' ') }] : []
  )
}
