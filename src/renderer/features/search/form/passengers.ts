import { PASSENGER_LIMITS } from '../../../../shared/domain/search'

/**
 * FR24's passenger rules for a search, as the agent types (the limits themselves live with the
 * request's schema, shared/domain/search.ts): 1–9 adults, 0–9 children, 0–9 infants, at most 9
 * together, at most 2 children per adult, at most 1 infant per adult (an infant sits on a lap).
 */
export const PASSENGER_RANGE = {
  adults: { min: PASSENGER_LIMITS.minAdults, max: PASSENGER_LIMITS.maxEach },
  children: { min: 0, max: PASSENGER_LIMITS.maxEach },
  infants: { min: 0, max: PASSENGER_LIMITS.maxEach }
} as const

export type PassengerType = 'adults' | 'children' | 'infants'
export const PASSENGER_TYPES: readonly PassengerType[] = ['adults', 'children', 'infants']

/** What the agent typed in each count field. */
export type PassengerTexts = Readonly<Record<PassengerType, string>>
export type PassengerCounts = Readonly<Record<PassengerType, number>>

export type PassengerRule = 'count-format' | 'count-range' | 'total' | 'children-per-adult' | 'infants-per-adult'

/** A count the agent typed: a whole number, nothing else (no sign, no decimals). */
export function readCount(text: string): number | undefined {
  const typed = text.trim()
  return /^\d{1,2}$/.test(typed) ? Number(typed) : undefined
}

/** A count field's number: an empty Children or Infants field means none; Adults must be typed. */
export function countOf(type: PassengerType, text: string): number | undefined {
  return type !== 'adults' && text.trim() === '' ? 0 : readCount(text)
}

/**
 * Which rule each count field breaks. A field that is not a number (or out of its own range) is
 * reported alone; the rules between fields are only asked of real counts. The total is said on
 * the field the agent changed last (it is the one that tipped it over), else on the adults.
 */
export function passengerRules(
  texts: PassengerTexts,
  lastEdited: PassengerType = 'adults'
): Partial<Record<PassengerType, PassengerRule>> {
  const out: Partial<Record<PassengerType, PassengerRule>> = {}
  const counts: Partial<Record<PassengerType, number>> = {}
  for (const type of PASSENGER_TYPES) {
    const count = countOf(type, texts[type])
    if (count === undefined) out[type] = 'count-format'
    else if (count < PASSENGER_RANGE[type].min || count > PASSENGER_RANGE[type].max) out[type] = 'count-range'
    else counts[type] = count
  }
  const { adults, children, infants } = counts
  if (adults === undefined) return out
  if (children !== undefined && children > adults * PASSENGER_LIMITS.childrenPerAdult) out.children = 'children-per-adult'
  if (infants !== undefined && infants > adults * PASSENGER_LIMITS.infantsPerAdult) out.infants = 'infants-per-adult'
  if (children !== undefined && infants !== undefined && adults + children + infants > PASSENGER_LIMITS.maxTotal) {
    const on = out[lastEdited] === undefined ? lastEdited : PASSENGER_TYPES.find((type) => out[type] === undefined)
    if (on) out[on] = 'total'
  }
  return out
}

/** The counts, when every rule holds. */
export function passengerCounts(texts: PassengerTexts): PassengerCounts | undefined {
  if (Object.keys(passengerRules(texts)).length > 0) return undefined
  return { adults: countOf('adults', texts.adults)!, children: countOf('children', texts.children)!, infants: countOf('infants', texts.infants)! }
}

/**
 * The most of one type the others allow, for the spin buttons' arrows: an arrow never steps into
 * a count FR24 would refuse.
 */
export function maxAllowed(type: PassengerType, texts: PassengerTexts): number {
  const other = (t: PassengerType) => countOf(t, texts[t]) ?? PASSENGER_RANGE[t].min
  const room = (others: number) => PASSENGER_LIMITS.maxTotal - others
  switch (type) {
    case 'adults':
      return Math.min(PASSENGER_RANGE.adults.max, room(other('children') + other('infants')))
    case 'children':
      return Math.min(PASSENGER_RANGE.children.max, other('adults') * PASSENGER_LIMITS.childrenPerAdult, room(other('adults') + other('infants')))
    case 'infants':
      return Math.min(PASSENGER_RANGE.infants.max, other('adults') * PASSENGER_LIMITS.infantsPerAdult, room(other('adults') + other('children')))
    default: {
      const unreachable: never = type
      return unreachable
    }
  }
}

/** One step of an arrow key on a count field, kept inside what the rules allow. */
export function stepCount(type: PassengerType, texts: PassengerTexts, step: 1 | -1): string {
  const current = countOf(type, texts[type])
  const min = PASSENGER_RANGE[type].min
  const max = Math.max(min, maxAllowed(type, texts))
  const next = current === undefined ? min : Math.min(max, Math.max(min, current + step))
  return String(next)
}
