import type { Language } from '../../../../shared/domain/app'
import { MAX_LEGS, type Cabin, type Place, type SearchRequest, type TripType } from '../../../../shared/domain/search'
import { writeDate } from './dates'
import type { PassengerType } from './passengers'

/**
 * The search form as the agent has typed it: text, not yet a request. Nothing here is ever
 * thrown away for being wrong; switching trip type keeps the legs and the return date that are
 * not shown, so switching back brings them back.
 */
export interface LegDraft {
  readonly from: string
  readonly to: string
  readonly date: string
  /** The place picked from the type-ahead, while the field still holds its code (to name it under the field). */
  readonly fromPlace?: Place | undefined
  readonly toPlace?: Place | undefined
}

export type StopsChoice = 'any' | '0' | '1' | '2'

export interface SearchDraft {
  readonly tripType: TripType
  /** Always at least one; one way and round trip use the first, multi-city all of them (2–6). */
  readonly legs: readonly LegDraft[]
  readonly returnDate: string
  readonly passengers: Readonly<Record<PassengerType, string>>
  readonly cabin: Cabin
  /** Airline codes as typed, separated by commas or spaces. */
  readonly preferredCarriers: string
  readonly excludedCarriers: string
  readonly maxStops: StopsChoice
}

export const EMPTY_LEG: LegDraft = { from: '', to: '', date: '' }

export const EMPTY_DRAFT: SearchDraft = {
  tripType: 'roundTrip',
  legs: [EMPTY_LEG],
  returnDate: '',
  passengers: { adults: '1', children: '0', infants: '0' },
  cabin: 'Y',
  preferredCarriers: '',
  excludedCarriers: '',
  maxStops: 'any'
}

/** The legs the form shows for its trip type. */
export function shownLegs(draft: SearchDraft): readonly LegDraft[] {
  return draft.tripType === 'multiCity' ? draft.legs : draft.legs.slice(0, 1)
}

export function setTripType(draft: SearchDraft, tripType: TripType): SearchDraft {
  if (tripType !== 'multiCity' || draft.legs.length >= 2) return { ...draft, tripType }
  // A second flight to start from: onward from where the first lands, on the return date if one was typed.
  const first = draft.legs[0] ?? EMPTY_LEG
  const second: LegDraft = { from: first.to, to: draft.tripType === 'roundTrip' ? first.from : '', date: draft.tripType === 'roundTrip' ? draft.returnDate : '', fromPlace: first.toPlace, toPlace: draft.tripType === 'roundTrip' ? first.fromPlace : undefined }
  return { ...draft, tripType, legs: [first, second] }
}

export type LegTextField = 'from' | 'to' | 'date'

/** The agent typed in a leg's field; a picked place is forgotten once its code is edited away. */
export function setLegText(draft: SearchDraft, index: number, field: LegTextField, text: string): SearchDraft {
  return updateLeg(draft, index, (leg) => {
    if (field === 'date') return { ...leg, date: text }
    const place = field === 'from' ? leg.fromPlace : leg.toPlace
    const kept = place && place.code === text.trim().toUpperCase() ? place : undefined
    return field === 'from' ? { ...leg, from: text, fromPlace: kept } : { ...leg, to: text, toPlace: kept }
  })
}

/** A place picked from the type-ahead: the field holds its code. */
export function pickPlace(draft: SearchDraft, index: number, field: 'from' | 'to', place: Place): SearchDraft {
  return updateLeg(draft, index, (leg) => (field === 'from' ? { ...leg, from: place.code, fromPlace: place } : { ...leg, to: place.code, toPlace: place }))
}

/** From and To change places (the one-key swap), with what was picked for each. */
export function swapPlaces(draft: SearchDraft, index: number): SearchDraft {
  return updateLeg(draft, index, (leg) => ({ ...leg, from: leg.to, to: leg.from, fromPlace: leg.toPlace, toPlace: leg.fromPlace }))
}

export function canAddLeg(draft: SearchDraft): boolean {
  return draft.tripType === 'multiCity' && draft.legs.length < MAX_LEGS
}

/** Another flight, onward from where the last one lands. */
export function addLeg(draft: SearchDraft): SearchDraft {
  if (!canAddLeg(draft)) return draft
  const last = draft.legs[draft.legs.length - 1] ?? EMPTY_LEG
  return { ...draft, legs: [...draft.legs, { from: last.to, to: '', date: '', fromPlace: last.toPlace }] }
}

export function canRemoveLeg(draft: SearchDraft): boolean {
  return draft.tripType === 'multiCity' && draft.legs.length > 2
}

export function removeLeg(draft: SearchDraft, index: number): SearchDraft {
  if (!canRemoveLeg(draft) || index < 0 || index >= draft.legs.length) return draft
  return { ...draft, legs: draft.legs.filter((_, i) => i !== index) }
}

function updateLeg(draft: SearchDraft, index: number, change: (leg: LegDraft) => LegDraft): SearchDraft {
  if (index < 0 || index >= draft.legs.length) return draft
  return { ...draft, legs: draft.legs.map((leg, i) => (i === index ? change(leg) : leg)) }
}

const STOPS: Readonly<Record<StopsChoice, SearchRequest['maxStops']>> = { any: undefined, '0': 0, '1': 1, '2': 2 }

export function maxStopsOf(choice: StopsChoice): SearchRequest['maxStops'] {
  return STOPS[choice]
}

/** A search sent before (recent searches, the palette), back in the form in the agent's date format. */
export function draftFromRequest(request: SearchRequest, language: Language): SearchDraft {
  const legs = request.legs.map((leg) => ({ from: leg.from, to: leg.to, date: writeDate(leg.date, language) }))
  const back = request.tripType === 'roundTrip' ? request.legs[1] : undefined
  return {
    tripType: request.tripType,
    legs: request.tripType === 'roundTrip' ? legs.slice(0, 1) : legs,
    returnDate: back ? writeDate(back.date, language) : '',
    passengers: {
      adults: String(request.passengers.adults),
      children: String(request.passengers.children),
      infants: String(request.passengers.infants)
    },
    cabin: request.cabin,
    preferredCarriers: (request.carriers?.include ?? []).join(', '),
    excludedCarriers: (request.carriers?.exclude ?? []).join(', '),
    maxStops: request.maxStops === undefined ? 'any' : (String(request.maxStops) as StopsChoice)
  }
}
