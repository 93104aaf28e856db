import type {
  AgencyContact,
  BookOutcome,
  BookRequest,
  DuplicateTraveller,
  OfferExtras,
  OrderView,
  PassengerInput,
  PricedOffer
} from '../../../../shared/domain/booking'
import type { PaxType } from '../../../../shared/domain/search'
import type { DeskError, Result } from '../../../../shared/errors'
import { toFixed } from '../../../../shared/money'
import { BOOK_STEPS, type BookStep } from '../../../navigation/routes'
import { emptyExtras, extrasTotal, reconcileExtras, toPicks, type ExtrasState } from '../extras/extrasState'
import { EMPTY_CONTACT, emptyDrafts, type ContactDraft, type PassengerDraft } from '../passengers/passengerDrafts'

/**
 * Booking one offer, as a state machine of plain data. Each transition takes only the states it
 * applies to, so a step out of order (booking from the price check, paying twice, going on with an
 * unacknowledged price change) does not compile. The store (bookingStore.ts) runs the calls and
 * hands their answers to these functions; the screen draws the state.
 *
 * The price check is never trusted past its window: `pricingLapsed` takes any state before the
 * booking left and sends it back to pricing, keeping what the agent chose.
 */

/** The price check in force, with its window counted on this window's clock. */
export interface PriceWindow {
  offer: PricedOffer
  /** When the answer arrived, on this window's clock. */
  receivedAt: number
  /** When it lapses, on this window's clock. */
  endsAt: number
}

/**
 * Taken off the window so it lapses here before it does in main and at FR24: the answer reached the
 * window some time after main stamped it, and a booking sent in the last seconds still has to travel.
 */
export const PRICE_WINDOW_MARGIN_MS = 30_000

/**
 * The window's length is main's (expiresAt − pricedAt, 30 minutes or FR24's shorter limit), less
 * the margin, counted from when the answer arrived here: a machine clock that is off does not
 * shorten or stretch it.
 */
export function priceWindow(offer: PricedOffer, receivedAt: number): PriceWindow {
  const length = Math.max(0, offer.expiresAt - offer.pricedAt - PRICE_WINDOW_MARGIN_MS)
  return { offer, receivedAt, endsAt: receivedAt + length }
}

/**
 * The travellers of the offer, in the booking's order (adults, children, infants): seat and bag
 * picks and the passengers' forms name them by this index.
 */
export function travellerTypes(offer: PricedOffer): PaxType[] {
  const order: readonly PaxType[] = ['ADT', 'CHD', 'INF']
  return order.flatMap((paxType) => {
    const count = offer.detail.passengers.find((p) => p.paxType === paxType)?.count ?? 0
    return Array.from({ length: count }, () => paxType)
  })
}

/** What the agent chose so far; kept across a re-pricing and going back. */
export interface Choices {
  /** The seats and bags step's own state (extras/extrasState.ts). */
  extras: ExtrasState
  /** The passengers step's forms as typed (passengers/passengerDrafts.ts); made on first entering it. */
  drafts?: PassengerDraft[]
  contactDraft?: ContactDraft
  /** The passengers and contact as the passengers step checked them (set on its Continue). */
  passengers?: readonly PassengerInput[]
  contact?: AgencyContact
  /** Continue was pressed while the seat maps and bags were still coming: booked without them, and the review says so. */
  extrasSkipped?: boolean
}
export type ReadyChoices = Choices & { passengers: readonly PassengerInput[]; contact: AgencyContact }

export const NO_CHOICES: Choices = { extras: emptyExtras }

/**
 * `unasked`: back on the step without extras (they had failed, or the agent went on before they
 * came): nothing is in flight, and the store asks FR24 again on arriving (`askExtras`).
 */
export type ExtrasLoad = { kind: 'loading'; requestId: string } | { kind: 'loaded'; extras: OfferExtras } | { kind: 'failed'; error: DeskError } | { kind: 'unasked' }

