import { describe, expect, it } from 'vitest'
import { Place } from '../../../shared/domain/search'
import { METROS } from './metros'
import { PlacesIndex } from './places'
import { ZH_AIRPORTS } from './placesZh'

const places = new PlacesIndex()
const codes = (list: { code: string }[]) => list.map((p) => p.code)

describe('place search', () => {
  it('an exact code first: a metro code as "all airports" with its airports', () => {
    const [first] = places.find('lon')
    expect(first).toMatchObject({ code: 'LON', kind: 'city', city: 'London', airports: ['LHR', 'LGW', 'STN', 'LTN', 'LCY', 'SEN'], cityZh: '伦敦' })
    expect(codes(places.find('HKG'))[0]).toBe('HKG')
  })

  it('by city or airport name, in English', () => {
    expect(codes(places.find('london', 20))).toEqual(expect.arrayContaining(['LON', 'LHR', 'LGW']))
    expect(codes(places.find('heathrow'))).toContain('LHR')
    expect(codes(places.find('changi'))).toContain('SIN')
  })

  it('by Chinese name where the table has it', () => {
    expect(codes(places.find('香港'))).toContain('HKG')
    expect(codes(places.find('浦东'))).toEqual(['PVG'])
    expect(codes(places.find('东京'))).toEqual(expect.arrayContaining(['TYO', 'HND', 'NRT']))
  })

  it('answers fit the contract, and an empty query finds nothing', () => {
    for (const q of ['a', 'san', 'new', '北京']) for (const p of places.find(q, 50)) expect(Place.safeParse(p).success).toBe(true)
    expect(places.find('  ')).toEqual([])
  })

  it('every metro airport and every Chinese-named airport is in the data', () => {
    for (const m of METROS) for (const a of m.airports) expect(places.airport(a), `${m.code} ${a}`).toBeDefined()
    for (const code of Object.keys(ZH_AIRPORTS)) expect(places.airport(code), code).toBeDefined()
    expect(Object.keys(ZH_AIRPORTS).length).toBeGreaterThanOrEqual(60)
  })

  it('airline names and airport zones', () => {
    expect(places.carrierName('SQ')).toMatch(/Singapore Airlines/)
    expect(places.carrierName('9?')).toBe('9?')
    expect(places.airport('SIN')?.zone).toBe('Asia/Singapore')
    expect(places.isCity('LON')).toBe(true)
    expect(places.isCity('LHR')).toBe(false)
  })
})
