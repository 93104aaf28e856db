import type { BagOption, BagPick, OfferExtras, SeatMapView, SeatPick } from '../../../../shared/domain/booking'
import type { PaxType } from '../../../../shared/domain/search'
import type { DeskError } from '../../../../shared/errors'
import { add, cmp, mul, sum, toDecimal } from '../../../../shared/money'
import { posOfSeat, seatAt, seatOffer, type SeatOffer } from './seatGrid'

/**
 * The agent's seats and bags for one priced offer, and what they add to the fare. Pure steps: the
 * booking flow's store keeps the state (so leaving the flow and coming back keeps the picks) and
 * ExtrasStep.tsx draws it. Prices are kept as shown when picked; reconcileExtras drops any pick
 * whose seat or bag FR24 no longer offers at that price, so the total booked is always one the
 * agent saw.
 */

/** One checked-bag option bought `quantity` times by one passenger, at `price` each. */
export interface BagChoice {
  readonly passenger: number
  readonly auxId: string
  readonly quantity: number
  readonly price: string
}

export interface ExtrasState {
  /** Who the seat map seats now: index in the booking's passengers. */
  readonly passenger: number
  /** The segment tab shown: index in the priced offer's segments. */
  readonly segment: number
  /** At most one per passenger and segment, and a seat of a segment for one passenger only. */
  readonly seats: readonly SeatPick[]
  /** At most one entry per passenger and option; quantity 1…its limit. */
  readonly bags: readonly BagChoice[]
}

/** Nothing picked: Continue from here books the fare alone. */
export const emptyExtras: ExtrasState = { passenger: 0, segment: 0, seats: [], bags: [] }

export interface Traveller {
  readonly paxType: PaxType
  readonly label: string
}

/** An infant (INF) sits on an adult's lap and has no seat of its own (docs/fr24-inferences.md "Seats for infants"). */
export type Seating = { kind: 'own-seat' } | { kind: 'lap' }

export function seatingOf(paxType: PaxType): Seating {
  return paxType === 'INF' ? { kind: 'lap' } : { kind: 'own-seat' }
}

/** Indexes of the passengers who get a seat. */
export function seatedPassengers(passengers: readonly Traveller[]): number[] {
  return passengers.flatMap((p, i) => (seatingOf(p.paxType).kind === 'own-seat' ? [i] : []))
}

/** The passenger being seated: the state's, unless that one has no seat (then the first who has). */
export function currentPassenger(state: ExtrasState, passengers: readonly Traveller[]): number | undefined {
  const seated = seatedPassengers(passengers)
  return seated.includes(state.passenger) ? state.passenger : seated[0]
}

export function currentSegment(state: ExtrasState, segmentCount: number): number {
  return state.segment >= 0 && state.segment < segmentCount ? state.segment : 0
}

// ---- seats ------------------------------------------------------------------------------------

export function seatOf(state: ExtrasState, passenger: number, segmentId: string): SeatPick | undefined {
  return state.seats.find((s) => s.passenger === passenger && s.segmentId === segmentId)
}

/** Who holds a seat of a segment, if anyone. */
export function holderOf(state: ExtrasState, segmentId: string, seatNo: string): number | undefined {
  return state.seats.find((s) => s.segmentId === segmentId && s.seatNo === seatNo)?.passenger
}

export type SeatRefusal =
  | { kind: 'lap' }
  | { kind: 'heldBy'; passenger: number }
  | { kind: 'noSuchSeat' }
  | Exclude<SeatOffer, { kind: 'pickable' }>

export type SeatAttempt =
  | { kind: 'picked'; state: ExtrasState; pick: SeatPick }
  /** The passenger's own seat again: it is given back. */
  | { kind: 'unpicked'; state: ExtrasState }
  | { kind: 'refused'; reason: SeatRefusal }

export interface SeatContext {
  readonly map: SeatMapView
  readonly currency: string
  readonly passengers: readonly Traveller[]
}

/** The passenger takes the seat (giving up their earlier one on that flight), or gives it back if it was theirs. */
export function pickSeat(state: ExtrasState, context: SeatContext, passenger: number, seatNo: string): SeatAttempt {
  const traveller = context.passengers[passenger]
  if (!traveller || seatingOf(traveller.paxType).kind === 'lap') return { kind: 'refused', reason: { kind: 'lap' } }
  const segmentId = context.map.segmentId
  const pos = posOfSeat(context.map, seatNo)
  const seat = pos && seatAt(context.map, pos)
  if (!seat) return { kind: 'refused', reason: { kind: 'noSuchSeat' } }
  const holder = holderOf(state, segmentId, seatNo)
  const others = state.seats.filter((s) => !(s.passenger === passenger && s.segmentId === segmentId))
  if (holder === passenger) return { kind: 'unpicked', state: { ...state, seats: others } }
  if (holder !== undefined) return { kind: 'refused', reason: { kind: 'heldBy', passenger: holder } }
  const offer = seatOffer(seat, context.map.currency, context.currency)
  if (offer.kind !== 'pickable') return { kind: 'refused', reason: offer }
  const pick: SeatPick = { passenger, segmentId, seatNo, price: offer.price }
  return { kind: 'picked', state: { ...state, seats: [...others, pick] }, pick }
}

export function clearSeat(state: ExtrasState, passenger: number, segmentId: string): ExtrasState {
  return { ...state, seats: state.seats.filter((s) => !(s.passenger === passenger && s.segmentId === segmentId)) }
}

// ---- bags -------------------------------------------------------------------------------------

/** FR24 did not say how many a passenger may buy: one, the most any airline sells of a bag. */
export const DEFAULT_BAG_LIMIT = 1

export function bagLimit(option: BagOption): number {
  return option.limitPerPassenger ?? DEFAULT_BAG_LIMIT
}

