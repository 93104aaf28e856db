import type { BookSegment, PricedOffer } from '../../../shared/domain/booking'
import type { OfferDetail } from '../../../shared/domain/search'
import type { PricingData, SeatMapRequest, ShoppingData } from '../../fr24'
import { offerDetail } from '../search/detail'
import type { KeptSearch } from '../search/kept'
import type { PlacesIndex } from '../search/places'
import { RowBuilder } from '../search/rows'

/**
 * The priced answer in the desk's words: its own legs and segments (FR24 may answer other flights
 * than the search showed), read by the same code as the search's offer detail, so the two compare
 * like with like. Pure apart from the places index.
 */
const MAX_SEGMENT_ID = 64

export interface PricedView {
  detail: OfferDetail
  segments: BookSegment[]
}

/** The priced answer as a search answer of one offer, for the readers of search answers. */
function asSearch(search: KeptSearch, answer: PricingData): KeptSearch {
  const shaped: ShoppingData = { offers: answer.offer, legs: answer.legs, segments: answer.segments }
  return { searchId: search.searchId, profileId: search.profileId, receivedAt: search.receivedAt, expiresAt: search.expiresAt, answer: shaped, pax: search.pax, cabin: search.cabin }
}

/** Undefined when the priced offer cannot be read (its legs or segments missing): it must not be booked. */
export function pricedView(search: KeptSearch, answer: PricingData, places: PlacesIndex, expiresAt: number): PricedView | undefined {
  const offer = answer.offer[0]
  if (!offer) return undefined
  const priced = asSearch(search, answer)
  const detail = offerDetail(priced, offer, places)
  const directions = new RowBuilder(priced.answer, places, search.pax, search.cabin).directions(offer)
  if (!detail || !directions) return undefined
  const segments: BookSegment[] = directions.flatMap((leg, l) =>
    leg.map((s) => ({ segmentId: String(s.seg.segmentId), leg: l, from: s.from, to: s.to, carrier: String(s.seg.carrier), flightNo: String(s.seg.flightNo ?? '').slice(0, 16), departLocal: s.departLocal }))
  )
  if (segments.length === 0 || segments.some((s) => s.segmentId.length > MAX_SEGMENT_ID)) return undefined
  return { detail: { ...detail, expiresAt }, segments }
}

/** seatMap's `segments[]` for a priced offer: its flights with the cabin each is sold in. */
export function seatMapSegments(view: PricedOffer): NonNullable<SeatMapRequest['segments']> {
  const flights = view.detail.legs.flatMap((leg) => leg.segments)
  return view.segments.map((s, i) => {
    const flight = flights[i]
    return {
      segmentId: s.segmentId,
      carrier: s.carrier,
      flightNo: s.flightNo,
      depAirport: s.from,
      arrAirport: s.to,
      cabin: flight?.cabin ?? 'Y',
      depTime: s.departLocal,
      arrTime: flight?.arriveLocal ?? s.departLocal
    }
  })
}
