import { z } from 'zod'
import { CurrencyCode, DecimalString } from '../money'

/**
 * Flight search as the window and main speak it (contract/search.ts). The raw FR24 answer stays
 * in main; the window gets compact rows (only what a row, the filters and the matrix need) and
 * asks for one offer's details by id.
 */

// ---- codes, dates, times ---------------------------------------------------------------

/** An airport or a city (metro) code: FR24 takes exactly 3 letters either way (typeO/typeD say which). */
export const PlaceCode = z.string().regex(/^[A-Z]{3}$/, 'a 3-letter IATA code')
export const CarrierCode = z.string().regex(/^[A-Z0-9]{2}$/, 'a 2-character airline code')

/** A calendar date as FR24's `depDate` takes it: `YYYY-MM-DD`, and a day that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'not a day of the calendar', params: { rule: 'no-such-day' } })

/** Airport-local wall-clock time, as FR24 gives it (no offset). */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local time YYYY-MM-DDTHH:mm')

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const day = new Date(Date.UTC(y, m - 1, d))
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d
}

// ---- the request -----------------------------------------------------------------------

export const TripType = z.enum(['oneWay', 'roundTrip', 'multiCity'])
export type TripType = z.infer<typeof TripType>

/** FR24's `preferences.cabin`: economy, premium economy, business, first. */
export const Cabin = z.enum(['Y', 'P', 'C', 'F'])
export type Cabin = z.infer<typeof Cabin>

/** FR24 searches 1 to 6 legs ("maximum is 6-segments"). */
export const MAX_LEGS = 6

/**
 * FR24's documented passenger limits (shopping: adultNum 1–9, childNum/infantNum 0–9; pricing page and
 * V1 error 25: at most 9 passengers, at most 2 children per adult), and one infant per adult (a lap
 * infant travels on an adult's knee; FR24-MCP and the client check the same).
 */
export const PASSENGER_LIMITS = { minAdults: 1, maxEach: 9, maxTotal: 9, childrenPerAdult: 2, infantsPerAdult: 1 } as const

/** Names each cross-field rule in its issue's `params.rule`, so a form can word it. */
export const SEARCH_RULES = {
  tooManyPassengers: 'too-many-passengers',
  childrenOverAdults: 'children-over-adults',
  infantsOverAdults: 'infants-over-adults',
  legCount: 'leg-count',
  samePlace: 'same-place',
  returnNotReverse: 'return-not-reverse',
  datesOutOfOrder: 'dates-out-of-order',
  carrierBothWays: 'carrier-included-and-excluded'
} as const
export type SearchRule = (typeof SEARCH_RULES)[keyof typeof SEARCH_RULES]

export const SearchLeg = z.strictObject({ from: PlaceCode, to: PlaceCode, date: IsoDate })
export type SearchLeg = z.infer<typeof SearchLeg>

export const Passengers = z
  .strictObject({
    adults: z.number().int().min(PASSENGER_LIMITS.minAdults).max(PASSENGER_LIMITS.maxEach),
    children: z.number().int().min(0).max(PASSENGER_LIMITS.maxEach),
    infants: z.number().int().min(0).max(PASSENGER_LIMITS.maxEach)
  })
  .superRefine((p, ctx) => {
    // zod keeps checking after a field fails; compare only numbers.
    if (![p.adults, p.children, p.infants].every(Number.isInteger)) return
    for (const issue of passengerIssues(p)) ctx.addIssue({ code: 'custom', ...issue })
  })
export type Passengers = z.infer<typeof Passengers>

/** The cross-count rules alone, for a form that checks as the agent types. */
export function passengerIssues(p: Passengers): { path: string[]; message: string; params: { rule: SearchRule } }[] {
  const issues: { path: string[]; message: string; params: { rule: SearchRule } }[] = []
  if (p.adults + p.children + p.infants > PASSENGER_LIMITS.maxTotal)
    issues.push({ path: ['adults'], message: 'at most 9 passengers in one search', params: { rule: SEARCH_RULES.tooManyPassengers } })
  if (p.children > PASSENGER_LIMITS.childrenPerAdult * p.adults)
    issues.push({ path: ['children'], message: 'at most 2 children per adult', params: { rule: SEARCH_RULES.childrenOverAdults } })
  if (p.infants > PASSENGER_LIMITS.infantsPerAdult * p.adults)
    issues.push({ path: ['infants'], message: 'at most 1 infant per adult', params: { rule: SEARCH_RULES.infantsOverAdults } })
  return issues
}

