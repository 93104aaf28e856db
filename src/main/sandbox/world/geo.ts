import { AIRPORTS_JSON } from '../../util/worldData/airports.data'
import { isValidZone, type LocalZone } from './time'

/**
 * Airports from the OpenFlights dataset (data/README.md). Kept as JSON text
 * and parsed on the first search, so start-up does not pay for it.
 */

export interface Airport {
  iata: string
  name: string
  city: string
  country: string
  lat: number
  lon: number
  clock: LocalZone
}

interface RawAirport {
  name: string
  city: string
  country: string
  iata: string
  latitude: string
  longitude: string
  timezone: string
  tz: string
}

// Entries that are not places an aircraft lands: metro pseudo-codes, stations.
const NOT_AN_AIRFIELD = /all airports|station|railway|bus terminal|ferry|harbour|heliport|metropolitan area/i

interface AirportIndex {
  byCode: Map<string, Airport>
  byCity: Map<string, Airport[]>
  pseudo: Set<string>
}

let index: AirportIndex | null = null

function load(): AirportIndex {
  if (index) return index
  const raw = JSON.parse(AIRPORTS_JSON) as RawAirport[]
  const byCode = new Map<string, Airport>()
  const byCity = new Map<string, Airport[]>()
  const pseudo = new Set<string>()
  for (const r of raw) {
    if (!/^[A-Z]{3}$/.test(r.iata)) continue
    if (NOT_AN_AIRFIELD.test(r.name)) {
      pseudo.add(r.iata)
      continue
    }
    if (byCode.has(r.iata)) continue // two stale duplicates in the dataset; the first is the live one
    const lat = Number(r.latitude)
    const lon = Number(r.longitude)
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue
    const clock: LocalZone =
      r.tz && r.tz !== '\\N' && isValidZone(r.tz)
        ? { zone: r.tz }
        : { fixedOffsetMs: Math.round(Number(r.timezone || '0') * 60) * 60_000 }
    const airport: Airport = { iata: r.iata, name: r.name, city: r.city, country: r.country, lat, lon, clock }
    byCode.set(r.iata, airport)
    const key = `${r.city}|${r.country}`
    const list = byCity.get(key) ?? []
    list.push(airport)
    byCity.set(key, list)
  }
  index = { byCode, byCity, pseudo }
  return index
}

export function airport(code: string): Airport | undefined {
  return load().byCode.get(code.toUpperCase())
}

/**
 * Metropolitan codes the dataset does not group (it has no city codes).
 * A small fixture of the common ones; others are grouped by city name.
 */
const METRO: Readonly<Record<string, readonly string[]>> = {
  LON: ['LHR', 'LGW', 'STN', 'LTN', 'LCY', 'SEN'],
  NYC: ['JFK', 'EWR', 'LGA'],
  PAR: ['CDG', 'ORY', 'BVA'],
  TYO: ['HND', 'NRT'],
  BJS: ['PEK', 'PKX', 'NAY'],
  SHA: ['PVG', 'SHA'],
  OSA: ['KIX', 'ITM', 'UKB'],
  SEL: ['ICN', 'GMP'],
  MIL: ['MXP', 'LIN', 'BGY'],
  ROM: ['FCO', 'CIA'],
  WAS: ['IAD', 'DCA', 'BWI'],
  CHI: ['ORD', 'MDW'],
  MOW: ['SVO', 'DME', 'VKO'],
  STO: ['ARN', 'BMA', 'NYO'],
  BUE: ['EZE', 'AEP'],
  SAO: ['GRU', 'CGH', 'VCP'],
  RIO: ['GIG', 'SDU'],
  YTO: ['YYZ', 'YTZ'],
  YMQ: ['YUL'],
  JKT: ['CGK', 'HLP'],
  BKK: ['BKK', 'DMK'],
  TPE: ['TPE', 'TSA'],
  BER: ['BER', 'TXL', 'SXF'],
  DXB: ['DXB', 'DWC'],
  IST: ['IST', 'SAW']
}

export function isMetroCode(code: string): boolean {
  return code.toUpperCase() in METRO
}

/**
 * The airports a searched code stands for. `airportgroup` (a city code)
 * widens to the city's airports; a metro code given as `airportcode` is
 * widened too, since no aircraft lands at "LON".
 */
export function resolvePlace(code: string, type: string | null | undefined): Airport[] {
  const upper = code.toUpperCase()
  const metro = METRO[upper]
  const asGroup = type === 'airportgroup' || (!airport(upper) && metro !== undefined)
  if (!asGroup) {
    const one = airport(upper)
    return one ? [one] : []
  }
  if (metro) return metro.map((c) => airport(c)).filter((a): a is Airport => a !== undefined)
  const one = airport(upper)
  if (!one) return []
  // Same city in the same country; secondary fields only when they look like
  // airline airports (an "Intl"/"International" name), so Seletar stays out of Singapore.
  const siblings = load().byCity.get(`${one.city}|${one.country}`) ?? []
  return [one, ...siblings.filter((a) => a.iata !== one.iata && /intl|international/i.test(a.name))]
}

const EARTH_KM = 6371.0088

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Airport, b: Airport): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * Scheduled block time: cruise at ~850 km/h over a route ~4% longer than the
 * great circle, plus ~35 minutes of taxi, climb and approach; rounded to 5.
 */
export function blockMinutes(km: number): number {
  const minutes = 35 + ((km * 1.04) / 850) * 60
  return Math.max(40, Math.round(minutes / 5) * 5)
}
