import type { TFunction } from 'i18next'
import type { Connection, RowLeg, TripType, Warning } from '../../../../shared/domain/search'
import { hoursAndMinutes } from './format'

/** "13h 05m" / "13小时5分". */
export function durationText(t: TFunction, minutes: number): string {
  const { h, m } = hoursAndMinutes(minutes)
  return t('results.row.duration', { h, m: String(m).padStart(2, '0') })
}

export function stopsText(t: TFunction, stops: number): string {
  if (stops === 0) return t('results.row.nonstop')
  return stops === 1 ? t('results.row.oneStop') : t('results.row.manyStops', { n: stops })
}

/** "DOH 2h 10m", or "LHR→LGW 4h 00m" when the traveller must change airports. */
export function connectionText(t: TFunction, connection: Connection): string {
  const duration = durationText(t, connection.layoverMinutes)
  if (connection.arriveAirport && connection.departAirport && connection.arriveAirport !== connection.departAirport) {
    return t('results.row.changeAirports', { from: connection.arriveAirport, to: connection.departAirport, duration })
  }
  return t('results.row.layover', { airport: connection.airport, duration })
}

/** What a leg is called on this trip: Outbound/Return on a round trip, Flight n on a multi-city one. */
export function legName(t: TFunction, tripType: TripType, index: number): string {
  if (tripType === 'roundTrip') return index === 0 ? t('results.leg.outbound') : t('results.leg.return')
  return t('results.leg.numbered', { n: index + 1 })
}

/** A warning as a sentence; on a trip of several legs it says which leg. */
export function warningText(t: TFunction, warning: Warning, legs: readonly Pick<RowLeg, 'from' | 'connections'>[], tripType: TripType): string {
  const leg = legs[warning.leg]
  const airport = warning.airport ?? leg?.connections[0]?.airport ?? leg?.from ?? ''
  const duration = durationText(t, warning.minutes ?? 0)
  const sentence = t(`results.warning.${warning.kind}`, { airport, duration })
  return legs.length > 1 ? t('results.warning.onLeg', { leg: legName(t, tripType, warning.leg), warning: sentence }) : sentence
}