export const MaxStops = z.union([z.literal(0), z.literal(1), z.literal(2)])
export type MaxStops = z.infer<typeof MaxStops>

export const CarrierChoice = z.strictObject({
  include: z.array(CarrierCode).max(10).optional(),
  exclude: z.array(CarrierCode).max(10).optional()
})
export type CarrierChoice = z.infer<typeof CarrierChoice>

/**
 * One search. Round trip: two legs, the second the reverse of the first. Multi-city: 2 to 6 legs.
 * Dates never go backwards. Past dates are refused by main against its clock (a schema has no "today").
 */
export const SearchRequest = z
  .strictObject({
    tripType: TripType,
    legs: z.array(SearchLeg).min(1).max(MAX_LEGS),
    passengers: Passengers,
    cabin: Cabin,
    carriers: CarrierChoice.optional(),
    maxStops: MaxStops.optional(),
    /**
     * Names searches the window runs together on purpose (the days of a flexible-dates search): they
     * never set each other aside as superseded; any other newer search still does.
     */
    batch: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).optional()
  })
  .superRefine((r, ctx) => {
    if (!Array.isArray(r.legs)) return
    for (const issue of requestIssues(r)) ctx.addIssue({ code: 'custom', ...issue })
  })
export type SearchRequest = z.infer<typeof SearchRequest>

/** How many legs each trip type has (fewest, most). */
export const LEGS_PER_TRIP: Record<TripType, readonly [number, number]> = { oneWay: [1, 1], roundTrip: [2, 2], multiCity: [2, MAX_LEGS] }

type Issue = { path: (string | number)[]; message: string; params: { rule: SearchRule } }

/** The request's cross-field rules (legs per trip type, reverse return, date order, carriers). */
export function requestIssues(r: Pick<SearchRequest, 'tripType' | 'legs' | 'carriers'>): Issue[] {
  const issues: Issue[] = []
  const [min, max] = LEGS_PER_TRIP[r.tripType] ?? [1, MAX_LEGS]
  if (r.legs.length < min || r.legs.length > max)
    issues.push({ path: ['legs'], message: `a ${r.tripType} search has ${min}–${max} legs`, params: { rule: SEARCH_RULES.legCount } })
  r.legs.forEach((leg, i) => {
    if (leg?.from && leg.from === leg.to)
      issues.push({ path: ['legs', i, 'to'], message: 'from and to are the same place', params: { rule: SEARCH_RULES.samePlace } })
    const before = r.legs[i - 1]
    if (i > 0 && before && typeof leg?.date === 'string' && typeof before.date === 'string' && leg.date < before.date)
      issues.push({ path: ['legs', i, 'date'], message: 'a leg departs before the previous one', params: { rule: SEARCH_RULES.datesOutOfOrder } })
  })
  if (r.tripType === 'roundTrip' && r.legs.length === 2) {
    const [out, back] = r.legs
    if (out && back && (back.from !== out.to || back.to !== out.from))
      issues.push({ path: ['legs', 1], message: 'the return flies back the same way', params: { rule: SEARCH_RULES.returnNotReverse } })
  }
  const include = new Set(r.carriers?.include ?? [])
  const both = (r.carriers?.exclude ?? []).filter((c) => include.has(c))
  if (both.length > 0)
    issues.push({ path: ['carriers', 'exclude'], message: `${both.join(', ')} both preferred and excluded`, params: { rule: SEARCH_RULES.carrierBothWays } })
  return issues
}

// ---- the answer: compact rows ---------------------------------------------------------

export const PaxType = z.enum(['ADT', 'CHD', 'INF'])
export type PaxType = z.infer<typeof PaxType>

/** What a fare rule allows: yes (free), no, for a fee, or FR24 did not say (or "airline policy applies"). */
export const RuleAnswer = z.enum(['yes', 'no', 'fee', 'unknown'])
export type RuleAnswer = z.infer<typeof RuleAnswer>

export const WarningKind = z.enum([
  'airport-change', // arrive at one airport, leave from another (LHR → LGW)
  'short-connection', // under the minimum connection time (shared/search/warnings constants)
  'long-connection', // over 6 h
  'overnight-layover', // the layover spans the night
  'red-eye', // departs between 00:00 and 05:00 local
  'arrives-other-day' // arrives on another date than it departs
])
export type WarningKind = z.infer<typeof WarningKind>

export const Warning = z.object({
  kind: WarningKind,
  /** Index of the leg in the row's legs. */
  leg: z.number().int().nonnegative(),
  airport: PlaceCode.optional(),
  minutes: z.number().int().optional()
})
export type Warning = z.infer<typeof Warning>

