import type { Language } from '../../../../shared/domain/app'
import { MAX_LEGS, SearchRequest, type SearchLeg } from '../../../../shared/domain/search'
import type { MessageKey } from '../../../../shared/text'
import { ruleOf, type FieldIssue, type FieldMessages } from '../../../components/form/fieldErrors'
import { readTypedDate, type IsoDate } from './dates'
import { maxStopsOf, shownLegs, type SearchDraft } from './draft'
import { passengerCounts, passengerRules, PASSENGER_TYPES, type PassengerRule, type PassengerType } from './passengers'

/** The form's fields, by the id of their control: `from-0`, `to-0`, `date-0` … one set per leg. */
const LEG_INDEXES = [0, 1, 2, 3, 4, 5] as const
type LegIndex = (typeof LEG_INDEXES)[number]
export type LegField = `${'from' | 'to' | 'date'}-${LegIndex}`
export type FormField = LegField | 'returnDate' | PassengerType | 'preferredCarriers' | 'excludedCarriers'

export function legField(kind: 'from' | 'to' | 'date', index: number): LegField {
  return `${kind}-${Math.min(Math.max(0, Math.trunc(index)), MAX_LEGS - 1) as LegIndex}`
}

export type FormRule =
  | 'place-required'
  | 'place-format'
  | 'same-place'
  | 'date-required'
  | 'date-format'
  | 'date-past'
  | 'date-order'
  | 'return-order'
  | PassengerRule
  | 'carrier-format'
  | 'carrier-count'
  | 'carrier-both'

/** One thing wrong, on one field, in the form kit's shape (fieldErrors reads it). */
export interface FormIssue extends FieldIssue {
  readonly path: readonly [FormField]
  readonly code: 'custom'
  readonly params: { readonly rule: FormRule }
}

const RULE_MESSAGES: Readonly<Record<FormRule, MessageKey>> = {
  'place-required': 'searchForm.error.placeRequired',
  'place-format': 'searchForm.error.placeFormat',
  'same-place': 'searchForm.error.samePlace',
  'date-required': 'searchForm.error.dateRequired',
  'date-format': 'searchForm.error.dateFormat',
  'date-past': 'searchForm.error.datePast',
  'date-order': 'searchForm.error.dateOrder',
  'return-order': 'searchForm.error.returnOrder',
  'count-format': 'searchForm.error.countFormat',
  'count-range': 'searchForm.error.countRange',
  total: 'searchForm.error.total',
  'children-per-adult': 'searchForm.error.childrenPerAdult',
  'infants-per-adult': 'searchForm.error.infantsPerAdult',
  'carrier-format': 'searchForm.error.carrierFormat',
  'carrier-count': 'searchForm.error.carrierCount',
  'carrier-both': 'searchForm.error.carrierBoth'
}

/** Every rule says itself, whichever field it is on. */
const byRule = (issue: FieldIssue): MessageKey => RULE_MESSAGES[ruleOf(issue) as FormRule] ?? 'searchForm.error.unexpected'

export const FORM_MESSAGES: FieldMessages<FormField> = Object.fromEntries(
  [
    ...LEG_INDEXES.flatMap((i) => [legField('from', i), legField('to', i), legField('date', i)]),
    'returnDate',
    ...PASSENGER_TYPES,
    'preferredCarriers',
    'excludedCarriers'
  ].map((field) => [field, byRule])
) as FieldMessages<FormField>

/** Rules said while the agent is still typing in the field; the others wait until the field is left (or Search pressed). */
const AS_YOU_TYPE: ReadonlySet<FormRule> = new Set<FormRule>([
  'same-place',
  'date-past',
  'date-order',
  'return-order',
  'count-format',
  'count-range',
  'total',
  'children-per-adult',
  'infants-per-adult',
  'carrier-both',
  'carrier-count'
])

/** What the agent has done to the form so far: which fields were typed in, which were left, whether Search was pressed. */
export interface Interaction {
  readonly edited: ReadonlySet<string>
  readonly left: ReadonlySet<string>
  readonly submitted: boolean
}

export const NO_INTERACTION: Interaction = { edited: new Set(), left: new Set(), submitted: false }

/** The issues to show now: a fresh form is not a wrong one. */
export function shownIssues(issues: readonly FormIssue[], done: Interaction): FormIssue[] {
  return issues.filter((issue) => {
    const field = issue.path[0]
    return done.submitted || done.left.has(field) || (done.edited.has(field) && AS_YOU_TYPE.has(issue.params.rule))
  })
}

export interface CheckContext {
  readonly language: Language
  readonly today: IsoDate
  /** The count field changed last, where "more than 9 passengers" is said. */
  readonly lastPassenger?: PassengerType | undefined
}

