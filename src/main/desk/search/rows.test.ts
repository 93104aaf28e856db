import { describe, expect, it } from 'vitest'
import { OfferRow } from '../../../shared/domain/search'
import { allowanceSlot, buildRows, buildRowsInTurns, normalizeLocal, OFFERS_PER_TURN, ruleAnswer } from './rows'
import { PlacesIndex } from './places'
import { answer, segment } from './testing/answers'

const places = new PlacesIndex()
const ONE_ADULT = { adults: 1, children: 0, infants: 0 }

function oneRow(segments: ReturnType<typeof segment>[], directions: string[][], more: Partial<Parameters<typeof answer>[1][number]> = {}) {
  const built = buildRows(answer(segments, [{ offerId: 'o1', directions, ...more }]), places, ONE_ADULT, 'Y')
  expect(built.skipped).toBe(0)
  const row = built.rows[0]!
  expect(OfferRow.safeParse(row).success).toBe(true)
  return row
}

describe('rows from FR24 offers: times', () => {
  it('keeps airport-local times and counts real minutes between zones (SIN → HKG, same offset)', () => {
    const row = oneRow([segment('s1', 'SQ', '856', 'SIN', '2026-04-15T08:10', 'HKG', '2026-04-15T12:05')], [['s1']])
    expect(row.legs[0]).toMatchObject({ from: 'SIN', to: 'HKG', departLocal: '2026-04-15T08:10', arriveLocal: '2026-04-15T12:05', dayOffset: 0, durationMinutes: 235, stops: 0 })
  })

  it('counts a flight across a DST change at one end only (JFK → LHR the night the UK springs forward)', () => {
    // 22:00 EDT = 02:00 UTC on 29 March 2026; the UK moved to BST at 01:00 UTC, so 10:00 BST = 09:00 UTC.
    const row = oneRow([segment('s1', 'BA', '178', 'JFK', '2026-03-28T22:00', 'LHR', '2026-03-29T10:00')], [['s1']])
    expect(row.legs[0]).toMatchObject({ durationMinutes: 420, dayOffset: 1 })
  })

  it('arrives the day before across the date line (AKL → HNL: −1)', () => {
    // 01:00 NZST (+12) on 16 April = 13:00 UTC on 15 April; 12:00 HST (−10) = 22:00 UTC.
    const row = oneRow([segment('s1', 'NZ', '10', 'AKL', '2026-04-16T01:00', 'HNL', '2026-04-15T12:00')], [['s1']])
    expect(row.legs[0]).toMatchObject({ durationMinutes: 540, dayOffset: -1 })
  })

  it('arrives two days later westwards over the Pacific (LAX → SYD: +2)', () => {
    // 22:00 PDT (−7) = 05:00 UTC on 16 April; 06:00 AEST (+10) on 17 April = 20:00 UTC on 16 April.
    const row = oneRow([segment('s1', 'QF', '12', 'LAX', '2026-04-15T22:00', 'SYD', '2026-04-17T06:00')], [['s1']])
    expect(row.legs[0]).toMatchObject({ durationMinutes: 900, dayOffset: 2 })
  })

  it('reads FR24 times written with a space and seconds', () => {
    expect(normalizeLocal('2026-04-15 08:10:00')).toBe('2026-04-15T08:10')
    expect(normalizeLocal('15/04/2026')).toBeUndefined()
  })
})

describe('rows from FR24 offers: connections and legs', () => {
  it('lists connections with layovers, and an airport change when the traveller must cross town', () => {
    const row = oneRow(
      [
        segment('s1', 'SQ', '322', 'SIN', '2026-04-15T23:30', 'LHR', '2026-04-16T06:10'),
        segment('s2', 'BA', '2668', 'LGW', '2026-04-16T09:40', 'MAD', '2026-04-16T13:05')
      ],
      [['s1', 's2']]
    )
    const leg = row.legs[0]!
    expect(leg).toMatchObject({ from: 'SIN', to: 'MAD', stops: 1 })
    expect(leg.connections).toEqual([{ airport: 'LHR', arriveAirport: 'LHR', departAirport: 'LGW', layoverMinutes: 210, overnight: false }])
    // SIN 23:30 (+8) = 15:30 UTC; MAD 13:05 CEST (+2) = 11:05 UTC next day: 19 h 35 min.
    expect(leg.durationMinutes).toBe(19 * 60 + 35)
    expect(row.carriers.map((c) => c.code)).toEqual(['SQ', 'BA'])
    expect(row.carriers[0]!.name).toMatch(/Singapore/)
    expect(row.warnings.map((w) => w.kind)).toContain('airport-change')
  })

  it('marks a layover through the night as overnight', () => {
    const row = oneRow(
      [
        segment('s1', 'CX', '710', 'SIN', '2026-04-15T19:00', 'HKG', '2026-04-15T23:00'),
        segment('s2', 'CX', '500', 'HKG', '2026-04-16T08:00', 'NRT', '2026-04-16T13:00')
      ],
      [['s1', 's2']]
    )
    expect(row.legs[0]!.connections[0]).toMatchObject({ airport: 'HKG', layoverMinutes: 540, overnight: true })
  })

  it('splits a round trip into its directions and gives each segment its cabin, class and operating carrier', () => {
    const row = oneRow(
      [
        segment('s1', 'SQ', '856', 'SIN', '2026-04-15T08:10', 'HKG', '2026-04-15T12:05', { operatingCarrier: 'CX' }),
        segment('s2', 'SQ', '857', 'HKG', '2026-04-22T13:30', 'SIN', '2026-04-22T17:25', { operatingCarrier: 'SQ' })
      ],
      [['s1'], ['s2']]
    )
    expect(row.legs.map((l) => `${l.from}-${l.to}`)).toEqual(['SIN-HKG', 'HKG-SIN'])
    expect(row.legs[0]!.segments[0]).toMatchObject({ carrier: 'SQ', operatingCarrier: 'CX', cabin: 'Y', bookingClass: 'M', flightNo: '856' })
    expect(row.legs[1]!.segments[0]!.operatingCarrier).toBeUndefined()
  })

  it('leaves out an offer whose leg is not in the answer, and says how many', () => {
    const data = answer([segment('s1', 'SQ', '856', 'SIN', '2026-04-15T08:10', 'HKG', '2026-04-15T12:05')], [{ offerId: 'o1', directions: [['s1']] }])
    data.offers.push({ ...data.offers[0]!, offerId: 'o2', legId: 'no-such-leg' })
    const built = buildRows(data, places, ONE_ADULT, 'Y')
    expect(built.rows.map((r) => r.offerId)).toEqual(['o1'])
    expect(built.skipped).toBe(1)
  })
})

