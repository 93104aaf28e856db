import type { Language } from '../../../../shared/domain/app'
import type { Place } from '../../../../shared/domain/search'

/** What a type-ahead option shows of a place, in the agent's language where the data has it. */
export interface PlaceParts {
  code: string
  city: string
  /** The airport's name; a city (metro) code has none: it means all its airports. */
  airport: string | undefined
  /** A city code's airports, for "all airports (LHR, LGW, …)". */
  airports: readonly string[] | undefined
  country: string
}

export function placeParts(place: Place, language: Language): PlaceParts {
  const chinese = language === 'zh-CN'
  return {
    code: place.code,
    city: (chinese && place.cityZh) || place.city,
    airport: place.kind === 'airport' ? (chinese && place.nameZh) || place.name : undefined,
    airports: place.kind === 'city' ? (place.airports ?? []) : undefined,
    country: place.country
  }
}

/** Type-ahead asks main from this many characters on: one letter matches half the world. */
export const MIN_QUERY = 2
export const PLACES_SHOWN = 8

export function placeQuery(text: string): string | undefined {
  const query = text.trim()
  return query.length >= MIN_QUERY ? query : undefined
}