export type DuplicatesCheck = { kind: 'checking' } | { kind: 'checked'; duplicates: readonly DuplicateTraveller[] } | { kind: 'failed'; error: DeskError }

/** Why a price check runs: the first, the agent's "again" after a failure, or the window lapsed. */
export type PricingReason = 'first' | 'again' | 'expired'

export interface Pricing {
  kind: 'pricing'
  requestId: string
  reason: PricingReason
  choices: Choices
}
export interface PriceFailed {
  kind: 'priceFailed'
  error: DeskError
  choices: Choices
}
/** FR24 has no seats left at this price (action 'search-again'): back to the results. */
export interface SoldOut {
  kind: 'soldOut'
  error: DeskError
}
export interface Priced {
  kind: 'priced'
  window: PriceWindow
  reason: PricingReason
  /** The agent ticked that they saw the changes (only asked when there are changes). */
  acknowledged: boolean
  choices: Choices
}
export interface ChoosingExtras {
  kind: 'extras'
  window: PriceWindow
  extras: ExtrasLoad
  choices: Choices
  /** Picks of an earlier answer that this one no longer offers at the price shown, taken off. */
  dropped: { seats: number; bags: number } | undefined
}
export interface EnteringPassengers {
  kind: 'passengers'
  window: PriceWindow
  extras: OfferExtras | undefined
  choices: Choices
}
export interface Reviewing {
  kind: 'review'
  window: PriceWindow
  extras: OfferExtras | undefined
  choices: ReadyChoices
  duplicates: DuplicatesCheck
  /** "Book anyway" ticked after the duplicate-traveller warning. */
  bookAnyway: boolean
}
/** The booking call is in flight: nothing else may happen until it answers. */
export interface Booking {
  kind: 'booking'
  window: PriceWindow
  extras: OfferExtras | undefined
  choices: ReadyChoices
  request: BookRequest
}
export interface Booked {
  kind: 'booked'
  order: OrderView
  /** The answer had been lost and the order was found by looking it up. */
  recovered: boolean
}
/**
 * The booking may have reached FR24 and its answer was lost. Booking again is blocked: the only
 * way on is asking main again with the same request, which sends nothing new (it looks the order up).
 */
export interface Uncertain {
  kind: 'uncertain'
  window: PriceWindow
  extras: OfferExtras | undefined
  choices: ReadyChoices
  request: BookRequest
  partnerOrderNo: string | undefined
  traceId: string | undefined
  lookingUp: boolean
}
/** FR24 or main refused the booking for sure (nothing was booked). */
export interface BookFailed {
  kind: 'failed'
  window: PriceWindow
  extras: OfferExtras | undefined
  choices: ReadyChoices
  error: DeskError
}

export type FlowState = Pricing | PriceFailed | SoldOut | Priced | ChoosingExtras | EnteringPassengers | Reviewing | Booking | Booked | Uncertain | BookFailed

/** The states a lapsed price check sends back to pricing: every one before the booking left, and a refused one. */
export type BeforeBooking = Priced | ChoosingExtras | EnteringPassengers | Reviewing | BookFailed
/** The states Escape (or the browser's Back) steps back from. */
export type CanGoBack = ChoosingExtras | EnteringPassengers | Reviewing | BookFailed

// ---- price check -----------------------------------------------------------------------------

export function startPricing(requestId: string, choices: Choices = NO_CHOICES, reason: PricingReason = 'first'): Pricing {
  return { kind: 'pricing', requestId, reason, choices }
}

/** "Price this offer" again after a failed check, or on a price on screen. */
export function priceAgain(state: PriceFailed | Priced, requestId: string): Pricing {
  return startPricing(requestId, state.choices, 'again')
}

/** The answer of the price check named by `requestId`; an answer of a run since replaced is dropped. */
export function pricingAnswered(state: Pricing, requestId: string, answer: Result<PricedOffer>, now: number): Pricing | Priced | PriceFailed | SoldOut {
  if (requestId !== state.requestId) return state
  if (!answer.ok) {
    if (answer.error.action === 'search-again') return { kind: 'soldOut', error: answer.error }
    return { kind: 'priceFailed', error: answer.error, choices: state.choices }
  }
  return { kind: 'priced', window: priceWindow(answer.value, now), reason: state.reason, acknowledged: false, choices: state.choices }
}

