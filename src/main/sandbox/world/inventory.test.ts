import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testSandbox, type TestSandbox } from '../testing/fixtures'
import type { Wire } from '../testing/client'
import { AIRLINES_JSON } from '../../util/worldData/airlines.data'
import { AIRPORTS_JSON } from '../../util/worldData/airports.data'

let t: TestSandbox
beforeAll(async () => {
  t = await testSandbox()
})
afterAll(async () => {
  await t.close()
})

// The dataset read directly, not through geo.ts or carriers.ts, to check what they derive from it.
const airports = JSON.parse(AIRPORTS_JSON) as { iata: string; tz: string }[]
const airlines = JSON.parse(AIRLINES_JSON) as { iata: string; active: string }[]
const zoneOf = (iata: string): string => airports.find((a) => a.iata === iata)?.tz as string

/**
 * The UTC instant of a wall-clock time in a zone, found by trying every
 * quarter-hour offset — a different method from the sandbox's, on purpose.
 */
function instant(local: string, zone: string): number {
  const wall = Date.parse(`${local}:00Z`)
  const fmt = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  for (let q = -14 * 4; q <= 14 * 4; q++) {
    const candidate = wall - q * 15 * 60_000
    if (fmt.format(new Date(candidate)).replace(' ', 'T') === local) return candidate
  }
  throw new Error(`${local} does not exist in ${zone}`)
}

async function search(legs: { origin: string; destination: string; depDate: string; typeO?: string; typeD?: string }[], extra: Record<string, unknown> = {}) {
  return t.client.ok('shopping', { searchLegs: legs, adultNum: 1, ...extra })
}