describe('rows from FR24 offers: price, bags, rules, brand', () => {
  const flight = [segment('s1', 'SQ', '856', 'SIN', '2026-04-15T08:10', 'HKG', '2026-04-15T12:05')]

  it('prices per passenger as fare + taxes + service fee, and the total for the searched passengers', () => {
    const data = answer(flight, [{ offerId: 'o1', directions: [['s1']], adult: { fare: '1000.50', tax: '200.25', fee: '10' }, child: { fare: '750', tax: '200.25' } }])
    const row = buildRows(data, places, { adults: 2, children: 1, infants: 0 }, 'Y').rows[0]!
    expect(row.perPassenger).toEqual({ ADT: '1210.75', CHD: '950.25' })
    expect(row.totalPrice).toBe('3371.75')
    expect(row.currency).toBe('CNY')
  })

  it('takes FR24 totalPrice when it sends one', () => {
    expect(oneRow(flight, [['s1']], { totalPrice: '999.99' }).totalPrice).toBe('999.99')
  })

  it('bags included only when every segment has an adult checked bag', () => {
    expect(oneRow(flight, [['s1']], { checkedPc: '1-1-e' }).bagsIncluded).toBe(true)
    expect(oneRow(flight, [['s1']], { checkedPc: 'e-e-e' }).bagsIncluded).toBe(false)
    expect(allowanceSlot('23-23-10', 2)).toBe(10)
    expect(allowanceSlot('e-1-e', 0)).toBeUndefined()
  })

  it('refundable / changeable from the rules, and the brand', () => {
    const row = oneRow(flight, [['s1']], { refund: { policy: 'notAllowed', fee: null }, change: { policy: 'withCondition', fee: '50' }, brand: 'ECONOMY LIGHT' })
    expect(row).toMatchObject({ refundable: 'no', changeable: 'fee', brand: 'ECONOMY LIGHT' })
    expect(ruleAnswer('withNoPenalty', '0')).toBe('yes')
    expect(ruleAnswer('withCondition', '0')).toBe('yes')
    expect(ruleAnswer('taxRefundOnly', null)).toBe('no')
    expect(ruleAnswer('airlinePolicyApplied', null)).toBe('unknown')
    expect(ruleAnswer(undefined, undefined)).toBe('unknown')
  })
})

describe('rows built in turns of the event loop', () => {
  it('gives the same rows in the same order as one pass, turning between slices', async () => {
    const count = OFFERS_PER_TURN * 2 + 7
    const segments = Array.from({ length: count }, (_, i) => segment(`s${i}`, 'SQ', String(100 + i), 'SIN', '2026-04-15T08:10', 'HKG', '2026-04-15T12:05'))
    const offers = Array.from({ length: count }, (_, i) => ({ offerId: `o${i}`, directions: [[`s${i}`]] }))
    // One offer that cannot be read (an unknown segment): skipped in both.
    offers.push({ offerId: 'broken', directions: [['nowhere']] })
    const data = answer(segments, offers)
    let turns = 0
    const inTurns = await buildRowsInTurns(data, places, ONE_ADULT, 'Y', async () => {
      turns++
    })
    const once = buildRows(data, places, ONE_ADULT, 'Y')
    expect(inTurns).toEqual(once)
    expect(once.rows).toHaveLength(count)
    expect(once.skipped).toBe(1)
    expect(turns).toBe(Math.ceil((count + 1) / OFFERS_PER_TURN) - 1)
  })
})
