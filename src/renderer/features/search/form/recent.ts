import type { Language } from '../../../../shared/domain/app'
import type { SearchRequest } from '../../../../shared/domain/search'
import type { MessageKey, TextParams } from '../../../../shared/text'
import { writeDate } from './dates'

type Translate = (key: MessageKey, params?: TextParams) => string

/** The route of a search as an agent writes it: SIN → HKG → SIN for a round trip, legs by commas for multi-city. */
export function routeText(request: SearchRequest): string {
  const [first] = request.legs
  if (!first) return ''
  if (request.tripType === 'multiCity') return request.legs.map((leg) => `${leg.from} → ${leg.to}`).join(', ')
  return request.tripType === 'roundTrip' ? `${first.from} → ${first.to} → ${first.from}` : `${first.from} → ${first.to}`
}

/** One line for a recent search: route, dates, passengers, cabin. */
export function recentText(request: SearchRequest, language: Language, t: Translate): string {
  return t('searchForm.recentTrip', {
    route: routeText(request),
    dates: request.legs.map((leg) => writeDate(leg.date, language)).join(' – '),
    passengers: t('searchForm.recentPassengers', { ...request.passengers }),
    cabin: t(`searchForm.cabins.${request.cabin}`)
  })
}
