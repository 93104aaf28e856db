import { describe, expect, it } from 'vitest'
import { COUNTRY_CODES, countryFromMrz, countryName, countryOptions } from './countries'

describe('the country list', () => {
  it('is ISO 3166 alpha-2, named in English and Chinese', () => {
    expect(COUNTRY_CODES.size).toBeGreaterThan(240)
    expect(COUNTRY_CODES.has('SG')).toBe(true)
    expect(COUNTRY_CODES.has('CHN')).toBe(false)
    expect(countryName('SG', 'en')).toBe('Singapore')
    expect(countryName('SG', 'zh-CN')).toBe('新加坡')
    const en = countryOptions('en')
    const zh = countryOptions('zh-CN')
    expect(en).toHaveLength(COUNTRY_CODES.size)
    expect(zh).toHaveLength(COUNTRY_CODES.size)
    expect(en.find((c) => c.code === 'DE')?.name).toBe('Germany')
    expect(zh.find((c) => c.code === 'DE')?.name).toBe('德国')
  })

  it('is sorted by name in the agent’s language', () => {
    const names = countryOptions('en').map((c) => c.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
  })

  it('reads MRZ codes: alpha-3, Germany’s D, the British classes, and no country for stateless documents', () => {
    expect(countryFromMrz('CHN')).toBe('CN')
    expect(countryFromMrz('SGP')).toBe('SG')
    expect(countryFromMrz('D<<')).toBe('DE')
    expect(countryFromMrz('GBN')).toBe('GB')
    expect(countryFromMrz('RKS')).toBe('XK')
    expect(countryFromMrz('XXA')).toBeUndefined()
    expect(countryFromMrz('UTO')).toBeUndefined()
  })
})
