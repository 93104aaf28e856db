import { AIRLINES_JSON } from '../../util/worldData/airlines.data'
import { airport, type Airport } from './geo'

/**
 * Who flies where. A fixture of real network carriers and their real hubs
 * (checked against the OpenFlights airlines in data/: each must be listed there as
 * active), plus the dataset's other active airlines of a country for
 * domestic and short regional hops.
 */

export interface Carrier {
  code: string
  name: string
  country: string
  hubs: readonly string[]
  /** Low-cost: cheaper fares, no free checked bag, no void. */
  lowCost: boolean
  /** Longest flight the carrier's fleet flies, km. */
  rangeKm: number
  /** A big transfer airline, favoured for connections (the Gulf carriers, SQ, CX, TK…). */
  connector: boolean
}

// Flags: L = low-cost (range 5,500 km), R = regional (range 6,500 km), X = big transfer airline.
const NETWORK: ReadonlyArray<[code: string, hubs: string, flags?: string]> = [
  ['SQ', 'SIN', 'X'],
  ['CX', 'HKG', 'X'],
  ['UO', 'HKG', 'L'],
  ['HX', 'HKG', 'R'],
  ['MU', 'PVG SHA KMG XIY'],
  ['FM', 'SHA PVG', 'R'],
  ['CA', 'PEK CTU'],
  ['CZ', 'CAN PEK URC'],
  ['HU', 'PEK HAK'],
  ['MF', 'XMN FOC', 'R'],
  ['ZH', 'SZX', 'R'],
  ['3U', 'CTU'],
  ['HO', 'PVG', 'L'],
  ['9C', 'PVG SHA', 'L'],
  ['NH', 'HND NRT'],
  ['JL', 'HND NRT'],
  ['KE', 'ICN'],
  ['OZ', 'ICN'],
  ['BR', 'TPE'],
  ['CI', 'TPE'],
  ['TG', 'BKK'],
  ['FD', 'DMK', 'L'],
  ['MH', 'KUL'],
  ['AK', 'KUL', 'L'],
  ['GA', 'CGK', 'R'],
  ['PR', 'MNL', 'R'],
  ['VN', 'SGN HAN'],
  ['AI', 'DEL BOM'],
  ['6E', 'DEL BOM', 'L'],
  ['UL', 'CMB'],
  ['QF', 'SYD MEL'],
  ['VA', 'BNE SYD', 'R'],
  ['JQ', 'MEL', 'L'],
  ['NZ', 'AKL'],
  ['PX', 'POM', 'R'],
  ['EK', 'DXB', 'X'],
  ['QR', 'DOH', 'X'],
  ['EY', 'AUH', 'X'],
  ['SV', 'JED RUH'],
  ['TK', 'IST', 'X'],
  ['LH', 'FRA MUC', 'X'],
  ['LX', 'ZRH'],
  ['OS', 'VIE'],
  ['BA', 'LHR', 'X'],
  ['VS', 'LHR'],
  ['AF', 'CDG', 'X'],
  ['KL', 'AMS', 'X'],
  ['IB', 'MAD'],
  ['AZ', 'FCO'],
  ['SK', 'CPH ARN OSL'],
  ['AY', 'HEL'],
  ['SU', 'SVO'],
  ['LO', 'WAW'],
  ['EI', 'DUB'],
  ['TP', 'LIS'],
  ['U2', 'LGW', 'L'],
  ['FR', 'STN DUB', 'L'],
  ['UA', 'ORD EWR SFO IAH DEN'],
  ['AA', 'DFW CLT ORD MIA PHL'],
  ['DL', 'ATL JFK DTW MSP'],
  ['B6', 'JFK BOS', 'L'],
  ['WN', 'DAL MDW', 'L'],
  ['AC', 'YYZ YVR YUL'],
  ['WS', 'YYC', 'L'],
  ['AM', 'MEX'],
  ['LA', 'SCL GRU'],
  ['CM', 'PTY', 'R'],
  ['ET', 'ADD'],
  ['KQ', 'NBO'],
  ['SA', 'JNB'],
  ['MS', 'CAI'],
  ['AT', 'CMN']
]

