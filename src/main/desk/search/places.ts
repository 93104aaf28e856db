import type { Place } from '../../../shared/domain/search'
import { AIRLINES_JSON } from '../../util/worldData/airlines.data'
import { AIRPORTS_JSON } from '../../util/worldData/airports.data'
import { METROS, type Metro } from './metros'
import { ZH_AIRPORTS, ZH_METROS } from './placesZh'

/**
 * The places the desk knows (OpenFlights airports in util/worldData, the hand-written metro codes and
 * Chinese names): for From/To type-ahead, airline names on rows, and the airports' time zones that
 * durations are computed with. Parsed on first use, so start-up does not pay for ~1 MB of JSON.
 */
export interface AirportFacts {
  code: string
  name: string
  city: string
  country: string
  /** IANA zone when the data has one. */
  zone?: string
  /** Hours from UTC otherwise (no DST). */
  fixedOffsetMinutes?: number
}

interface RawAirport {
  iata: string
  name: string
  city: string
  country: string
  timezone: string
  tz: string
}

interface RawAirline {
  iata: string
  name: string
  active: string
}

/**
 * Airline airports that opened after the OpenFlights snapshot (2019 and later), written by hand so a
 * search through them still gets names and time zones.
 */
const OPENED_SINCE_THE_DATA: readonly AirportFacts[] = [
  { code: 'PKX', name: 'Beijing Daxing International', city: 'Beijing', country: 'China', zone: 'Asia/Shanghai' },
  { code: 'TFU', name: 'Chengdu Tianfu International', city: 'Chengdu', country: 'China', zone: 'Asia/Shanghai' }
]

// Entries that are not airfields (metro pseudo-codes, stations): not offered as airports.
const NOT_AN_AIRFIELD = /all airports|station|railway|bus terminal|ferry|harbour|heliport|metropolitan area/i

interface Entry {
  place: Place
  code: string
  /** Lower-case English words searched: city, name. */
  city: string
  name: string
  zh: string
  /** Metros first, then airports, so "LON" answers London (all airports) before anything called Lon…. */
  rank: number
}

/** Per zone name (a few hundred for ~7,000 airports): building a formatter is the costly part. */
const zoneValid = new Map<string, boolean>()

function isZone(zone: string): boolean {
  let valid = zoneValid.get(zone)
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone })
      valid = true
    } catch {
      valid = false
    }
    zoneValid.set(zone, valid)
  }
  return valid
}

export class PlacesIndex {
  private airports?: Map<string, AirportFacts>
  private airlines?: Map<string, string>
  private entries?: Entry[]
  private readonly metros = new Map<string, Metro>(METROS.map((m) => [m.code, m]))

  airport(code: string): AirportFacts | undefined {
    return this.airportMap().get(code)
  }

  country(code: string): string | undefined {
    return this.airport(code)?.country ?? this.metros.get(code)?.country
  }

  metro(code: string): Metro | undefined {
    return this.metros.get(code)
  }

  carrierName(code: string): string {
    return this.airlineMap().get(code) ?? code
  }

  /** A code FR24 should read as a city (`airportgroup`). */
  isCity(code: string): boolean {
    return this.metros.has(code)
  }

  /**
   * Type-ahead: an exact code first (a metro before its namesake airport), then cities and airports
   * whose city or name starts with the query, then those that contain it; Chinese names match too.
   */
  find(query: string, limit = 10): Place[] {
    const q = query.trim().toLowerCase()
    if (q.length === 0) return []
    const scored: { entry: Entry; score: number }[] = []
    for (const entry of this.allEntries()) {
      const score = this.score(entry, q)
      if (score !== undefined) scored.push({ entry, score })
    }
    scored.sort((a, b) => a.score - b.score || a.entry.rank - b.entry.rank || (a.entry.code < b.entry.code ? -1 : 1))
    return scored.slice(0, limit).map((s) => s.entry.place)
  }

  private score(e: Entry, q: string): number | undefined {
    if (e.code.toLowerCase() === q) return 0
    if (e.city.startsWith(q)) return 1
    if (e.name.startsWith(q)) return 2
    if (e.zh && e.zh.includes(q)) return e.zh.startsWith(q) ? 1 : 3
    if (q.length >= 3 && (e.city.includes(` ${q}`) || e.name.includes(` ${q}`))) return 4
    return undefined
  }

  private airportMap(): Map<string, AirportFacts> {
    if (this.airports) return this.airports
    const map = new Map<string, AirportFacts>()
    for (const r of JSON.parse(AIRPORTS_JSON) as RawAirport[]) {
      if (!/^[A-Z]{3}$/.test(r.iata) || NOT_AN_AIRFIELD.test(r.name) || map.has(r.iata)) continue
      const facts: AirportFacts = { code: r.iata, name: r.name, city: r.city, country: r.country }
      if (r.tz && r.tz !== '\\N' && isZone(r.tz)) facts.zone = r.tz
      else if (Number.isFinite(Number(r.timezone))) facts.fixedOffsetMinutes = Math.round(Number(r.timezone) * 60)
      map.set(r.iata, facts)
    }
    for (const a of OPENED_SINCE_THE_DATA) if (!map.has(a.code)) map.set(a.code, a)
    this.airports = map
    return map
  }

  private airlineMap(): Map<string, string> {
    if (this.airlines) return this.airlines
    const map = new Map<string, string>()
    const inactive = new Map<string, string>()
    for (const r of JSON.parse(AIRLINES_JSON) as RawAirline[]) {
      // Codes are reused over the years: an active airline wins over a defunct one with the same code.
      if (r.active === 'Y' && !map.has(r.iata)) map.set(r.iata, r.name)
      else if (!inactive.has(r.iata)) inactive.set(r.iata, r.name)
    }
    for (const [code, name] of inactive) if (!map.has(code)) map.set(code, name)
    this.airlines = map
    return map
  }

  private allEntries(): Entry[] {
    if (this.entries) return this.entries
    const entries: Entry[] = []
    for (const m of METROS) {
      const cityZh = ZH_METROS[m.code]
      const place: Place = { code: m.code, kind: 'city', name: `${m.city} (all airports)`, city: m.city, country: m.country, airports: [...m.airports] }
      if (cityZh) Object.assign(place, { cityZh, nameZh: `${cityZh}（所有机场）` })
      entries.push({ place, code: m.code, city: m.city.toLowerCase(), name: place.name.toLowerCase(), zh: cityZh ?? '', rank: 0 })
    }
    for (const a of this.airportMap().values()) {
      const zh = ZH_AIRPORTS[a.code]
      const place: Place = { code: a.code, kind: 'airport', name: a.name, city: a.city, country: a.country }
      if (zh) Object.assign(place, { nameZh: zh.name, cityZh: zh.city })
      entries.push({ place, code: a.code, city: a.city.toLowerCase(), name: a.name.toLowerCase(), zh: zh ? `${zh.city} ${zh.name}` : '', rank: zh ? 1 : 2 })
    }
    this.entries = entries
    return entries
  }
}
