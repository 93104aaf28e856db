import { z } from 'zod'
import { Environment } from './environments'
import { CurrencyCode, DecimalString } from '../money'
import { IsoDate, LocalDateTime, OfferDetail, PaxType, PlaceCode, RuleAnswer } from './search'

/**
 * From an offer to an order, as the window and main speak it (contract/booking.ts and
 * contract/orders.ts). The priced FR24 offer, its seat maps and bag catalogue stay in main under a
 * pricingId; the window sends the agent's choices and gets back what FR24 answered, in the desk's words.
 */

const EpochMs = z.number().int().nonnegative()
const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not an id')
/** FR24 order numbers are digits (schema/input.ts OrderNo). */
export const OrderNumber = z.string().regex(/^\d{1,32}$/, 'an FR24 order number')

// ---- price check ------------------------------------------------------------------------

/** FR24's pricing answer holds for 30 minutes (docs/fr24-inferences.md "Pricing window"). */
export const PRICING_WINDOW_MS = 30 * 60_000

export const PriceOfferRequest = z.strictObject({ searchId: z.string().min(1).max(64), offerId: z.string().min(1).max(200) })
export type PriceOfferRequest = z.infer<typeof PriceOfferRequest>

/** What the price check found different from the search's offer; the agent acknowledges every one. */
export const PriceChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('total'), before: DecimalString, after: DecimalString }),
  z.object({ kind: z.literal('perPassenger'), paxType: PaxType, before: DecimalString, after: DecimalString }),
  z.object({ kind: z.literal('currency'), before: CurrencyCode, after: CurrencyCode }),
  z.object({ kind: z.literal('brand'), before: z.string().max(80).optional(), after: z.string().max(80).optional() }),
  z.object({ kind: z.literal('rules'), rule: z.enum(['refund', 'change']), before: RuleAnswer, after: RuleAnswer }),
  /** Seats left on a segment (index over all segments, in flying order) dropped, or FR24 stopped saying. */
  z.object({ kind: z.literal('seatsLeft'), segment: z.number().int().nonnegative(), before: z.string().max(8).optional(), after: z.string().max(8).optional() }),
  /** Flights, times or classes differ: the agent is shown the priced itinerary as the one to book. */
  z.object({ kind: z.literal('itinerary') })
])
export type PriceChange = z.infer<typeof PriceChange>

/** One flight of the priced offer, as the seat maps and bags name it. */
export const BookSegment = z.object({
  segmentId: z.string().min(1).max(64),
  /** Index of the leg it belongs to. */
  leg: z.number().int().nonnegative(),
  from: PlaceCode,
  to: PlaceCode,
  carrier: z.string().max(3),
  flightNo: z.string().max(16),
  departLocal: LocalDateTime
})
export type BookSegment = z.infer<typeof BookSegment>

export const PricedOffer = z.object({
  /** Names this price check in main; booking refers to it. */
  pricingId: Id,
  searchId: z.string().min(1).max(64),
  /** The search's offer id (the one priced). */
  offerId: z.string().min(1).max(200),
  pricedAt: EpochMs,
  /** After this the price is stale: the desk re-prices before anything else (pricedAt + PRICING_WINDOW_MS or FR24's own, earlier, limit). */
  expiresAt: EpochMs,
  /** The priced offer in full, as the offer detail shows it (its totalPrice is the fare to book). */
  detail: OfferDetail,
  segments: z.array(BookSegment).min(1),
  /** Empty when nothing changed. */
  changes: z.array(PriceChange),
  environment: Environment,
  traceId: z.string().max(128).optional()
})
export type PricedOffer = z.infer<typeof PricedOffer>

// ---- seats and bags -----------------------------------------------------------------------

export const PricingRef = z.strictObject({ pricingId: Id })
export type PricingRef = z.infer<typeof PricingRef>

export const SeatState = z.enum(['free', 'taken'])
export const SeatView = z.object({
  seatNo: z.string().min(1).max(8),
  column: z.string().min(1).max(2),
  state: SeatState,
  /** Undefined when FR24 did not give a price: such a seat cannot be picked (unless free of charge is known). */
  price: DecimalString.optional(),
  /** FR24's seat characteristics as sent (window, aisle, exit, extra legroom…): the window words the known ones. */
  characteristics: z.array(z.string().max(32)).max(16)
})
export type SeatView = z.infer<typeof SeatView>

export const SeatRowView = z.object({
  rowNo: z.number().int().nonnegative(),
  /** An exit row (from its seats' characteristics). */
  exit: z.boolean(),
  /** One entry per column; null where the row has no seat in that column. */
  seats: z.array(SeatView.nullable())
})
export type SeatRowView = z.infer<typeof SeatRowView>

export const SeatMapView = z.object({
  segmentId: z.string().min(1).max(64),
  columns: z.array(z.string().min(1).max(2)).max(12),
  /** Columns followed by an aisle. */
  aisleAfter: z.array(z.string().min(1).max(2)),
  rows: z.array(SeatRowView).max(120),
  currency: CurrencyCode
})
export type SeatMapView = z.infer<typeof SeatMapView>