export type Checked = { ok: true; request: SearchRequest } | { ok: false; issues: FormIssue[] }

const issue = (field: FormField, rule: FormRule): FormIssue => ({ path: [field], code: 'custom', params: { rule } })

/** A typed code, the way FR24 takes it. */
export function placeCode(text: string): string {
  return text.trim().toUpperCase()
}

/** Airline codes typed with commas or spaces between them, in capitals, each once. */
export function carrierCodes(text: string): string[] {
  return [...new Set(text.toUpperCase().split(/[\s,;/]+/).filter((code) => code !== ''))]
}

export const MAX_CARRIERS = 10

/**
 * The draft checked against FR24's rules and today's date, field by field; when nothing is wrong,
 * the request to send.
 */
export function checkDraft(draft: SearchDraft, context: CheckContext): Checked {
  const issues: FormIssue[] = []
  const legs: SearchLeg[] = []
  let previousDate: IsoDate | undefined
  shownLegs(draft).forEach((leg, index) => {
    const from = placeCode(leg.from)
    const to = placeCode(leg.to)
    const fromRule = placeRule(from)
    const toRule = placeRule(to) ?? (fromRule === undefined && from === to ? 'same-place' : undefined)
    if (fromRule) issues.push(issue(legField('from', index), fromRule))
    if (toRule) issues.push(issue(legField('to', index), toRule))
    const date = checkDate(leg.date, context, previousDate, 'date-order')
    if (date.rule) issues.push(issue(legField('date', index), date.rule))
    if (date.iso) previousDate = date.iso
    legs.push({ from, to, date: date.iso ?? '' })
  })
  if (draft.tripType === 'roundTrip') {
    const out = legs[0]
    const back = checkDate(draft.returnDate, context, out?.date || undefined, 'return-order')
    if (back.rule) issues.push(issue('returnDate', back.rule))
    if (out) legs.push({ from: out.to, to: out.from, date: back.iso ?? '' })
  }

  const counts = passengerRules(draft.passengers, context.lastPassenger)
  for (const type of PASSENGER_TYPES) {
    const rule = counts[type]
    if (rule) issues.push(issue(type, rule))
  }

  const include = carrierCodes(draft.preferredCarriers)
  const exclude = carrierCodes(draft.excludedCarriers)
  const includeRule = carrierRule(include)
  const excludeRule = carrierRule(exclude) ?? (exclude.some((code) => include.includes(code)) && !includeRule ? 'carrier-both' : undefined)
  if (includeRule) issues.push(issue('preferredCarriers', includeRule))
  if (excludeRule) issues.push(issue('excludedCarriers', excludeRule))

  const passengers = passengerCounts(draft.passengers)
  if (issues.length > 0 || !passengers) return { ok: false, issues }

  const maxStops = maxStopsOf(draft.maxStops)
  const carriers = include.length > 0 || exclude.length > 0 ? { ...(include.length ? { include } : {}), ...(exclude.length ? { exclude } : {}) } : undefined
  const parsed = SearchRequest.safeParse({
    tripType: draft.tripType,
    legs,
    passengers,
    cabin: draft.cabin,
    ...(carriers ? { carriers } : {}),
    ...(maxStops === undefined ? {} : { maxStops })
  })
  // The checks above are the schema's rules in the form's words; a schema that still refuses is a
  // fault of ours, said on the first field rather than sending a request main would refuse.
  if (!parsed.success) return { ok: false, issues: [issue(legField('from', 0), 'place-format')] }
  return { ok: true, request: parsed.data }
}

function placeRule(code: string): FormRule | undefined {
  if (code === '') return 'place-required'
  return /^[A-Z]{3}$/.test(code) ? undefined : 'place-format'
}

function checkDate(
  text: string,
  context: CheckContext,
  notBefore: IsoDate | undefined,
  orderRule: 'date-order' | 'return-order'
): { iso?: IsoDate; rule?: FormRule } {
  const read = readTypedDate(text, context.language, context.today)
  switch (read.kind) {
    case 'empty':
      return { rule: 'date-required' }
    case 'unreadable':
      return { rule: 'date-format' }
    case 'date':
      if (read.iso < context.today) return { iso: read.iso, rule: 'date-past' }
      if (notBefore && read.iso < notBefore) return { iso: read.iso, rule: orderRule }
      return { iso: read.iso }
    default: {
      const unreachable: never = read
      return unreachable
    }
  }
}

function carrierRule(codes: readonly string[]): FormRule | undefined {
  if (codes.some((code) => !/^[A-Z0-9]{2}$/.test(code))) return 'carrier-format'
  return codes.length > MAX_CARRIERS ? 'carrier-count' : undefined
}
