import type { BagOption, BookRequest, PassengerInput, SeatMapView, SeatView } from '../../../shared/domain/booking'
import { deskError, type DeskError } from '../../../shared/errors'
import { checkPassengers, fr24Name, problemMessage } from '../../../shared/passengers'
import { add, cmp, sum, toDecimal } from '../../../shared/money'
import { AUX_BAGGAGE, AUX_SEAT, type AncillaryItem, type BookingRequest, type Passenger } from '../../fr24'
import type { OrderExtraRecord, OrderTravellerRecord } from '../../journal/orders'
import type { PaxCounts } from '../search/rows'
import type { KeptPricing, PricedExtras } from './priced'

/**
 * What a booking will send, decided from the kept price check and the agent's choices, before
 * anything is written or sent. Pure: every refusal is data (a DeskError), so each rule is tested
 * on its own. Prices come from the kept pricing only; the window's prices are compared, never used.
 */
export interface BookingPlan {
  /** FR24's priced offer id (pricing `offer[0].offerId`). */
  offerId: string
  currency: string
  /** The priced fare for every passenger. */
  fare: string
  /** fare + seats + bags: the amount the booking commits to. */
  total: string
  passengers: Passenger[]
  ancillary: AncillaryItem[]
  agentContact: BookingRequest['agentContact']
  /** What the journal keeps of the travellers (no document numbers). */
  travellers: OrderTravellerRecord[]
  extras: OrderExtraRecord[]
}

export type PlanResult = { ok: true; plan: BookingPlan } | { ok: false; error: DeskError }

const refuse = (error: DeskError): PlanResult => ({ ok: false, error })

/** What the shared passenger rules need of the trip (shared/passengers). */
export interface PlanTrip {
  /** First and last flight days, airport-local. */
  firstDate: string
  lastDate: string
  /** Every flight within mainland China (the resident ID card is accepted only then). */
  domesticChina: boolean
  /** The agent's calendar day. */
  today: string
}

export function planBooking(pricing: KeptPricing, request: BookRequest, trip?: PlanTrip): PlanResult {
  const offer = pricing.answer.offer[0]
  if (!offer || offer.totalPrice == null || !offer.currency) {
    return refuse(deskError('validation', 'desk.booking.pricingExpired', { params: { minutes: 30 }, action: 'reprice' }))
  }
  const companions = checkCompanions(request.passengers, pricing.pax)
  if (companions) return refuse(companions)
  const rules = passengerRuleBroken(request.passengers, trip)
  if (rules) return refuse(rules)

  // A seat or bag in another currency than the fare's would not add up: not on offer.
  const picks = checkPicks(request, pricing.extras, offer.currency)
  if (!picks.ok) return refuse(picks.error)

  const fare = toDecimal(offer.totalPrice)
  const total = add(fare, sum([...picks.seats.map((s) => s.price), ...picks.bags.map((b) => b.price)]))
  if (cmp(total, request.expectedTotal) !== 0) {
    return refuse(
      deskError('validation', 'desk.booking.totalChanged', { params: { actual: total, expected: toDecimal(request.expectedTotal), currency: offer.currency }, action: 'reprice' })
    )
  }

  const passengers = request.passengers.map((p, i) => fr24Passenger(p, i))
  const flights = new Map((pricing.answer.segments ?? []).map((seg) => [String(seg.segmentId), `${seg.depAirport ?? ''}–${seg.arrAirport ?? ''}`]))
  const ancillary: AncillaryItem[] = [
    ...picks.seats.map(
      (s): AncillaryItem => ({
        paxId: String(s.passenger + 1),
        segmentIds: [s.segmentId],
        auxId: s.seatNo,
        quantity: 1,
        auxType: AUX_SEAT,
        seatInfos: [{ paxId: String(s.passenger + 1), segmentId: s.segmentId, seatNo: s.seatNo, price: s.price, serviceFee: '0', currency: s.currency }]
      })
    ),
    ...picks.bags.map((b): AncillaryItem => ({ paxId: String(b.passenger + 1), segmentIds: [...b.option.segmentIds], auxId: b.option.auxId, quantity: 1, auxType: AUX_BAGGAGE }))
  ]
  return {
    ok: true,
    plan: {
      offerId: offer.offerId,
      currency: offer.currency,
      fare,
      total,
      passengers,
      ancillary,
      agentContact: { agentName: request.contact.name, agentEmail: request.contact.email, mobile: request.contact.phone, areaCode: request.contact.areaCode },
      travellers: request.passengers.map((p) => ({ name: fr24Name(p.surname, p.givenNames), paxType: p.paxType, birthday: p.birthday })),
      extras: [
        ...picks.seats.map((s): OrderExtraRecord => ({ traveller: s.passenger, what: 'seat', label: `${s.seatNo} ${flights.get(s.segmentId) ?? ''}`.trim().slice(0, 40) })),
        ...picks.bags.map((b): OrderExtraRecord => ({ traveller: b.passenger, what: 'bag', label: bagLabel(b.option) }))
      ]
    }
  }
}

/** FR24's decodePassengers entry: paxId 1..n in the agent's order; a child or infant names its adult's paxId. */
export function fr24Passenger(p: PassengerInput, index: number): Passenger {
  const passenger: Passenger = {
    paxId: index + 1,
    name: fr24Name(p.surname, p.givenNames),
    paxType: p.paxType,
    birthday: p.birthday,
    gender: p.sex,
    cardNum: p.documentNumber,
    cardType: p.documentType,
    cardIssuedPlace: p.issuingCountry,
    cardExpiryDate: p.documentExpiry,
    nationality: p.nationality
  }
  if (p.paxType !== 'ADT' && p.accompaniedBy !== undefined) passenger.accompaniedPaxId = String(p.accompaniedBy + 1)
  return passenger
}