/** A checked bag (or other ancillary) FR24 sells for a set of segments. */
export const BagOption = z.object({
  auxId: z.string().min(1).max(64),
  segmentIds: z.array(z.string().min(1).max(64)).min(1),
  price: DecimalString,
  currency: CurrencyCode,
  pieces: z.number().int().nonnegative().optional(),
  weightKg: z.number().nonnegative().optional(),
  size: z.string().max(32).optional(),
  limitPerPassenger: z.number().int().positive().optional(),
  type: z.string().max(32).optional()
})
export type BagOption = z.infer<typeof BagOption>

/** Why a part of the extras is not on offer; the rest of the flow goes on without it. */
export const ExtrasGap = z.enum(['not-offered', 'failed'])

export const OfferExtras = z.object({
  pricingId: Id,
  seatMaps: z.array(SeatMapView),
  bags: z.array(BagOption),
  /** Set when seats (or bags) could not be had: booking goes on without them. */
  seatsGap: ExtrasGap.optional(),
  bagsGap: ExtrasGap.optional(),
  traceId: z.string().max(128).optional()
})
export type OfferExtras = z.infer<typeof OfferExtras>

/** The agent's picks; prices are the ones the window showed, checked again in main. */
export const SeatPick = z.strictObject({ passenger: z.number().int().min(0).max(8), segmentId: z.string().min(1).max(64), seatNo: z.string().min(1).max(8), price: DecimalString })
export type SeatPick = z.infer<typeof SeatPick>
export const BagPick = z.strictObject({ passenger: z.number().int().min(0).max(8), auxId: z.string().min(1).max(64), price: DecimalString })
export type BagPick = z.infer<typeof BagPick>

// ---- passengers -----------------------------------------------------------------------------

/** FR24's cardType codes (schema/order.ts CardType); the window words them. */
export const DocumentType = z.enum(['PP', 'ID', 'GA', 'TW', 'TB', 'HX', 'HY'])
export type DocumentType = z.infer<typeof DocumentType>
export const Sex = z.enum(['F', 'M'])
export type Sex = z.infer<typeof Sex>
/** Latin capitals, spaces and hyphens as typed; FR24's name is built from it in main (shared/passengers). */
export const LatinName = z.string().min(1).max(40).regex(/^[A-Z][A-Z -]*$/, 'Latin capitals')
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code')

export const PassengerInput = z.strictObject({
  paxType: PaxType,
  surname: LatinName,
  givenNames: LatinName,
  sex: Sex,
  birthday: IsoDate,
  documentType: DocumentType,
  documentNumber: z.string().min(1).max(20).regex(/^[A-Z0-9]+$/, 'letters and digits'),
  issuingCountry: CountryCode,
  nationality: CountryCode,
  documentExpiry: IsoDate,
  /** For CHD and INF: index (in this list) of the adult travelling with them. */
  accompaniedBy: z.number().int().min(0).max(8).optional()
})
export type PassengerInput = z.infer<typeof PassengerInput>

export const AgencyContact = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Country calling code without "+", e.g. "65". */
  areaCode: z.string().regex(/^\d{1,4}$/, 'a country calling code'),
  phone: z.string().regex(/^[0-9 -]{5,20}$/, 'a phone number'),
  email: z.email().max(100)
})
export type AgencyContact = z.infer<typeof AgencyContact>
export const SavedAgencyContact = z.object({ contact: AgencyContact.nullable() })

/** A traveller who already holds a live order from this desk on an overlapping trip. */
export const DuplicateTraveller = z.object({
  /** Index in the passengers checked. */
  passenger: z.number().int().min(0).max(8),
  orderNo: OrderNumber,
  route: z.string().max(80),
  departLocal: LocalDateTime
})
export type DuplicateTraveller = z.infer<typeof DuplicateTraveller>
export const DuplicateCheckRequest = z.strictObject({
  pricingId: Id,
  travellers: z.array(z.strictObject({ surname: LatinName, givenNames: LatinName, birthday: IsoDate })).min(1).max(9)
})
export const DuplicateCheck = z.object({ duplicates: z.array(DuplicateTraveller) })

// ---- book ---------------------------------------------------------------------------------

export const BookRequest = z.strictObject({
  pricingId: Id,
  passengers: z.array(PassengerInput).min(1).max(9),
  contact: AgencyContact,
  seats: z.array(SeatPick).max(9 * 16),
  bags: z.array(BagPick).max(9 * 16),
  /** fare + seats + bags as the agent saw it; main refuses when its own sum differs. */
  expectedTotal: DecimalString,
  /** The agent read the duplicate-traveller warning and books anyway. */
  allowDuplicates: z.boolean()
})
export type BookRequest = z.infer<typeof BookRequest>

// ---- orders ----------------------------------------------------------------------------------

