import { describe, expect, it } from 'vitest'
import { fr24Name, splitNameText } from './names'
import { addMonths, ageOn, birthdayAt } from './dates'

describe('FR24 names', () => {
  it('SURNAME/GIVEN with letters only: spaces and hyphens are dropped', () => {
    expect(fr24Name('ZHANG', 'SAN FENG')).toBe('ZHANG/SANFENG')
    expect(fr24Name('van der Berg', 'Jean-Pierre')).toBe('VANDERBERG/JEANPIERRE')
    expect(fr24Name(' OUYANG ', 'NANA')).toMatch(/^[A-Z]+\/[A-Z]+$/)
  })
})

describe('a pasted name split', () => {
  it('the airline way and the list way', () => {
    expect(splitNameText('ZHANG/SAN FENG')).toEqual({ surname: 'ZHANG', givenNames: 'SAN FENG' })
    expect(splitNameText('Zhang, San')).toEqual({ surname: 'ZHANG', givenNames: 'SAN' })
    expect(splitNameText('  van der berg / anna-maria ')).toEqual({ surname: 'VAN DER BERG', givenNames: 'ANNA-MARIA' })
  })

  it('drops a title at the end, but keeps a name that is only a title', () => {
    expect(splitNameText('ZHANG/SAN MR')).toEqual({ surname: 'ZHANG', givenNames: 'SAN' })
    expect(splitNameText('LEE/ANNA MRS')).toEqual({ surname: 'LEE', givenNames: 'ANNA' })
    expect(splitNameText('SMITH/MISS')).toEqual({ surname: 'SMITH', givenNames: 'MISS' })
  })

  it('says nothing when it cannot tell the surname', () => {
    for (const text of ['ZHANG SAN', 'ZHANG/', '/SAN', 'A/B/C', 'A,B/C', '']) expect(splitNameText(text), text).toBeUndefined()
  })
})

describe('calendar days', () => {
  it('ages in full years', () => {
    expect(ageOn('2000-06-15', '2012-06-14')).toBe(11)
    expect(ageOn('2000-06-15', '2012-06-15')).toBe(12)
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0)
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1)
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4)
  })

  it('the day of a birthday, and months later', () => {
    expect(birthdayAt('2024-02-29', 2)).toBe('2026-03-01')
    expect(birthdayAt('2024-02-29', 4)).toBe('2028-02-29')
    expect(addMonths('2027-01-05', 6)).toBe('2027-07-05')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2026-10-15', 6)).toBe('2027-04-15')
  })
})
