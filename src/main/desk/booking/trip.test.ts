import { describe, expect, it } from 'vitest'
import type { Segment } from '../../fr24'
import { PlacesIndex } from '../search/places'
import { routeText, tripFacts } from './trip'

const places = new PlacesIndex()

const seg = (segmentId: string, depAirport: string, depTime: string, arrAirport: string, arrTime: string): Segment =>
  ({ segmentId, depAirport, depTime, arrAirport, arrTime, carrier: 'SQ', flightNo: '1' }) as Segment

describe('routeText', () => {
  it('joins legs that meet, and separates those that do not', () => {
    expect(routeText([{ from: 'SIN', to: 'HKG' }])).toBe('SIN–HKG')
    expect(routeText([{ from: 'SIN', to: 'HKG' }, { from: 'HKG', to: 'SIN' }])).toBe('SIN–HKG–SIN')
    expect(routeText([{ from: 'SIN', to: 'HKG' }, { from: 'BKK', to: 'SIN' }])).toBe('SIN–HKG, BKK–SIN')
  })
})

describe('tripFacts', () => {
  it('reads a return trip in leg order: route, first departure with its zone, the span as instants', () => {
    const facts = tripFacts(
      {
        segments: [seg('s2', 'HKG', '2026-04-20T18:00', 'SIN', '2026-04-20T21:55'), seg('s1', 'SIN', '2026-04-15T09:00', 'HKG', '2026-04-15T12:55')],
        legs: [
          { legId: 'a', segmentIds: ['s1'] },
          { legId: 'b', segmentIds: ['s2'] }
        ]
      },
      places
    )
    expect(facts).toEqual({
      route: 'SIN–HKG–SIN',
      departLocal: '2026-04-15T09:00',
      departZone: 'Asia/Singapore',
      // Singapore is UTC+8: 09:00 local is 01:00 UTC; 21:55 local is 13:55 UTC.
      start: Date.UTC(2026, 3, 15, 1, 0),
      end: Date.UTC(2026, 3, 20, 13, 55),
      lastDepartLocal: '2026-04-20T18:00',
      domesticChina: false
    })
  })

  it('widens the span when an airport’s zone is unknown, so no overlap is missed', () => {
    const facts = tripFacts({ segments: [seg('s1', 'ZZZ', '2026-04-15T09:00', 'ZZY', '2026-04-15T10:00')], legs: [] }, places)
    expect(facts?.departZone).toBe('UTC')
    expect(facts?.start).toBe(Date.UTC(2026, 3, 14, 19, 0))
    expect(facts?.end).toBe(Date.UTC(2026, 3, 16, 0, 0))
  })

  it('knows a trip within mainland China', () => {
    expect(tripFacts({ segments: [seg('s1', 'PEK', '2026-04-15T09:00', 'SHA', '2026-04-15T11:10')], legs: [] }, places)?.domesticChina).toBe(true)
  })

  it('has nothing to say without readable segments', () => {
    expect(tripFacts({ segments: [], legs: [] }, places)).toBeUndefined()
  })
})
