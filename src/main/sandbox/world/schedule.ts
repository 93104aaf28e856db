import { carriersBasedIn, carriersWithHub, localCarriers, networkCarriers, partnersOf, type Carrier } from './carriers'
import { airport as hubAirport, blockMinutes, distanceKm, type Airport } from './geo'
import { hashInt, hex32, Rng } from './prng'
import { localToUtc, MINUTE, utcToLocalText } from './time'
import type { Segment } from './types'

/**
 * Timetables. A route's patterns (who flies it, nonstop or via which hubs)
 * depend only on the seed and the airport pair; which of them operate and
 * when depends on the date. Times are built in the origin's local time,
 * carried in UTC, and written back in each airport's local time through its
 * IANA zone — so arrival dates are right across DST changes and the date line.
 */


interface Hop {
  carrier: Carrier
  from: Airport
  to: Airport
}

export interface Pattern {
  key: string
  hops: Hop[]
  /** Departures a day on a normal schedule. */
  frequencies: number
}

export interface Flight {
  segment: Segment
  depUtc: number
  arrUtc: number
  km: number
  carrier: Carrier
}

export interface Itinerary {
  flights: Flight[]
  km: number
  /** Marketing carrier of the longest flight: the one that issues the ticket. */
  plating: Carrier
}

const patternCache = new Map<string, Pattern[]>()

/** Every way the sandbox flies from `o` to `d` on this seed (cached; pure). */
export function routePatterns(seed: string, o: Airport, d: Airport): Pattern[] {
  const cacheKey = `${seed}|${o.iata}|${d.iata}`
  const hit = patternCache.get(cacheKey)
  if (hit) return hit
  const patterns = buildPatterns(seed, o, d)
  if (patternCache.size > 5_000) patternCache.clear()
  patternCache.set(cacheKey, patterns)
  return patterns
}

function canFly(c: Carrier, km: number): boolean {
  return km >= 100 && km <= c.rangeKm
}

/** Airports that see long-haul and foreign airlines: hubs, "Intl" fields, metro members. */
function significant(a: Airport): boolean {
  return carriersWithHub(a.iata).length > 0 || /intl|international/i.test(a.name)
}

/**
 * Whether carrier c plausibly flies between its hub and x: anywhere in range
 * for significant airports; otherwise only at home or within 2,000 km, so
 * a Chicago-based airline does not land in Goroka.
 */
function serves(c: Carrier, hub: Airport, x: Airport): boolean {
  const km = distanceKm(hub, x)
  if (!canFly(c, km)) return false
  return significant(x) || x.country === c.country || km <= 2_000
}

function buildPatterns(seed: string, o: Airport, d: Airport): Pattern[] {
  const rng = new Rng(seed, 'patterns', o.iata, d.iata)
  const km = distanceKm(o, d)
  const out: Pattern[] = []
  const seen = new Set<string>()
  const add = (hops: Hop[], frequencies: number): void => {
    const key = hops.map((h) => `${h.carrier.code}:${h.from.iata}-${h.to.iata}`).join('/')
    if (seen.has(key)) return
    seen.add(key)
    out.push({ key, hops, frequencies })
  }

  // Nonstop: a carrier with a hub at either end; domestic and short regional
  // hops also by the home carriers of the countries involved.
  const nonstop = new Map<string, Carrier>()
  for (const c of carriersWithHub(o.iata)) if (serves(c, o, d)) nonstop.set(c.code, c)
  for (const c of carriersWithHub(d.iata)) if (serves(c, d, o)) nonstop.set(c.code, c)
  const domestic = o.country === d.country
  if ((domestic && km <= 4_500) || km <= 1_500) {
    for (const c of [...carriersBasedIn(o.country), ...carriersBasedIn(d.country)]) if (canFly(c, km)) nonstop.set(c.code, c)
  }
  if (nonstop.size === 0 && km <= 2_500) {
    // Small places: the dataset's local airlines, two at most per country.
    for (const c of [...rng.sample(localCarriers(o.country), 2), ...rng.sample(localCarriers(d.country), 1)]) {
      if (canFly(c, km)) nonstop.set(c.code, c)
    }
  }
  for (const c of nonstop.values()) add([{ carrier: c, from: o, to: d }], 4)

  // One stop: a network carrier through one of its hubs, when the detour is sane.
  const detourLimit = km < 1_000 ? 2.4 : km < 3_000 ? 1.7 : 1.45
  const viaHub: { hops: Hop[]; score: number }[] = []
  for (const c of networkCarriers()) {
    for (const hubCode of c.hubs) {
      if (hubCode === o.iata || hubCode === d.iata) continue
      const hub = hubAirport(hubCode)
      if (!hub) continue
      if (!serves(c, hub, o) || !serves(c, hub, d)) continue
      const detour = (distanceKm(o, hub) + distanceKm(hub, d)) / Math.max(km, 1)
      if (detour > detourLimit) continue
      const bonus = (c.country === o.country || c.country === d.country ? 0.15 : 0) + (c.connector ? 0.12 : 0)
      viaHub.push({ hops: [{ carrier: c, from: o, to: hub }, { carrier: c, from: hub, to: d }], score: detour - bonus + rng.next() * 0.1 })
    }
  }
  viaHub.sort((x, y) => x.score - y.score)
  for (const v of viaHub.slice(0, 10)) add(v.hops, 2)

  // Two stops: a first flight to a hub, then a network carrier on through its
  // own hub. Alliance partners (or the same airline) are preferred; other
  // pairs are interline. Only for routes the simpler shapes serve poorly.
  if (out.length < 5) {
    const twoStop: { hops: Hop[]; score: number }[] = []
    for (const first of viaHubsFrom(o).slice(0, 6)) {
      const friends = new Set([first.carrier.code, ...partnersOf(first.carrier.code).map((p) => p.code)])
      for (const second of networkCarriers()) {
        for (const hub2Code of second.hubs) {
          const hub2 = hubAirport(hub2Code)
          if (!hub2 || hub2.iata === first.hub.iata || hub2.iata === o.iata || hub2.iata === d.iata) continue
          if (!serves(second, hub2, first.hub) || !serves(second, hub2, d)) continue
          const detour = (distanceKm(o, first.hub) + distanceKm(first.hub, hub2) + distanceKm(hub2, d)) / Math.max(km, 1)
          if (detour > detourLimit + 0.3) continue
          twoStop.push({
            hops: [
              { carrier: first.carrier, from: o, to: first.hub },
              { carrier: second, from: first.hub, to: hub2 },
              { carrier: second, from: hub2, to: d }
            ],
            score: detour - (friends.has(second.code) ? 0.15 : 0) + rng.next() * 0.1
          })
        }
      }
    }
    twoStop.sort((x, y) => x.score - y.score)
    for (const v of twoStop.slice(0, 4)) add(v.hops, 1)
  }
  return out
}