describe('inventory', () => {
  it('is deterministic for a seed and differs between seeds', async () => {
    const legs = [{ origin: 'PEK', destination: 'CDG', depDate: '2026-05-02' }]
    const a = await search(legs)
    const b = await search(legs)
    expect(b.offers.map((o: Wire) => [o.legId, o.totalPrice])).toEqual(a.offers.map((o: Wire) => [o.legId, o.totalPrice]))
    expect(b.segments).toEqual(a.segments)
    const other = await testSandbox({ seed: 'another seed' })
    try {
      const c = await other.client.ok('shopping', { searchLegs: legs, adultNum: 1 })
      expect(c.offers.map((o: Wire) => o.totalPrice)).not.toEqual(a.offers.map((o: Wire) => o.totalPrice))
    } finally {
      await other.close()
    }
  })

  it('answers the documented offer, leg and segment fields', async () => {
    const answer = await search([{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-15' }])
    const offer = answer.offers[0]
    expect(Object.keys(offer)).toEqual([
      'offerId', 'legId', 'currency', 'platingCarrier', 'pricePerPax', 'totalPrice', 'cabin', 'RBD', 'fareBasis', 'availability',
      'extraInfo', 'eligibilityFlag', 'eligibilityDetail', 'rules', 'productType', 'productTag', 'productSource', 'paymentMethod'
    ])
    expect(Object.keys(answer.segments[0])).toEqual([
      'segmentId', 'duration', 'carrier', 'flightNo', 'codeShare', 'operatingCarrier', 'operatingFlightNo', 'aircraftCode',
      'depAirport', 'depTerminal', 'depTime', 'arrAirport', 'arrTerminal', 'arrTime', 'stopAirport', 'stopDuration'
    ])
    for (const o of answer.offers) {
      const leg = answer.legs.find((l: Wire) => l.legId === o.legId)
      expect(leg).toBeDefined()
      for (const list of [o.cabin, o.RBD, o.fareBasis, o.availability, o.extraInfo.freeBaggageAllowance]) expect(list).toHaveLength(leg.segmentIds.length)
      const total = o.pricePerPax.reduce((sum: number, p: Wire) => sum + Math.round((p.baseFare + p.totalTax + p.serviceFee) * 100), 0)
      expect(Math.round(o.totalPrice * 100)).toBe(total)
      for (const p of o.pricePerPax) expect(Math.round(p.taxBreakdown.reduce((s: number, x: Wire) => s + x.taxAmount * 100, 0))).toBe(Math.round(p.totalTax * 100))
    }
    for (const s of answer.segments) {
      expect(s.segmentId).toMatch(/^[0-9a-f]{32}$/)
      expect(s.depTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
      expect(airlines.some((a) => a.iata === s.carrier && a.active === 'Y')).toBe(true)
    }
  })

  it('keeps every flight time consistent with its duration across DST changes and the date line', async () => {
    const cases = [
      { origin: 'LHR', destination: 'JFK', depDate: '2026-03-28' }, // London changes clocks on 29 March, New York already did
      { origin: 'JFK', destination: 'LHR', depDate: '2026-10-31' }, // Europe falls back on 1 November's eve, the US a week later
      { origin: 'SYD', destination: 'LAX', depDate: '2026-04-04' }, // Sydney leaves DST on 5 April; crosses the date line
      { origin: 'HND', destination: 'SFO', depDate: '2026-04-15' }, // arrives "before" it left, local dates
      { origin: 'AKL', destination: 'SIN', depDate: '2026-09-26' } // Auckland starts DST on 27 September
    ]
    for (const leg of cases) {
      const answer = await search([leg])
      expect(answer.offers.length, `${leg.origin}-${leg.destination}`).toBeGreaterThan(0)
      for (const s of answer.segments) {
        const dep = instant(s.depTime, zoneOf(s.depAirport))
        const arr = instant(s.arrTime, zoneOf(s.arrAirport))
        expect((arr - dep) / 60_000, `${s.carrier}${s.flightNo} ${s.depAirport}-${s.arrAirport}`).toBe(s.duration)
      }
    }
    const eastbound = await search([{ origin: 'HND', destination: 'LAX', depDate: '2026-04-15' }])
    const nonstop = eastbound.segments.find((s: Wire) => s.depAirport === 'HND' && s.arrAirport === 'LAX' && s.depTime.slice(11) > '18:00')
    if (nonstop) expect(nonstop.arrTime.slice(0, 10)).toBe('2026-04-15') // same calendar day after ~11 hours in the air
  })

  it('widens city codes to their airports and keeps airport codes to one', async () => {
    const london = await search([{ origin: 'LON', typeO: 'airportgroup', destination: 'PAR', typeD: 'airportgroup', depDate: '2026-05-10' }])
    const from = new Set(london.segments.filter((s: Wire) => ['LHR', 'LGW', 'STN', 'LTN', 'LCY', 'SEN'].includes(s.depAirport)).map((s: Wire) => s.depAirport))
    expect(from.size).toBeGreaterThan(1)
    const heathrow = await search([{ origin: 'LHR', typeO: 'airportcode', destination: 'CDG', depDate: '2026-05-10' }])
    const firstDepartures = new Set(heathrow.offers.map((o: Wire) => heathrow.segments.find((s: Wire) => s.segmentId === heathrow.legs.find((l: Wire) => l.legId === o.legId).segmentIds[0]).depAirport))
    expect([...firstDepartures]).toEqual(['LHR'])
    const bad = await t.client.call('shopping', { searchLegs: [{ origin: 'QQQ', destination: 'HKG', depDate: '2026-05-10' }], adultNum: 1 })
    expect(bad.code).toBe('10100010')
    expect(bad.message).toContain('searchLegs[0].origin')
  })

  it('combines directions for round trips and multi-city, joining legIds with ^', async () => {
    const round = await search([
      { origin: 'BKK', destination: 'SIN', depDate: '2026-04-24' },
      { origin: 'SIN', destination: 'BKK', depDate: '2026-05-17' }
    ])
    expect(round.offers.length).toBeGreaterThan(0)
    for (const o of round.offers.slice(0, 20)) {
      const ids = o.legId.split('^')
      expect(ids).toHaveLength(2)
      for (const id of ids) expect(round.legs.some((l: Wire) => l.legId === id)).toBe(true)
    }
    const six = await search([
      { origin: 'PEK', destination: 'SHA', depDate: '2026-04-01' },
      { origin: 'SHA', destination: 'CAN', depDate: '2026-04-03' },
      { origin: 'CAN', destination: 'CTU', depDate: '2026-04-05' },
      { origin: 'CTU', destination: 'XIY', depDate: '2026-04-07' },
      { origin: 'XIY', destination: 'KMG', depDate: '2026-04-09' },
      { origin: 'KMG', destination: 'PEK', depDate: '2026-04-11' }
    ])
    expect(six.offers[0].legId.split('^')).toHaveLength(6)
    const outOfOrder = await t.client.call('shopping', {
      searchLegs: [
        { origin: 'PEK', destination: 'SHA', depDate: '2026-04-05' },
        { origin: 'SHA', destination: 'PEK', depDate: '2026-04-01' }
      ],
      adultNum: 1
    })
    expect(outOfOrder.code).toBe('11301002')
    const seven = await t.client.call('shopping', { searchLegs: Array.from({ length: 7 }, () => ({ origin: 'PEK', destination: 'SHA', depDate: '2026-04-05' })), adultNum: 1 })
    expect(seven.code).toBe('10100010')
  })

  it('honours cabin, preferred and prohibited carriers, stops and passenger counts', async () => {
    const base = [{ origin: 'PEK', destination: 'JFK', depDate: '2026-06-01' }]
    const direct = await search(base, { preferences: { stops: 0 } })
    expect(direct.offers.every((o: Wire) => direct.legs.find((l: Wire) => l.legId === o.legId).segmentIds.length === 1)).toBe(true)
    const preferred = await search(base, { preferences: { preferredCarrier: ['CA'] } })
    expect(preferred.offers.length).toBeGreaterThan(0)
    expect(preferred.offers.every((o: Wire) => o.platingCarrier === 'CA')).toBe(true)
    const prohibited = await search(base, { preferences: { prohibitedCarrier: ['CA', 'DL'] } })
    expect(prohibited.segments.some((s: Wire) => ['CA', 'DL'].includes(s.carrier) || ['CA', 'DL'].includes(s.operatingCarrier))).toBe(false)
    const business = await search(base, { preferences: { cabin: 'C' } })
    expect(business.offers.every((o: Wire) => o.cabin.every((c: string) => c === 'C'))).toBe(true)
    expect(business.offers[0].totalPrice).toBeGreaterThan(direct.offers[0].totalPrice)
    const family = await search(base, { adultNum: 2, childNum: 1, infantNum: 1 })
    const o = family.offers[0]
    expect(o.pricePerPax.map((p: Wire) => p.paxType)).toEqual(['ADT', 'CHD', 'INF'])
    expect(o.rules.refund.map((r: Wire) => r.paxType)).toEqual(['ADT', 'CHD', 'INF'])
  })

  it('returns 2,000+ offers when the load knob is turned', async () => {
    t.sandbox.control.setOfferCount(2000)
    try {
      const many = await search([{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-20' }])
      expect(many.offers.length).toBeGreaterThanOrEqual(2000)
      expect(new Set(many.offers.map((o: Wire) => o.offerId)).size).toBe(many.offers.length)
      const priced = await t.client.ok('pricing', { offerId: many.offers[1999].offerId, adultNum: 1 })
      expect(priced.offer[0].totalPrice).toBe(many.offers[1999].totalPrice)
    } finally {
      t.sandbox.control.setOfferCount(0)
    }
  })

  it('refuses dates in the past', async () => {
    const past = await t.client.call('shopping', { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-03-01' }], adultNum: 1 })
    expect(past.code).toBe('10100010')
    expect(past.message).toContain('depDate')
  })
})