/** A bag priced in another currency than the fare's is not added to the fare's total. */
export type BagOffer = { kind: 'pickable'; limit: number } | { kind: 'otherCurrency'; currency: string }

export function bagOffer(option: BagOption, bookingCurrency: string): BagOffer {
  return option.currency === bookingCurrency ? { kind: 'pickable', limit: bagLimit(option) } : { kind: 'otherCurrency', currency: option.currency }
}

export function bagQuantity(state: ExtrasState, passenger: number, auxId: string): number {
  return state.bags.find((b) => b.passenger === passenger && b.auxId === auxId)?.quantity ?? 0
}

/** Sets how many of a bag a passenger buys, kept within 0…the option's limit (none when it cannot be bought). */
export function setBags(state: ExtrasState, option: BagOption, bookingCurrency: string, passenger: number, quantity: number): ExtrasState {
  const offer = bagOffer(option, bookingCurrency)
  const limit = offer.kind === 'pickable' ? offer.limit : 0
  const wanted = Number.isFinite(quantity) ? Math.min(limit, Math.max(0, Math.trunc(quantity))) : 0
  const at = state.bags.findIndex((b) => b.passenger === passenger && b.auxId === option.auxId)
  const others = state.bags.filter((_, i) => i !== at)
  if (wanted === 0) return { ...state, bags: others }
  const choice: BagChoice = { passenger, auxId: option.auxId, quantity: wanted, price: option.price }
  const bags = at < 0 ? [...state.bags, choice] : state.bags.map((b, i) => (i === at ? choice : b))
  return { ...state, bags }
}

// ---- what is booked ---------------------------------------------------------------------------

const byPassengerThen = <T extends { passenger: number }>(key: (v: T) => string) => (a: T, b: T) =>
  a.passenger - b.passenger || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)

/**
 * What goes into the booking request. A bag bought twice is two BagPicks of one price each
 * (BagPick has no quantity; main adds up the picks of one option per passenger).
 */
export function toPicks(state: ExtrasState): { seats: SeatPick[]; bags: BagPick[] } {
  const seats = [...state.seats].sort(byPassengerThen((s) => s.segmentId)).map((s) => ({ ...s }))
  const bags = [...state.bags]
    .sort(byPassengerThen((b) => b.auxId))
    .flatMap((b) => Array.from({ length: b.quantity }, (): BagPick => ({ passenger: b.passenger, auxId: b.auxId, price: b.price })))
  return { seats, bags }
}

export interface ExtrasTotal {
  readonly fare: string
  readonly seats: string
  readonly bags: string
  /** fare + seats + bags: the amount booked. */
  readonly total: string
}

/** The amounts of the total line, as exact decimal strings in canonical form ("812.4", not "812.40"). */
export function extrasTotal(fareTotal: string, state: ExtrasState): ExtrasTotal {
  const seats = sum(state.seats.map((s) => s.price))
  const bags = sum(state.bags.map((b) => mul(b.price, b.quantity)))
  return { fare: toDecimal(fareTotal), seats, bags, total: add(add(fareTotal, seats), bags) }
}

/**
 * Keeps only the picks FR24's (new) answer still offers at the price the agent saw: after a
 * re-price or a retry the seat maps and bags are FR24's again. Counts what it dropped, so the
 * step can say so.
 */
export function reconcileExtras(
  state: ExtrasState,
  extras: OfferExtras,
  passengers: readonly Traveller[],
  currency: string
): { state: ExtrasState; dropped: { seats: number; bags: number } } {
  const seats = state.seats.filter((pick) => {
    const traveller = passengers[pick.passenger]
    if (!traveller || seatingOf(traveller.paxType).kind === 'lap') return false
    const map = extras.seatsGap ? undefined : extras.seatMaps.find((m) => m.segmentId === pick.segmentId)
    const pos = map && posOfSeat(map, pick.seatNo)
    const seat = map && pos && seatAt(map, pos)
    if (!map || !seat) return false
    const offer = seatOffer(seat, map.currency, currency)
    return offer.kind === 'pickable' && cmp(offer.price, pick.price) === 0
  })
  const bags = state.bags.filter((choice) => {
    const option = extras.bagsGap ? undefined : extras.bags.find((b) => b.auxId === choice.auxId)
    if (!option || !passengers[choice.passenger]) return false
    const offer = bagOffer(option, currency)
    return offer.kind === 'pickable' && choice.quantity <= offer.limit && cmp(option.price, choice.price) === 0
  })
  return {
    state: { ...state, seats, bags },
    dropped: { seats: state.seats.length - seats.length, bags: state.bags.length - bags.length }
  }
}

// ---- what the step shows -----------------------------------------------------------------------

/** Seats or bags: offered, or why not (booking goes on without them). */
export type ExtrasPart<T> = { kind: 'offered'; items: readonly T[] } | { kind: 'gap'; gap: 'not-offered' | 'failed' }

export type ExtrasView =
  | { kind: 'loading' }
  | { kind: 'failed'; error: DeskError }
  | { kind: 'ready'; seats: ExtrasPart<SeatMapView>; bags: ExtrasPart<BagOption> }

function part<T>(gap: 'not-offered' | 'failed' | undefined, items: readonly T[]): ExtrasPart<T> {
  if (gap) return { kind: 'gap', gap }
  return items.length === 0 ? { kind: 'gap', gap: 'not-offered' } : { kind: 'offered', items }
}

export function extrasView(extras: OfferExtras | undefined, loadError: DeskError | undefined): ExtrasView {
  if (loadError) return { kind: 'failed', error: loadError }
  if (!extras) return { kind: 'loading' }
  return { kind: 'ready', seats: part(extras.seatsGap, extras.seatMaps), bags: part(extras.bagsGap, extras.bags) }
}