/** Hubs a traveller from `o` can reach on one flight by the hub's carrier. */
function viaHubsFrom(o: Airport): { carrier: Carrier; hub: Airport }[] {
  const found: { carrier: Carrier; hub: Airport; km: number }[] = []
  for (const c of networkCarriers()) {
    for (const h of c.hubs) {
      const hub = hubAirport(h)
      if (!hub || hub.iata === o.iata) continue
      if (serves(c, hub, o)) found.push({ carrier: c, hub, km: distanceKm(o, hub) })
    }
  }
  return found.sort((a, b) => a.km - b.km)
}

// ---------------------------------------------------------------------------
// Flights on a date.

const NARROW = ['320', '321', '32N', '738', '73H', '7M8', 'E90']
const LOW_COST_FLEET = ['320', '32N', '738', '7M8']
const MEDIUM = ['333', '332', '359', '789', '788', '21N']
const LONG = ['77W', '359', '351', '789', '388', '77L']

function aircraftFor(rng: Rng, c: Carrier, km: number): string {
  if (c.lowCost) return rng.pick(LOW_COST_FLEET)
  if (km < 2_800) return rng.pick(NARROW)
  if (km < 6_500) return rng.pick(MEDIUM)
  return rng.pick(LONG)
}

function terminalFor(a: Airport, carrierCode: string): string | null {
  // Big airports have terminals; each carrier keeps to one of them.
  if (!/intl|international/i.test(a.name) && carriersWithHub(a.iata).length === 0) return null
  const h = hashInt('terminal', a.iata, carrierCode)
  return ['1', '2', '3', 'T1', 'T2'][h % (h % 3 === 0 ? 5 : 2)] ?? null
}

function flightNumber(c: Carrier, from: Airport, to: Airport, slot: number, km: number, codeshare: boolean): string {
  const h = hashInt('flightNo', c.code, from.iata, to.iata, slot)
  if (codeshare) return String(5000 + (h % 4000)) // partners' numbers sit in a high block
  if (km >= 3_000) return String(1 + (h % 999)) // long haul: low numbers
  if (c.country === 'China' || c.lowCost) return String(1000 + (h % 9000))
  return String(100 + (h % 1900))
}

/** How many times a day a carrier flies a hop (short hops more often). */
function dailyDepartures(seed: string, c: Carrier, from: Airport, to: Airport): number {
  const km = distanceKm(from, to)
  const rng = new Rng(seed, 'frequency', c.code, from.iata, to.iata)
  return km < 3_000 ? rng.int(2, 4) : rng.int(1, 2)
}

/** Departure `slot` of a hop: minute of the local day and flight number. Same every day. */
function hopDeparture(seed: string, c: Carrier, from: Airport, to: Airport, slot: number): { minute: number; rng: Rng } {
  const rng = new Rng(seed, 'departure', c.code, from.iata, to.iata, slot)
  // 06:00–22:55 in 5-minute steps; slots spread out so they do not bunch.
  const steps = 17 * 12
  const minute = 6 * 60 + ((slot * 67 + rng.int(0, steps - 1)) % steps) * 5
  return { minute, rng }
}

