import type { OfferRow, Warning } from '../domain/search'
import { minuteOfDay, minutesInNightlyWindow } from './localTime'

/**
 * The warnings no anchor shows on a row: decided here from the row alone (plus each airport's
 * country, to tell a domestic connection from an international one). Thresholds are the desk's
 * documented choices, not FR24's or an airline's minimum connection times (which vary by airport).
 */
export const CONNECTION_RULES = {
  /** Shorter than this between two domestic flights is implausible for most airports. */
  minDomesticMinutes: 45,
  /** Shorter than this when either flight is international (passport control, transfer security). */
  minInternationalMinutes: 60,
  /** Longer than this the agent should know before selling it. */
  longMinutes: 6 * 60
} as const

/**
 * A layover is overnight when at least `minMinutes` of it fall in the local night (00:00–06:00 at
 * the connection airport): the traveller needs somewhere to sleep, not just a coffee.
 */
export const OVERNIGHT_RULE = { nightFromMinute: 0, nightToMinute: 6 * 60, minMinutes: 3 * 60 } as const

/** A departure between 00:00 and 05:00 local (05:00 itself is not). */
export const RED_EYE_RULE = { fromMinute: 0, toMinute: 5 * 60 } as const

export function isOvernight(arriveWallMinutes: number, departWallMinutes: number): boolean {
  const night = minutesInNightlyWindow(arriveWallMinutes, departWallMinutes, OVERNIGHT_RULE.nightFromMinute, OVERNIGHT_RULE.nightToMinute)
  return night >= OVERNIGHT_RULE.minMinutes
}

export function isRedEye(departLocal: string): boolean {
  const minute = minuteOfDay(departLocal)
  return minute >= RED_EYE_RULE.fromMinute && minute < RED_EYE_RULE.toMinute
}

/** Country of an airport code; undefined when the desk does not know the airport. */
export type CountryOf = (airport: string) => string | undefined

/**
 * A connection is domestic when the flight in, the connection airport and the flight out all stay in
 * one country. An unknown airport counts as international: the longer minimum is the safe side.
 */
function isDomestic(inFrom: string, via: string, outTo: string, countryOf: CountryOf): boolean {
  const country = countryOf(via)
  return country !== undefined && countryOf(inFrom) === country && countryOf(outTo) === country
}

export function minimumConnection(inFrom: string, via: string, outTo: string, countryOf: CountryOf): number {
  return isDomestic(inFrom, via, outTo, countryOf) ? CONNECTION_RULES.minDomesticMinutes : CONNECTION_RULES.minInternationalMinutes
}

export function warningsFor(row: Pick<OfferRow, 'legs'>, countryOf: CountryOf): Warning[] {
  const warnings: Warning[] = []
  row.legs.forEach((leg, index) => {
    if (isRedEye(leg.departLocal)) warnings.push({ kind: 'red-eye', leg: index, airport: leg.from })
    leg.connections.forEach((c, i) => {
      const inbound = leg.segments[i]
      const outbound = leg.segments[i + 1]
      if (c.arriveAirport && c.departAirport && c.arriveAirport !== c.departAirport)
        warnings.push({ kind: 'airport-change', leg: index, airport: c.arriveAirport, minutes: c.layoverMinutes })
      const minimum = inbound && outbound ? minimumConnection(inbound.from, c.airport, outbound.to, countryOf) : CONNECTION_RULES.minInternationalMinutes
      if (c.layoverMinutes < minimum) warnings.push({ kind: 'short-connection', leg: index, airport: c.airport, minutes: c.layoverMinutes })
      else if (c.layoverMinutes > CONNECTION_RULES.longMinutes)
        warnings.push({ kind: 'long-connection', leg: index, airport: c.airport, minutes: c.layoverMinutes })
      if (c.overnight) warnings.push({ kind: 'overnight-layover', leg: index, airport: c.airport, minutes: c.layoverMinutes })
    })
    if (leg.dayOffset !== 0) warnings.push({ kind: 'arrives-other-day', leg: index, airport: leg.to })
  })
  return warnings
}
