import { describe, expect, it } from 'vitest'
import { MESSAGE_KEYS } from '../text'
import { checkPassengers, hasErrors, PARTY_RULES, PASSENGER_RULES, problemMessage, type PassengerFacts, type Problem, type RuleId, type Travel } from './rules'

const TRIP: Travel = { firstDate: '2026-12-20', lastDate: '2027-01-05' }
const TODAY = '2026-12-01'

const adult = (over: Partial<PassengerFacts> = {}): PassengerFacts => ({
  paxType: 'ADT',
  surname: 'ZHANG',
  givenNames: 'SAN FENG',
  sex: 'M',
  birthday: '1985-06-15',
  documentType: 'PP',
  documentNumber: 'E12345678',
  issuingCountry: 'CN',
  nationality: 'CN',
  documentExpiry: '2031-03-01',
  ...over
})
const child = (over: Partial<PassengerFacts> = {}) => adult({ paxType: 'CHD', givenNames: 'XIAO', birthday: '2018-06-01', accompaniedBy: 0, ...over })
const infant = (over: Partial<PassengerFacts> = {}) => adult({ paxType: 'INF', givenNames: 'BAO', birthday: '2026-01-10', accompaniedBy: 0, ...over })

const check = (list: PassengerFacts[], travel: Travel = TRIP, options = { today: TODAY }) => checkPassengers(list, travel, options)
/** Only what a list breaks: rule, passenger and field (params checked where they matter). */
const broken = (problems: Problem[]) => problems.map(({ passenger, field, rule }) => ({ passenger, field, rule }))
const one = (list: PassengerFacts[], travel?: Travel, options?: { today: string }) => broken(check(list, travel, options))

describe('a passenger who breaks nothing', () => {
  it('an adult, a child and an infant, each linked to an adult: no problem', () => {
    const party = [adult(), adult({ givenNames: 'LI', sex: 'F' }), child(), infant({ accompaniedBy: 1 })]
    expect(check(party)).toEqual([])
    expect(hasErrors(check(party))).toBe(false)
  })
})

describe('names', () => {
  it('are required, surname and given names each', () => {
    expect(one([adult({ surname: ' ', givenNames: '' })])).toEqual([
      { passenger: 0, field: 'surname', rule: 'name-required' },
      { passenger: 0, field: 'givenNames', rule: 'name-required' }
    ])
  })

  it('take Latin capitals with spaces and hyphens as typed (lower case is read as capitals)', () => {
    expect(one([adult({ surname: 'van der berg', givenNames: 'Jean-Pierre  Marie' })])).toEqual([])
  })

  it('refuse characters, accents, digits and a dangling hyphen', () => {
    for (const name of ['张', 'MÜLLER', 'SMITH2', 'ANNE-', "O'NEIL", 'A--B']) {
      expect(one([adult({ surname: name })]), name).toEqual([{ passenger: 0, field: 'surname', rule: 'name-latin' }])
    }
  })

  it('are at most 40 characters', () => {
    const problems = check([adult({ givenNames: 'A'.repeat(41) })])
    expect(broken(problems)).toEqual([{ passenger: 0, field: 'givenNames', rule: 'name-length' }])
    expect(problems[0]!.params).toEqual({ max: 40 })
    expect(one([adult({ givenNames: 'A'.repeat(40) })])).toEqual([])
  })
})

describe('sex', () => {
  it('is F or M', () => {
    expect(one([adult({ sex: '' })])).toEqual([{ passenger: 0, field: 'sex', rule: 'sex-required' }])
    expect(one([adult({ sex: 'X' })])).toEqual([{ passenger: 0, field: 'sex', rule: 'sex-required' }])
    expect(one([adult({ sex: 'F' })])).toEqual([])
  })
})

describe('date of birth', () => {
  it('is required and a real day', () => {
    expect(one([adult({ birthday: '' })])).toEqual([{ passenger: 0, field: 'birthday', rule: 'birthday-required' }])
    expect(one([adult({ birthday: '15/06/1985' })])).toEqual([{ passenger: 0, field: 'birthday', rule: 'birthday-format' }])
    expect(one([adult({ birthday: '1985-02-29' })])).toEqual([{ passenger: 0, field: 'birthday', rule: 'birthday-format' }])
  })

  it('is not in the future (after today; after the first flight when today is not given)', () => {
    const born = infant({ birthday: '2026-12-10' })
    const problems = check([adult(), born])
    expect(broken(problems)).toEqual([{ passenger: 1, field: 'birthday', rule: 'birthday-future' }])
    expect(problems[0]!.params).toEqual({ date: TODAY })
    // main may check without today: a birthday after the first flight is still refused.
    expect(checkPassengers([adult(), born], TRIP)).toEqual([])
    expect(broken(checkPassengers([adult(), infant({ birthday: '2026-12-21' })], TRIP))).toEqual([
      { passenger: 1, field: 'birthday', rule: 'birthday-future' }
    ])
  })
})