/** Whether departure `slot` of a hop operates on a weekday (slot 0 flies daily). */
function operates(seed: string, c: Carrier, from: Airport, to: Airport, slot: number, weekday: number): boolean {
  if (slot === 0) return true
  return hashInt(seed, 'days', c.code, from.iata, to.iata, slot, weekday) % 7 !== 0
}

interface LocalDate {
  year: number
  month: number
  day: number
}

function addDays(d: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n))
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

function weekdayOf(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()
}

function localDateAt(a: Airport, utc: number): LocalDate {
  const text = utcToLocalText(a.clock, utc)
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) }
}

/** The flight of a hop's departure slot on a local date. */
function flightOf(seed: string, hop: Hop, slot: number, date: LocalDate): Flight {
  const { minute, rng } = hopDeparture(seed, hop.carrier, hop.from, hop.to, slot)
  const km = distanceKm(hop.from, hop.to)
  const minutes = blockMinutes(km)
  const depUtc = localToUtc(hop.from.clock, date.year, date.month, date.day, Math.floor(minute / 60), minute % 60)
  const arrUtc = depUtc + minutes * MINUTE
  const partners = partnersOf(hop.carrier.code)
  const codeshare = rng.next() < 0.12 && partners.length > 0 && !hop.carrier.lowCost
  const operating = codeshare ? rng.pick(partners) : null
  const flightNo = flightNumber(hop.carrier, hop.from, hop.to, slot, km, codeshare)
  const flyer = operating ?? hop.carrier
  const depTime = utcToLocalText(hop.from.clock, depUtc)
  const segment: Segment = {
    segmentId: hex32(seed, hop.carrier.code, flightNo, hop.from.iata, depTime),
    duration: minutes,
    carrier: hop.carrier.code,
    flightNo,
    codeShare: codeshare,
    operatingCarrier: operating ? operating.code : null,
    operatingFlightNo: operating ? flightNumber(operating, hop.from, hop.to, slot, km, false) : null,
    aircraftCode: aircraftFor(rng, flyer, km),
    depAirport: hop.from.iata,
    depTerminal: terminalFor(hop.from, flyer.code),
    depTime,
    arrAirport: hop.to.iata,
    arrTerminal: terminalFor(hop.to, flyer.code),
    arrTime: utcToLocalText(hop.to.clock, arrUtc),
    stopAirport: null,
    stopDuration: null
  }
  return { segment, depUtc, arrUtc, km, carrier: hop.carrier }
}

/**
 * The first departure of a hop that leaves at least a minimum connection
 * time after `readyUtc` (longer between different airlines), looking at
 * that day's and the next day's timetable.
 */
function connectingFlight(seed: string, hop: Hop, readyUtc: number, sameCarrier: boolean): Flight | null {
  const earliest = readyUtc + (sameCarrier ? 60 : 100) * MINUTE
  const startDate = localDateAt(hop.from, readyUtc)
  const slots = dailyDepartures(seed, hop.carrier, hop.from, hop.to)
  let best: Flight | null = null
  for (let offset = 0; offset <= 1 && !best; offset++) {
    const date = addDays(startDate, offset)
    for (let slot = 0; slot < slots; slot++) {
      if (!operates(seed, hop.carrier, hop.from, hop.to, slot, weekdayOf(date))) continue
      const f = flightOf(seed, hop, slot, date)
      if (f.depUtc >= earliest && (!best || f.depUtc < best.depUtc)) best = f
    }
  }
  return best
}

/**
 * Itineraries of one pattern whose first flight departs on a local date.
 * `extra` adds departures beyond the timetable (the load knob), each a new
 * first flight with its own connections.
 */
export function itinerariesOn(seed: string, pattern: Pattern, date: LocalDate, extra = 0): Itinerary[] {
  const firstHop = pattern.hops[0]
  if (!firstHop) return []
  const scheduled = Math.min(pattern.frequencies, dailyDepartures(seed, firstHop.carrier, firstHop.from, firstHop.to))
  const out: Itinerary[] = []
  const seen = new Set<string>()
  for (let slot = 0; slot < scheduled + extra; slot++) {
    if (slot < scheduled && !operates(seed, firstHop.carrier, firstHop.from, firstHop.to, slot, weekdayOf(date))) continue
    const flights: Flight[] = [flightOf(seed, firstHop, slot, date)]
    for (let i = 1; i < pattern.hops.length; i++) {
      const previous = flights[i - 1] as Flight
      const hop = pattern.hops[i] as Hop
      const next = connectingFlight(seed, hop, previous.arrUtc, previous.carrier.code === hop.carrier.code)
      if (!next) break
      flights.push(next)
    }
    if (flights.length !== pattern.hops.length) continue
    const key = flights.map((f) => f.segment.segmentId).join('^')
    if (seen.has(key)) continue
    seen.add(key)
    let longest = flights[0] as Flight
    for (const f of flights) if (f.km > longest.km) longest = f
    out.push({ flights, km: flights.reduce((sum, f) => sum + f.km, 0), plating: longest.carrier })
  }
  return out
}
