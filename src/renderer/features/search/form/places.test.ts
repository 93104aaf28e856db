import { describe, expect, it } from 'vitest'
import type { Place } from '../../../../shared/domain/search'
import { placeParts, placeQuery } from './places'

const hkg: Place = {
  code: 'HKG',
  kind: 'airport',
  name: 'Hong Kong International Airport',
  city: 'Hong Kong',
  country: 'Hong Kong',
  nameZh: '香港国际机场',
  cityZh: '香港'
}
const lon: Place = { code: 'LON', kind: 'city', name: 'London', city: 'London', country: 'United Kingdom', airports: ['LHR', 'LGW', 'STN'] }

describe('a place as the type-ahead shows it', () => {
  it('shows code, city, airport and country, in Chinese where the data has it', () => {
    expect(placeParts(hkg, 'en')).toEqual({ code: 'HKG', city: 'Hong Kong', airport: 'Hong Kong International Airport', airports: undefined, country: 'Hong Kong' })
    expect(placeParts(hkg, 'zh-CN')).toMatchObject({ city: '香港', airport: '香港国际机场' })
    // No Chinese in the data: the English name, never an empty line.
    expect(placeParts(lon, 'zh-CN').city).toBe('London')
  })

  it('shows a city code as all its airports', () => {
    expect(placeParts(lon, 'en')).toMatchObject({ code: 'LON', airport: undefined, airports: ['LHR', 'LGW', 'STN'] })
  })

  it('asks from two characters on', () => {
    expect(placeQuery(' h ')).toBeUndefined()
    expect(placeQuery('ho')).toBe('ho')
  })
})
