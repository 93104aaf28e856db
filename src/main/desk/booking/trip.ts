import { wallMinutes } from '../../../shared/search/localTime'
import type { Leg, Segment } from '../../fr24'
import type { PlacesIndex } from '../search/places'
import { ZoneClock } from '../search/zones'

/**
 * What the journal keeps of an order's flights, read from FR24's segments and legs (pricing,
 * booking and orderDetail answers share them): the route in the agent's words, the first
 * departure as the airport prints it with that airport's zone, and the span the trip takes
 * (first departure to last arrival, as instants) for the duplicate guard.
 */
export interface TripFacts {
  /** e.g. "SIN–HKG–SIN"; a leg that starts elsewhere than the last one ended adds ", ". */
  route: string
  departLocal: string
  /** IANA zone of the first departure airport ("UTC" when the desk does not know it). */
  departZone: string
  start: number
  end: number
  /** The last flight's departure, airport-local (the passenger rules read its day). */
  lastDepartLocal: string
  /** Every airport of the trip is in mainland China (the resident ID card is accepted only then). */
  domesticChina: boolean
}

/**
 * An airport the desk has no zone for is read as if its local time were UTC, widened by the
 * largest offsets there are (+14/−12 h), so an overlap is never missed for want of a zone.
 */
const UNKNOWN_ZONE_WIDENING_MS = 14 * 3_600_000

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

export function tripFacts(data: { segments?: readonly Segment[] | null; legs?: readonly Leg[] | null }, places: PlacesIndex): TripFacts | undefined {
  const segments = [...(data.segments ?? [])].filter((s) => s.depAirport && s.arrAirport && LOCAL.test(s.depTime ?? '') && LOCAL.test(s.arrTime ?? ''))
  if (segments.length === 0) return undefined
  const byId = new Map(segments.map((s) => [String(s.segmentId), s]))
  const legs = (data.legs ?? []).map((leg) => leg.segmentIds.map((id) => byId.get(String(id))).filter((s): s is Segment => s !== undefined)).filter((l) => l.length > 0)
  const ordered = legs.length > 0 ? legs : [segments]
  const first = ordered[0]![0]!
  const last = ordered.at(-1)!.at(-1)!
  const zones = new ZoneClock()
  const instant = (local: string, airport: string, widen: -1 | 1): number => {
    const minutes = zones.instant(local, places.airport(airport))
    return minutes !== undefined ? minutes * 60_000 : wallMinutes(local) * 60_000 + widen * UNKNOWN_ZONE_WIDENING_MS
  }
  return {
    route: routeText(ordered.map((leg) => ({ from: leg[0]!.depAirport!, to: leg.at(-1)!.arrAirport! }))),
    departLocal: first.depTime!,
    departZone: places.airport(first.depAirport!)?.zone ?? 'UTC',
    start: instant(first.depTime!, first.depAirport!, -1),
    end: instant(last.arrTime!, last.arrAirport!, 1),
    lastDepartLocal: last.depTime!,
    domesticChina: segments.every((s) => places.country(s.depAirport!) === 'China' && places.country(s.arrAirport!) === 'China')
  }
}

/** Legs as the agent says them: SIN–HKG–SIN for a return, SIN–HKG, BKK–SIN when they do not join. */
export function routeText(legs: readonly { from: string; to: string }[]): string {
  let text = ''
  let at: string | undefined
  for (const leg of legs) {
    text += at === undefined ? `${leg.from}–${leg.to}` : at === leg.from ? `–${leg.to}` : `, ${leg.from}–${leg.to}`
    at = leg.to
  }
  return text.slice(0, 80)
}