/** Changes against the search must be acknowledged before going on. */
export function needsAcknowledgement(state: Priced): boolean {
  return state.window.offer.changes.length > 0 && !state.acknowledged
}

export function acknowledge(state: Priced, seen: boolean): Priced {
  return state.acknowledged === seen ? state : { ...state, acknowledged: seen }
}

/** Continue from the price: not while changes wait for the agent's acknowledgement. */
export function continueFromPrice(state: Priced, requestId: string): Priced | ChoosingExtras {
  if (needsAcknowledgement(state)) return state
  return { kind: 'extras', window: state.window, extras: { kind: 'loading', requestId }, choices: state.choices, dropped: undefined }
}

// ---- seats and bags --------------------------------------------------------------------------

export function extrasAnswered(state: ChoosingExtras, requestId: string, answer: Result<OfferExtras>): ChoosingExtras {
  if (state.extras.kind !== 'loading' || state.extras.requestId !== requestId) return state
  if (!answer.ok) return { ...state, extras: { kind: 'failed', error: answer.error } }
  const extras = answer.value
  // Picks made on an earlier price check stay only where this one still offers them at that price.
  const travellers = travellerTypes(state.window.offer).map((paxType) => ({ paxType, label: '' }))
  const kept = reconcileExtras(state.choices.extras, extras, travellers, state.window.offer.detail.currency)
  const dropped = kept.dropped.seats + kept.dropped.bags > 0 ? kept.dropped : undefined
  return { ...state, extras: { kind: 'loaded', extras }, choices: { ...state.choices, extras: kept.state }, dropped }
}

/** "Try again" after the extras failed, or asking again on coming back to the step without them. */
export function askExtras(state: ChoosingExtras, requestId: string): ChoosingExtras {
  return state.extras.kind === 'failed' || state.extras.kind === 'unasked' ? { ...state, extras: { kind: 'loading', requestId } } : state
}

/** Whether the step waits for the store to ask for the extras (it was come back to without them). */
export function extrasUnasked(state: FlowState): state is ChoosingExtras {
  return state.kind === 'extras' && state.extras.kind === 'unasked'
}

/** The picks as the seats and bags step changes them (the total on screen follows). */
export function extrasPicked(state: ChoosingExtras, extras: ExtrasState): ChoosingExtras {
  return { ...state, choices: { ...state.choices, extras } }
}

/**
 * Continue from seats and bags, always one press: with the extras as picked once they answered;
 * without seats and bags when they failed, or while they are still loading (the agent skips them:
 * the store cancels the call in flight and its late answer finds no step to land on).
 */
export function continueFromExtras(state: ChoosingExtras): EnteringPassengers {
  const extras = state.extras.kind === 'loaded' ? state.extras.extras : undefined
  const extrasSkipped = state.extras.kind === 'loading'
  const choices = extras ? state.choices : { ...state.choices, extras: { ...state.choices.extras, seats: [], bags: [] } }
  return { kind: 'passengers', window: state.window, extras, choices: { ...choices, extrasSkipped } }
}

// ---- passengers and review ------------------------------------------------------------------

/** The passengers step's valid list and the agency contact; the review checks duplicates at once. */
export function passengersEntered(state: EnteringPassengers, passengers: readonly PassengerInput[], contact: AgencyContact): Reviewing {
  return {
    kind: 'review',
    window: state.window,
    extras: state.extras,
    choices: { ...state.choices, passengers, contact },
    duplicates: { kind: 'checking' },
    bookAnyway: false
  }
}