describe('ages on the day of the first flight', () => {
  it('an adult is 12 or older: 12 on the very day passes, 11 the day before does not', () => {
    expect(one([adult({ birthday: '2014-12-20' })])).toEqual([])
    const problems = check([adult({ birthday: '2014-12-21' })])
    expect(broken(problems)).toEqual([{ passenger: 0, field: 'birthday', rule: 'age-adult' }])
    expect(problems[0]!.params).toEqual({ age: 11, date: '2026-12-20' })
  })

  it('a child is 2 to 11', () => {
    expect(one([adult(), child({ birthday: '2024-12-20' })])).toEqual([])
    expect(one([adult(), child({ birthday: '2014-12-21' })])).toEqual([])
    expect(one([adult(), child({ birthday: '2024-12-21' })])).toEqual([{ passenger: 1, field: 'birthday', rule: 'age-child' }])
    const twelve = check([adult(), child({ birthday: '2014-12-20' })])
    expect(broken(twelve)).toEqual([{ passenger: 1, field: 'birthday', rule: 'age-child' }])
    expect(twelve[0]!.params).toEqual({ age: 12, date: '2026-12-20' })
  })

  it('an infant is under 2', () => {
    expect(one([adult(), infant({ birthday: '2025-01-06' })])).toEqual([])
    const two = check([adult(), infant({ birthday: '2024-12-20' })])
    expect(broken(two)).toEqual([{ passenger: 1, field: 'birthday', rule: 'age-infant' }])
    expect(two[0]!.params).toEqual({ age: 2, date: '2026-12-20' })
  })

  it('someone who turns 12 between the first and the last flight is a child, not an adult', () => {
    const turns = '2014-12-28'
    expect(one([adult(), child({ birthday: turns })])).toEqual([])
    expect(one([adult({ birthday: turns })])).toEqual([{ passenger: 0, field: 'birthday', rule: 'age-adult' }])
  })

  it('an infant must still be under 2 on the last flight, and the day they turn 2 is said', () => {
    const problems = check([adult(), infant({ birthday: '2025-01-01' })])
    expect(broken(problems)).toEqual([{ passenger: 1, field: 'birthday', rule: 'infant-turns-two' }])
    expect(problems[0]!.params).toEqual({ date: '2027-01-01' })
    // Turning 2 the day after the last flight is fine.
    expect(one([adult(), infant({ birthday: '2025-01-06' })])).toEqual([])
  })

  it('29 February birthdays: a year older on 1 March in a common year, on 29 February in a leap year', () => {
    // Born 2016-02-29: 11 on 2028-02-28, 12 on 2028-02-29 (a leap year).
    const leap: Travel = { firstDate: '2028-02-29', lastDate: '2028-03-10' }
    expect(one([adult({ birthday: '2016-02-29', documentExpiry: '2035-01-01' })], leap, { today: '2028-01-01' })).toEqual([])
    const dayBefore: Travel = { firstDate: '2028-02-28', lastDate: '2028-03-10' }
    expect(one([adult({ birthday: '2016-02-29', documentExpiry: '2035-01-01' })], dayBefore, { today: '2028-01-01' })).toEqual([
      { passenger: 0, field: 'birthday', rule: 'age-adult' }
    ])
    // Born 2024-02-29, in 2026 (common year): still 1 on 28 February, 2 on 1 March.
    const feb28: Travel = { firstDate: '2026-02-28', lastDate: '2026-02-28' }
    const mar1: Travel = { firstDate: '2026-03-01', lastDate: '2026-03-01' }
    const baby = infant({ birthday: '2024-02-29' })
    expect(one([adult(), baby], feb28, { today: '2026-01-01' })).toEqual([])
    expect(one([adult(), baby], mar1, { today: '2026-01-01' })).toEqual([{ passenger: 1, field: 'birthday', rule: 'age-infant' }])
    // The infant flying out on 28 February and back on 2 March turns 2 on 1 March.
    const across = check([adult(), baby], { firstDate: '2026-02-28', lastDate: '2026-03-02' }, { today: '2026-01-01' })
    expect(broken(across)).toEqual([{ passenger: 1, field: 'birthday', rule: 'infant-turns-two' }])
    expect(across[0]!.params).toEqual({ date: '2026-03-01' })
  })
})