/**
 * The passengers must be the ones priced (FR24 answers 20901997 otherwise), and each child or
 * infant travels with an adult: at most 2 children per adult, each infant on a different adult's lap.
 */
export function checkCompanions(passengers: readonly PassengerInput[], pax: PaxCounts): DeskError | undefined {
  const count = (type: PassengerInput['paxType']) => passengers.filter((p) => p.paxType === type).length
  if (count('ADT') !== pax.adults || count('CHD') !== pax.children || count('INF') !== pax.infants) {
    return deskError('validation', 'desk.booking.passengerCounts', { params: { adults: pax.adults, children: pax.children, infants: pax.infants }, action: 'fix-input' })
  }
  const children = new Map<number, number>()
  const infants = new Set<number>()
  for (const [index, p] of passengers.entries()) {
    if (p.paxType === 'ADT') continue
    const adult = p.accompaniedBy
    const wrong = (): DeskError => deskError('validation', 'desk.booking.companion', { params: { passenger: index + 1 }, action: 'fix-input' })
    if (adult === undefined || passengers[adult]?.paxType !== 'ADT') return wrong()
    if (p.paxType === 'INF') {
      if (infants.has(adult)) return wrong()
      infants.add(adult)
    } else {
      const n = (children.get(adult) ?? 0) + 1
      if (n > 2) return wrong()
      children.set(adult, n)
    }
  }
  return undefined
}

/**
 * The passenger rules the window applies as the agent types (shared/passengers), run again on
 * what main was sent: the first error refuses the booking, in the rule's own words.
 */
export function passengerRuleBroken(passengers: readonly PassengerInput[], trip: PlanTrip | undefined): DeskError | undefined {
  if (!trip) return undefined
  const problem = checkPassengers(passengers, { firstDate: trip.firstDate, lastDate: trip.lastDate }, { today: trip.today, domesticChina: trip.domesticChina }).find(
    (p) => p.severity === 'error'
  )
  if (!problem) return undefined
  return deskError('validation', problemMessage(problem), { params: { ...problem.params }, action: 'fix-input', code: `PASSENGER_${problem.passenger + 1}_${problem.field}` })
}

interface PickedSeat {
  passenger: number
  segmentId: string
  seatNo: string
  price: string
  currency: string
}
interface PickedBag {
  passenger: number
  option: BagOption
  price: string
}

type Picks = { ok: true; seats: PickedSeat[]; bags: PickedBag[] } | { ok: false; error: DeskError }

/** Every seat and bag must be one the kept extras offer, free to take, at the price the window showed. */
export function checkPicks(request: Pick<BookRequest, 'passengers' | 'seats' | 'bags'>, extras: PricedExtras | undefined, currency?: string): Picks {
  const changed: Picks = { ok: false, error: deskError('validation', 'desk.booking.extrasChanged', { action: 'reprice' }) }
  const invalid: Picks = { ok: false, error: deskError('validation', 'desk.booking.picksInvalid', { action: 'fix-input' }) }
  if ((request.seats.length > 0 || request.bags.length > 0) && !extras) return changed
  const seats: PickedSeat[] = []
  const taken = new Set<string>()
  for (const pick of request.seats) {
    const passenger = request.passengers[pick.passenger]
    if (!passenger || passenger.paxType === 'INF') return invalid
    const mine = `${pick.passenger}|${pick.segmentId}`
    const seatKey = `${pick.segmentId}|${pick.seatNo}`
    if (taken.has(mine) || taken.has(seatKey)) return invalid
    taken.add(mine).add(seatKey)
    const map = extras?.seatMaps.find((m) => m.segmentId === pick.segmentId)
    const seat = map && findSeat(map, pick.seatNo)
    if (!map || !seat || seat.state !== 'free' || seat.price === undefined || cmp(seat.price, pick.price) !== 0 || (currency !== undefined && map.currency !== currency)) return changed
    seats.push({ passenger: pick.passenger, segmentId: pick.segmentId, seatNo: seat.seatNo, price: toDecimal(seat.price), currency: map.currency })
  }
  const bags: PickedBag[] = []
  const perPassenger = new Map<string, number>()
  for (const pick of request.bags) {
    if (!request.passengers[pick.passenger]) return invalid
    const option = extras?.bags.find((b) => b.auxId === pick.auxId)
    if (!option || cmp(option.price, pick.price) !== 0 || (currency !== undefined && option.currency !== currency)) return changed
    const key = `${pick.passenger}|${option.auxId}`
    const n = (perPassenger.get(key) ?? 0) + 1
    // FR24 gives no limit for some bags: the desk sells those once per passenger (inferences "Seats for infants").
    if (n > (option.limitPerPassenger ?? 1)) return invalid
    perPassenger.set(key, n)
    bags.push({ passenger: pick.passenger, option, price: toDecimal(option.price) })
  }
  return { ok: true, seats, bags }
}

function findSeat(map: SeatMapView, seatNo: string): SeatView | undefined {
  for (const row of map.rows) {
    const seat = row.seats.find((s) => s?.seatNo === seatNo)
    if (seat) return seat
  }
  return undefined
}

function bagLabel(bag: BagOption): string {
  const parts = [bag.pieces !== undefined ? `${bag.pieces}PC` : undefined, bag.weightKg !== undefined ? `${bag.weightKg}KG` : undefined, bag.type]
  return (parts.filter(Boolean).join(' ') || bag.auxId).slice(0, 40)
}