export const RowSegment = z.object({
  carrier: CarrierCode,
  /** Only when another airline flies it (codeshare). */
  operatingCarrier: CarrierCode.optional(),
  flightNo: z.string().max(16),
  from: PlaceCode,
  to: PlaceCode,
  departLocal: LocalDateTime,
  arriveLocal: LocalDateTime,
  cabin: Cabin,
  bookingClass: z.string().max(2).optional()
})
export type RowSegment = z.infer<typeof RowSegment>

export const Connection = z.object({
  /** Where the traveller connects (the arrival airport of the inbound flight). */
  airport: PlaceCode,
  /** Set both only when the traveller must change airports (arrive LHR, leave LGW). */
  arriveAirport: PlaceCode.optional(),
  departAirport: PlaceCode.optional(),
  layoverMinutes: z.number().int(),
  /** The layover spans the night at the connection airport (shared/search/warnings). */
  overnight: z.boolean()
})
export type Connection = z.infer<typeof Connection>

export const RowLeg = z.object({
  from: PlaceCode,
  to: PlaceCode,
  departLocal: LocalDateTime,
  arriveLocal: LocalDateTime,
  /** Arrival date minus departure date, in local calendar days: the "+1" mark (−1 across the date line eastwards). */
  dayOffset: z.number().int().min(-1).max(3),
  /** Real elapsed time, from the two airports' time zones. */
  durationMinutes: z.number().int().nonnegative(),
  stops: z.number().int().nonnegative(),
  connections: z.array(Connection),
  segments: z.array(RowSegment).min(1)
})
export type RowLeg = z.infer<typeof RowLeg>

export const Carrier = z.object({ code: CarrierCode, name: z.string().max(80) })
export type Carrier = z.infer<typeof Carrier>

export const OfferRow = z.object({
  offerId: z.string().min(1).max(200),
  /** For all the searched passengers, in `currency`. */
  totalPrice: DecimalString,
  /** One passenger of each type: fare + taxes + FR24's service fee. */
  perPassenger: z.object({ ADT: DecimalString.optional(), CHD: DecimalString.optional(), INF: DecimalString.optional() }),
  currency: CurrencyCode,
  /** Marketing carriers, in the order they first fly. */
  carriers: z.array(Carrier).min(1),
  validatingCarrier: CarrierCode,
  legs: z.array(RowLeg).min(1),
  /** At least one checked bag on every segment. */
  bagsIncluded: z.boolean(),
  brand: z.string().max(80).optional(),
  refundable: RuleAnswer,
  changeable: RuleAnswer,
  warnings: z.array(Warning)
})
export type OfferRow = z.infer<typeof OfferRow>

const EpochMs = z.number().int().nonnegative()

export const SearchResults = z.object({
  searchId: z.string().min(1).max(64),
  receivedAt: EpochMs,
  /** After this the offers are dropped in main: price them before (FR24's offer validity, docs/fr24-inferences.md). */
  expiresAt: EpochMs,
  currency: CurrencyCode,
  /** Offers FR24 returned; rows may be fewer when the desk filtered what FR24 could not (e.g. max stops). */
  offerCount: z.number().int().nonnegative(),
  rows: z.array(OfferRow),
  traceId: z.string().optional()
})
export type SearchResults = z.infer<typeof SearchResults>

/** `progress` stages of `search`; `waiting` repeats about every 500 ms (the event carries elapsedMs). */
export const SearchStage = z.enum(['sending', 'waiting', 'reading', 'done'])
export type SearchStage = z.infer<typeof SearchStage>

// ---- one offer in full ----------------------------------------------------------------

export const OfferDetailRequest = z.strictObject({ searchId: z.string().min(1).max(64), offerId: z.string().min(1).max(200) })
export type OfferDetailRequest = z.infer<typeof OfferDetailRequest>

export const DetailSegment = RowSegment.extend({
  carrierName: z.string().max(80),
  operatingCarrierName: z.string().max(80).optional(),
  operatingFlightNo: z.string().max(16).optional(),
  aircraft: z.string().max(16).optional(),
  departTerminal: z.string().max(16).optional(),
  arriveTerminal: z.string().max(16).optional(),
  durationMinutes: z.number().int().nonnegative().optional(),
  fareBasis: z.string().max(32).optional(),
  /** FR24's seats-left figure for this segment. */
  seatsLeft: z.string().max(8).optional(),
  /** A technical stop on the same flight (no change of plane). */
  stopAirport: PlaceCode.optional()
})
export type DetailSegment = z.infer<typeof DetailSegment>