/**
 * Where an order stands, in the agent's words (from FR24's orderStatus, docs/fr24-inferences.md
 * "Order states"). `unknown` is the desk's own: a booking whose answer was lost and not yet found.
 */
export const OrderState = z.enum(['unpaid', 'ticketing', 'ticketed', 'cancelled', 'closed', 'unknown'])
export type OrderState = z.infer<typeof OrderState>

/** What the desk knows of the payment (from the journal's ticketing movement). */
export const PaymentState = z.enum(['none', 'pending', 'paid', 'failed', 'uncertain'])
export type PaymentState = z.infer<typeof PaymentState>

export const OrderTraveller = z.object({ name: z.string().max(80), paxType: PaxType, ticketNo: z.string().max(32).optional() })

export const OrderSummary = z.object({
  orderNo: OrderNumber,
  partnerOrderNo: z.string().max(64),
  profileId: z.string().max(64),
  environment: Environment,
  state: OrderState,
  /** FR24's own orderStatus code, for support. */
  fr24Status: z.string().max(8).optional(),
  payment: PaymentState,
  /** e.g. "SIN–HKG–SIN". */
  route: z.string().max(80),
  departLocal: LocalDateTime,
  /** IANA zone of the first departure airport, for the airport-local deadline beside the agent's own. */
  departZone: z.string().max(64),
  travellers: z.array(OrderTraveller).min(1).max(9),
  currency: CurrencyCode,
  /** The amount to pay (fare + seats + bags), as FR24 answered it. */
  total: DecimalString,
  payDeadline: EpochMs.optional(),
  bookedAt: EpochMs,
  updatedAt: EpochMs
})
export type OrderSummary = z.infer<typeof OrderSummary>

export const OrderHistoryEntry = z.object({ state: OrderState, fr24Status: z.string().max(8).optional(), at: EpochMs })
export const OrderView = OrderSummary.extend({
  history: z.array(OrderHistoryEntry).max(200),
  /** Seats and bags booked with the order, as FR24 reported them. */
  extras: z.array(z.object({ traveller: z.number().int().nonnegative(), what: z.enum(['seat', 'bag']), label: z.string().max(40) })).max(200),
  /** When FR24 was last asked (orderDetail); undefined when only the journal was read. */
  checkedAt: EpochMs.optional(),
  traceId: z.string().max(128).optional()
})
export type OrderView = z.infer<typeof OrderView>

/** The result of `bookOffer`: booked, or the answer was lost and the order could not be found yet. */
export const BookOutcome = z.discriminatedUnion('state', [
  /** `recovered`: the answer was lost but orderDetail by partnerOrderNo found the order. */
  z.object({ state: z.literal('booked'), order: OrderView, recovered: z.boolean() }),
  z.object({ state: z.literal('uncertain'), partnerOrderNo: z.string().max(64), traceId: z.string().max(128).optional() })
])
export type BookOutcome = z.infer<typeof BookOutcome>

export const OrderRef = z.strictObject({ orderNo: OrderNumber })
export type OrderRef = z.infer<typeof OrderRef>
export const OrderViewRequest = z.strictObject({ orderNo: OrderNumber, /** Ask FR24 (orderDetail) rather than only the journal. */ refresh: z.boolean() })
export type OrderViewRequest = z.infer<typeof OrderViewRequest>
export const LocalOrders = z.object({ orders: z.array(OrderSummary).max(500) })
export type LocalOrders = z.infer<typeof LocalOrders>

// ---- pay ------------------------------------------------------------------------------------

/** What paying would do, checked with FR24 (payVerify) and the balance just before the agent confirms. */
export const PayQuote = z.object({
  orderNo: OrderNumber,
  amount: DecimalString,
  currency: CurrencyCode,
  environment: Environment,
  balance: DecimalString,
  availableBefore: DecimalString,
  availableAfter: DecimalString,
  /** Set when the balance does not cover the amount: how much is missing. */
  shortBy: DecimalString.optional(),
  /** payVerify said the amount changed since booking: `amount` is the new one. */
  amountChanged: z.boolean(),
  traceId: z.string().max(128).optional()
})
export type PayQuote = z.infer<typeof PayQuote>

export const PayRequest = z.strictObject({
  orderNo: OrderNumber,
  amount: DecimalString,
  currency: CurrencyCode,
  /** Production only: the amount typed again by the agent; must equal `amount`. */
  confirmedAmount: DecimalString.optional()
})
export type PayRequest = z.infer<typeof PayRequest>

export const PayOutcome = z.discriminatedUnion('state', [
  /** FR24 took the payment: the order is ticketing (or already ticketed). `already`: an earlier call had paid it. */
  z.object({ state: z.literal('paid'), order: OrderView, already: z.boolean() }),
  z.object({ state: z.literal('uncertain'), order: OrderView })
])
export type PayOutcome = z.infer<typeof PayOutcome>

// ---- the long calls' progress -----------------------------------------------------------------

export const BookingStage = z.enum(['checking', 'sending', 'waiting', 'looking-up', 'done'])
export type BookingStage = z.infer<typeof BookingStage>