describe('documents', () => {
  it('a document type of FR24’s list', () => {
    expect(one([adult({ documentType: '' })])).toEqual([{ passenger: 0, field: 'documentType', rule: 'document-type-required' }])
    expect(one([adult({ documentType: 'XX' })])).toEqual([{ passenger: 0, field: 'documentType', rule: 'document-type-required' }])
  })

  it('a number is required, and spaces typed in it do not count', () => {
    expect(one([adult({ documentNumber: '  ' })])).toEqual([{ passenger: 0, field: 'documentNumber', rule: 'document-number-required' }])
    expect(one([adult({ documentNumber: 'e 1234 5678' })])).toEqual([])
  })

  it.each([
    ['PP', ['E12345678', 'L898902C3', '12345'], ['ABCDEFGH', '1234', 'E1234567890123456789X', 'E1234-567']],
    ['ID', ['11010519491231002X', '110105194912310021'.slice(0, 17) + '0'], ['1101051949123100', '11010519491231002Y']],
    ['GA', ['C12345678', 'CA1234567'], ['12345678', 'C1234567', 'CAB123456']],
    ['TW', ['L12345678'], ['LL2345678', 'L1234567']],
    ['TB', ['12345678', '1234567890'], ['1234567', 'A1234567']],
    ['HX', ['H12345678', 'M1234567801'], ['A12345678', 'H1234567']],
    ['HY', ['USA123456789012', '910000200001010015'], ['US1234567890123', '81000020000101001X']]
  ])('a %s number has its shape', (documentType, good, bad) => {
    for (const documentNumber of good) {
      const problems = check([adult({ documentType, documentNumber })]).filter((p) => p.rule === 'document-number-shape')
      expect(problems, documentNumber).toEqual([])
    }
    for (const documentNumber of bad) {
      const problems = check([adult({ documentType, documentNumber })])
      expect(broken(problems), documentNumber).toEqual([{ passenger: 0, field: 'documentNumber', rule: 'document-number-shape' }])
      expect(problems[0]!.params).toEqual({ type: documentType })
    }
  })

  it('a resident ID number’s check character must match (GB 11643)', () => {
    // 11010519491231002X is the standard's own example.
    expect(one([adult({ documentType: 'ID', documentNumber: '11010519491231002X' })])).toEqual([])
    expect(one([adult({ documentType: 'ID', documentNumber: '110105194912310021' })])).toEqual([
      { passenger: 0, field: 'documentNumber', rule: 'id-checksum' }
    ])
  })

  it('the resident ID card only on flights within mainland China, when main knows the route', () => {
    const id = adult({ documentType: 'ID', documentNumber: '11010519491231002X' })
    expect(broken(checkPassengers([id], TRIP, { today: TODAY, domesticChina: false }))).toEqual([
      { passenger: 0, field: 'documentType', rule: 'id-domestic-only' }
    ])
    expect(checkPassengers([id], TRIP, { today: TODAY, domesticChina: true })).toEqual([])
  })

  it('issuing country and nationality: required, ISO alpha-2, one the desk knows when it gives its list', () => {
    expect(one([adult({ issuingCountry: '', nationality: '' })])).toEqual([
      { passenger: 0, field: 'issuingCountry', rule: 'country-required' },
      { passenger: 0, field: 'nationality', rule: 'country-required' }
    ])
    expect(one([adult({ nationality: 'CHN' })])).toEqual([{ passenger: 0, field: 'nationality', rule: 'country-unknown' }])
    expect(one([adult({ issuingCountry: 'cn' })])).toEqual([{ passenger: 0, field: 'issuingCountry', rule: 'country-unknown' }])
    const known = new Set(['CN', 'SG'])
    expect(broken(checkPassengers([adult({ nationality: 'ZZ' })], TRIP, { countries: known }))).toEqual([
      { passenger: 0, field: 'nationality', rule: 'country-unknown' }
    ])
    expect(checkPassengers([adult({ nationality: 'SG' })], TRIP, { countries: known })).toEqual([])
  })

  it('expiry: required, a real day, after the last flight', () => {
    expect(one([adult({ documentExpiry: '' })])).toEqual([{ passenger: 0, field: 'documentExpiry', rule: 'expiry-required' }])
    expect(one([adult({ documentExpiry: '2031-02-30' })])).toEqual([{ passenger: 0, field: 'documentExpiry', rule: 'expiry-format' }])
    for (const documentExpiry of ['2027-01-05', '2026-12-25', '2020-01-01']) {
      const problems = check([adult({ documentExpiry })])
      expect(broken(problems), documentExpiry).toEqual([{ passenger: 0, field: 'documentExpiry', rule: 'expiry-before-end' }])
      expect(problems[0]!.params).toEqual({ date: '2027-01-05' })
    }
  })

  it('expiry under 6 months after the last flight is a warning, not an error', () => {
    const problems = check([adult({ documentExpiry: '2027-07-04' })])
    expect(problems).toEqual([
      { passenger: 0, field: 'documentExpiry', rule: 'expiry-soon', severity: 'warning', params: { date: '2027-07-05' } }
    ])
    expect(hasErrors(problems)).toBe(false)
    expect(check([adult({ documentExpiry: '2027-07-05' })])).toEqual([])
    // Six months after 31 August is the end of February.
    const late: Travel = { firstDate: '2027-08-20', lastDate: '2027-08-31' }
    expect(checkPassengers([adult({ documentExpiry: '2028-02-28' })], late)[0]!.params).toEqual({ date: '2028-02-29' })
    expect(checkPassengers([adult({ documentExpiry: '2028-02-29' })], late)).toEqual([])
  })
})