/** When a fare rule applies, relative to departure. */
export const RuleWhen = z.enum(['before-departure', 'after-departure', 'no-show', 'any-time'])
export type RuleWhen = z.infer<typeof RuleWhen>

/** One line of a fare rule in plain structured form; the window words it. */
export const FareRuleLine = z.object({
  paxType: PaxType.optional(),
  allowed: RuleAnswer,
  /** The penalty, in the offer's currency, when FR24 gave one. */
  fee: DecimalString.optional(),
  when: RuleWhen,
  /** FR24's `applicableTime` window in hours before departure, when it gave one. */
  hoursBefore: z.object({ from: z.number().optional(), to: z.number().optional() }).optional(),
  /** FR24's own wording of the policy (e.g. airlinePolicyApplied), kept for the agent. */
  policy: z.string().max(64).optional()
})
export type FareRuleLine = z.infer<typeof FareRuleLine>

export const BagAllowance = z.object({
  pieces: z.number().int().nonnegative().optional(),
  weightKg: z.number().nonnegative().optional(),
  size: z.string().max(32).optional()
})
export type BagAllowance = z.infer<typeof BagAllowance>

export const SegmentBaggage = z.object({
  segment: z.number().int().nonnegative(),
  from: PlaceCode,
  to: PlaceCode,
  checked: BagAllowance.optional(),
  cabin: BagAllowance.optional()
})

export const PaxBreakdown = z.object({
  paxType: PaxType,
  count: z.number().int().nonnegative(),
  fare: DecimalString,
  taxes: DecimalString,
  serviceFee: DecimalString.optional(),
  /** fare + taxes + service fee, for one passenger. */
  perPassenger: DecimalString,
  taxLines: z.array(z.object({ code: z.string().max(16), amount: DecimalString })),
  /** FR24 gives one allowance for every passenger (inference): repeated per type so the agent reads it per type. */
  baggage: z.array(SegmentBaggage)
})
export type PaxBreakdown = z.infer<typeof PaxBreakdown>

export const OfferDetail = z.object({
  searchId: z.string(),
  offerId: z.string(),
  expiresAt: EpochMs,
  currency: CurrencyCode,
  totalPrice: DecimalString,
  validatingCarrier: Carrier,
  brand: z.string().max(80).optional(),
  legs: z.array(
    RowLeg.omit({ segments: true }).extend({ segments: z.array(DetailSegment).min(1) })
  ),
  fareRules: z.object({ refund: z.array(FareRuleLine), change: z.array(FareRuleLine) }),
  refundable: RuleAnswer,
  changeable: RuleAnswer,
  passengers: z.array(PaxBreakdown),
  warnings: z.array(Warning)
})
export type OfferDetail = z.infer<typeof OfferDetail>

// ---- places -----------------------------------------------------------------------------

export const PlaceKind = z.enum(['airport', 'city'])
export type PlaceKind = z.infer<typeof PlaceKind>

export const Place = z.object({
  code: PlaceCode,
  kind: PlaceKind,
  name: z.string().max(120),
  city: z.string().max(80),
  /** Country name in English, as the shipped airport data has it. */
  country: z.string().max(60),
  nameZh: z.string().max(60).optional(),
  cityZh: z.string().max(40).optional(),
  /** A city (metro) code: its airports ("all airports"). */
  airports: z.array(PlaceCode).optional()
})
export type Place = z.infer<typeof Place>

export const FindPlacesRequest = z.strictObject({ query: z.string().max(60), limit: z.number().int().min(1).max(50).optional() })
export type FindPlacesRequest = z.infer<typeof FindPlacesRequest>
export const FindPlacesResult = z.object({ places: z.array(Place) })
export type FindPlacesResult = z.infer<typeof FindPlacesResult>

// ---- recent searches --------------------------------------------------------------------

export const RECENT_SEARCHES = 20

/** Flexible dates search the chosen day and up to this many days either side (2 × 3 + 1 = 7 one-way searches). */
export const FLEX_SPREAD_DAYS = 3

export const RecentSearch = z.object({ request: SearchRequest, at: EpochMs })
export type RecentSearch = z.infer<typeof RecentSearch>
export const RecentSearches = z.object({ searches: z.array(RecentSearch).max(RECENT_SEARCHES) })
export type RecentSearches = z.infer<typeof RecentSearches>