interface RawAirline {
  name: string
  iata: string
  country: string
  active: string
}

interface CarrierIndex {
  network: Carrier[]
  byCode: Map<string, Carrier>
  /** Network carriers by the country of their first hub. */
  networkByCountry: Map<string, Carrier[]>
  /** Other active airlines by country (domestic/regional only; no hubs known). */
  localByCountry: Map<string, Carrier[]>
  hubCarriers: Map<string, Carrier[]>
}

let index: CarrierIndex | null = null

function load(): CarrierIndex {
  if (index) return index
  const raw = JSON.parse(AIRLINES_JSON) as RawAirline[]
  const active = new Map<string, RawAirline>()
  for (const r of raw) {
    if (r.active !== 'Y' || !/^[A-Z0-9]{2}$/.test(r.iata) || /cargo|express mail|charter/i.test(r.name)) continue
    if (!active.has(r.iata)) active.set(r.iata, r)
  }
  const network: Carrier[] = []
  const byCode = new Map<string, Carrier>()
  const networkByCountry = new Map<string, Carrier[]>()
  const hubCarriers = new Map<string, Carrier[]>()
  for (const [code, hubText, flags = ''] of NETWORK) {
    const row = active.get(code)
    if (!row) continue // not active in the dataset: leave it out rather than invent it
    const hubs = hubText.split(' ').filter((h) => airport(h) !== undefined)
    if (hubs.length === 0) continue
    const home = airport(hubs[0] as string) as Airport
    const lowCost = flags.includes('L')
    const rangeKm = lowCost ? 5_500 : flags.includes('R') ? 6_500 : 15_600
    const carrier: Carrier = { code, name: row.name, country: home.country, hubs, lowCost, rangeKm, connector: flags.includes('X') }
    network.push(carrier)
    byCode.set(code, carrier)
    networkByCountry.set(home.country, [...(networkByCountry.get(home.country) ?? []), carrier])
    for (const h of hubs) hubCarriers.set(h, [...(hubCarriers.get(h) ?? []), carrier])
  }
  const localByCountry = new Map<string, Carrier[]>()
  for (const r of active.values()) {
    if (byCode.has(r.iata) || !r.country) continue
    const carrier: Carrier = { code: r.iata, name: r.name, country: r.country, hubs: [], lowCost: false, rangeKm: 3_000, connector: false }
    localByCountry.set(r.country, [...(localByCountry.get(r.country) ?? []), carrier])
    byCode.set(r.iata, carrier)
  }
  index = { network, byCode, networkByCountry, localByCountry, hubCarriers }
  return index
}

export function networkCarriers(): readonly Carrier[] {
  return load().network
}
export function carrier(code: string): Carrier | undefined {
  return load().byCode.get(code)
}
export function carriersBasedIn(country: string): readonly Carrier[] {
  return load().networkByCountry.get(country) ?? []
}
export function localCarriers(country: string): readonly Carrier[] {
  return load().localByCountry.get(country) ?? []
}
export function carriersWithHub(iata: string): readonly Carrier[] {
  return load().hubCarriers.get(iata) ?? []
}

// Alliances, for codeshares: a marketing carrier sells seats on a partner's flight.
const ALLIANCES: readonly (readonly string[])[] = [
  ['CA', 'NH', 'OZ', 'BR', 'TG', 'SQ', 'NZ', 'AI', 'ET', 'TK', 'LH', 'LX', 'OS', 'SK', 'LO', 'TP', 'UA', 'AC', 'CM', 'MS', 'SA', 'ZH'],
  ['CX', 'JL', 'MH', 'QF', 'QR', 'BA', 'IB', 'AY', 'AA', 'AT', 'UL'],
  ['MU', 'KE', 'CI', 'GA', 'VN', 'AF', 'KL', 'AZ', 'DL', 'AM', 'KQ', 'MF', 'SV']
]

/** Alliance partners of a carrier that are in the fixture. */
export function partnersOf(code: string): readonly Carrier[] {
  const group = ALLIANCES.find((a) => a.includes(code))
  if (!group) return []
  return group.filter((c) => c !== code).map((c) => load().byCode.get(c)).filter((c): c is Carrier => c !== undefined)
}