/** The passengers step's forms as they change, kept for coming back (and across a re-pricing). */
export function passengersDrafted(state: EnteringPassengers, change: { drafts?: PassengerDraft[]; contact?: ContactDraft }): EnteringPassengers {
  const choices = { ...state.choices }
  if (change.drafts) choices.drafts = change.drafts
  if (change.contact) choices.contactDraft = change.contact
  return { ...state, choices }
}

/** The forms the passengers step shows: as typed, or one blank per traveller of the offer. */
export function draftsOf(state: EnteringPassengers): { drafts: PassengerDraft[]; contact: ContactDraft } {
  const types = travellerTypes(state.window.offer)
  const count = (paxType: PaxType) => types.filter((p) => p === paxType).length
  return {
    drafts: state.choices.drafts ?? emptyDrafts({ adults: count('ADT'), children: count('CHD'), infants: count('INF') }),
    contact: state.choices.contactDraft ?? EMPTY_CONTACT
  }
}

/** First and last flight days (airport-local departure dates): what ages and document validity are counted against. */
export function travelOf(offer: PricedOffer): { firstDate: string; lastDate: string } {
  const days = offer.segments.map((s) => s.departLocal.slice(0, 10)).sort()
  return { firstDate: days[0] ?? '', lastDate: days[days.length - 1] ?? '' }
}

export function duplicatesAnswered(state: Reviewing, answer: Result<{ duplicates: readonly DuplicateTraveller[] }>): Reviewing {
  const duplicates: DuplicatesCheck = answer.ok ? { kind: 'checked', duplicates: answer.value.duplicates } : { kind: 'failed', error: answer.error }
  return { ...state, duplicates, bookAnyway: false }
}

export function checkDuplicatesAgain(state: Reviewing): Reviewing {
  return { ...state, duplicates: { kind: 'checking' }, bookAnyway: false }
}

export function setBookAnyway(state: Reviewing, yes: boolean): Reviewing {
  return state.bookAnyway === yes ? state : { ...state, bookAnyway: yes }
}

/** Book is on once the duplicate check answered, and after a warning only with "Book anyway". */
export function canBook(state: Reviewing): boolean {
  if (state.duplicates.kind !== 'checked') return false
  return state.duplicates.duplicates.length === 0 || state.bookAnyway
}

/** fare + seats + bags: the amount on screen and the amount booked (two places, as FR24 counts). */
export function bookTotal(window: PriceWindow, choices: Choices): string {
  return toFixed(extrasTotal(window.offer.detail.totalPrice, choices.extras).total)
}

export function bookRequest(state: Reviewing): BookRequest {
  const { choices } = state
  const { seats, bags } = toPicks(choices.extras)
  return {
    pricingId: state.window.offer.pricingId,
    passengers: [...choices.passengers],
    contact: choices.contact,
    seats,
    bags,
    expectedTotal: bookTotal(state.window, choices),
    allowDuplicates: state.duplicates.kind === 'checked' && state.duplicates.duplicates.length > 0 && state.bookAnyway
  }
}

// ---- book ------------------------------------------------------------------------------------

/** Book: only from the review, only when `canBook`; the request is fixed here and sent as it is. */
export function bookStarted(state: Reviewing): Reviewing | Booking {
  if (!canBook(state)) return state
  return { kind: 'booking', window: state.window, extras: state.extras, choices: state.choices, request: bookRequest(state) }
}

/**
 * Only a refusal main or FR24 stands behind (the request was wrong, the account or FR24 said no)
 * means nothing was booked. Anything else (a lost connection, a timeout, an answer the window could
 * not read) may have booked: it is uncertain, and only main's look-up settles it.
 */
function refusedForSure(error: DeskError): boolean {
  return (error.kind === 'validation' || error.kind === 'auth' || error.kind === 'fr24') && error.action !== 'check-order'
}