describe('who travels with whom', () => {
  it('a child or infant names an adult of the booking', () => {
    expect(one([adult(), child({ accompaniedBy: undefined })])).toEqual([{ passenger: 1, field: 'accompaniedBy', rule: 'link-required' }])
    expect(one([adult(), infant({ accompaniedBy: undefined })])).toEqual([{ passenger: 1, field: 'accompaniedBy', rule: 'link-required' }])
    expect(one([adult(), child(), infant({ accompaniedBy: 1 })])).toEqual([{ passenger: 2, field: 'accompaniedBy', rule: 'link-not-adult' }])
    expect(one([adult(), child({ accompaniedBy: 5 })])).toEqual([{ passenger: 1, field: 'accompaniedBy', rule: 'link-not-adult' }])
    expect(one([adult(), child({ accompaniedBy: 1 })])).toEqual([{ passenger: 1, field: 'accompaniedBy', rule: 'link-not-adult' }])
  })

  it('each infant has an adult of their own', () => {
    const problems = check([adult(), adult(), infant({ accompaniedBy: 1 }), infant({ accompaniedBy: 1 })])
    expect(broken(problems)).toEqual([{ passenger: 3, field: 'accompaniedBy', rule: 'infant-shares-adult' }])
    expect(problems[0]!.params).toEqual({ adult: 2 })
  })

  it('no more infants than adults', () => {
    const problems = check([adult(), infant(), infant()])
    expect(broken(problems)).toEqual([
      { passenger: 2, field: 'accompaniedBy', rule: 'infants-exceed-adults' },
      { passenger: 2, field: 'accompaniedBy', rule: 'infant-shares-adult' }
    ])
    expect(problems[0]!.params).toEqual({ adults: 1 })
  })

  it('at most 2 children per adult', () => {
    expect(one([adult(), child(), child()])).toEqual([])
    const problems = check([adult(), adult(), child(), child(), child()])
    expect(broken(problems)).toEqual([{ passenger: 4, field: 'accompaniedBy', rule: 'children-per-adult' }])
    expect(problems[0]!.params).toEqual({ adult: 1 })
    expect(one([adult(), adult(), child(), child(), child({ accompaniedBy: 1 })])).toEqual([])
  })

  it('an adult’s own link is not looked at', () => {
    expect(one([adult({ accompaniedBy: 3 })])).toEqual([])
  })
})

describe('the rules themselves', () => {
  it('every rule has a stable, distinct id and a sentence in the text system', () => {
    const ids: RuleId[] = [...PASSENGER_RULES, ...PARTY_RULES].map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of ids) {
      const key = problemMessage({ rule, params: { type: 'GA' } })
      expect(MESSAGE_KEYS.has(key), `${rule} → ${key}`).toBe(true)
    }
    for (const type of ['PP', 'ID', 'GA', 'TW', 'TB', 'HX', 'HY']) {
      expect(problemMessage({ rule: 'document-number-shape', params: { type } })).toBe(`passengers.rule.shape.${type}`)
    }
  })

  it('only the 6-month expiry is a warning', () => {
    const warnings = [...PASSENGER_RULES, ...PARTY_RULES].filter((rule) => rule.severity === 'warning').map((rule) => rule.id)
    expect(warnings).toEqual(['expiry-soon'])
  })
})