export function bookAnswered(state: Booking | Uncertain, answer: Result<BookOutcome>): Booked | Uncertain | BookFailed {
  const { window, extras, choices, request } = state
  const known = state.kind === 'uncertain' ? { partnerOrderNo: state.partnerOrderNo, traceId: state.traceId } : { partnerOrderNo: undefined, traceId: undefined }
  if (answer.ok) {
    const outcome = answer.value
    if (outcome.state === 'booked') return { kind: 'booked', order: outcome.order, recovered: outcome.recovered }
    return { kind: 'uncertain', window, extras, choices, request, partnerOrderNo: outcome.partnerOrderNo, traceId: outcome.traceId, lookingUp: false }
  }
  if (state.kind === 'booking' && refusedForSure(answer.error)) return { kind: 'failed', window, extras, choices, error: answer.error }
  // Asked again after a lost answer, main looks the earlier booking up before anything else: a
  // refusal of its own (the price check lapsed, FR24 said no to the retry) comes only once that
  // booking is settled as not made. A refusal of the account (auth) comes before the look-up.
  if (state.kind === 'uncertain' && refusedForSure(answer.error) && answer.error.kind !== 'auth') return { kind: 'failed', window, extras, choices, error: answer.error }
  return { kind: 'uncertain', window, extras, choices, request, ...known, traceId: answer.error.traceId ?? known.traceId, lookingUp: false }
}

/** Ask main again with the same request: it sends no second booking, it looks the order up. */
export function lookUpStarted(state: Uncertain): Uncertain {
  return state.lookingUp ? state : { ...state, lookingUp: true }
}

// ---- the window lapsing, going back, the route ---------------------------------------------

export function isBeforeBooking(state: FlowState): state is BeforeBooking {
  return state.kind === 'priced' || state.kind === 'extras' || state.kind === 'passengers' || state.kind === 'review' || state.kind === 'failed'
}

/** The price check in force has lapsed: nothing but re-pricing may happen. */
export function hasLapsed(state: FlowState, now: number): state is BeforeBooking {
  return isBeforeBooking(state) && now >= state.window.endsAt
}

/** Re-price before anything else, keeping the choices (the next price check shows its changes again). */
export function pricingLapsed(state: BeforeBooking, requestId: string): Pricing {
  return startPricing(requestId, state.choices, 'expired')
}

/** Escape: one step back, keeping what was entered. */
export function goBack(state: CanGoBack): Priced | ChoosingExtras | EnteringPassengers {
  switch (state.kind) {
    case 'extras':
      // The price was acknowledged on the way here.
      return { kind: 'priced', window: state.window, reason: 'first', acknowledged: true, choices: state.choices }
    case 'passengers':
      return {
        kind: 'extras',
        window: state.window,
        extras: state.extras ? { kind: 'loaded', extras: state.extras } : { kind: 'unasked' },
        choices: state.choices,
        dropped: undefined
      }
    case 'review':
    case 'failed':
      return { kind: 'passengers', window: state.window, extras: state.extras, choices: state.choices }
    default: {
      const unreachable: never = state
      return unreachable
    }
  }
}

export function canGoBack(state: FlowState): state is CanGoBack {
  return state.kind === 'extras' || state.kind === 'passengers' || state.kind === 'review' || state.kind === 'failed'
}

/** The route step a state is drawn on. */
export function stepOf(state: FlowState): BookStep {
  switch (state.kind) {
    case 'pricing':
    case 'priceFailed':
    case 'soldOut':
    case 'priced':
      return 'price'
    case 'extras':
      return 'extras'
    case 'passengers':
      return 'passengers'
    case 'review':
    case 'booking':
    case 'booked':
    case 'uncertain':
    case 'failed':
      return 'review'
    default: {
      const unreachable: never = state
      return unreachable
    }
  }
}

/**
 * The route moved (Back, Forward, a link): the flow steps back to an earlier step the agent
 * returned to; it never skips ahead (the screen puts the route back on the flow's step).
 */
export function followRoute(state: FlowState, step: BookStep): FlowState {
  let current = state
  while (canGoBack(current) && BOOK_STEPS.indexOf(stepOf(current)) > BOOK_STEPS.indexOf(step)) current = goBack(current)
  return current
}
