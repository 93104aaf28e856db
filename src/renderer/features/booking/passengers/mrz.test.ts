import { describe, expect, it } from 'vitest'
import { looksLikeMrz, readMrz } from './mrz'

/**
 * ICAO 9303 part 3 check digit, written here from the standard (weights 7, 3, 1; digits as
 * themselves, A–Z as 10–35, `<` as 0), independently of the library under test.
 */
function checkDigit(text: string): string {
  const weights = [7, 3, 1]
  let sum = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const value = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 'A'.charCodeAt(0) + 10
    sum += value * weights[i % 3]!
  }
  return String(sum % 10)
}

const pad = (text: string, length: number) => text.padEnd(length, '<')

/** A TD3 passport MRZ with every check digit computed; `spoil` names a check digit to get wrong. */
function passport(
  p: {
    issuing?: string
    surname?: string
    given?: string
    number?: string
    nationality?: string
    birth?: string
    sex?: string
    expiry?: string
    personal?: string
  } = {},
  spoil?: 'number' | 'birth' | 'expiry' | 'personal' | 'composite'
): string {
  const { issuing = 'CHN', surname = 'ZHANG', given = 'SAN<FENG', number = 'E12345678', nationality = 'CHN', birth = '850615', sex = 'M', expiry = '310301', personal = '' } = p
  const wrong = (digit: string, part: typeof spoil) => (spoil === part ? String((Number(digit) + 1) % 10) : digit)
  const line1 = pad(`P<${issuing}${surname}<<${given}`, 44)
  const doc = pad(number, 9)
  const docCd = wrong(checkDigit(doc), 'number')
  const birthCd = wrong(checkDigit(birth), 'birth')
  const expiryCd = wrong(checkDigit(expiry), 'expiry')
  const personalField = pad(personal, 14)
  const personalCd = wrong(personal === '' ? '<' : checkDigit(personalField), 'personal')
  const composite = checkDigit(`${doc}${docCd}${birth}${birthCd}${expiry}${expiryCd}${personalField}${personalCd}`)
  const line2 = `${doc}${docCd}${pad(nationality, 3)}${birth}${birthCd}${sex}${expiry}${expiryCd}${personalField}${personalCd}${wrong(composite, 'composite')}`
  expect(line1).toHaveLength(44)
  expect(line2).toHaveLength(44)
  return `${line1}\n${line2}`
}

const TODAY = '2026-12-01'

describe('reading a pasted passport MRZ', () => {
  it('our check-digit helper agrees with ICAO 9303’s specimen passport', () => {
    // ICAO 9303 part 4's specimen (Utopia): L898902C3 → 6, 740812 → 2, 120415 → 9, ZE184226B → 1, composite 0.
    expect(checkDigit('L898902C3')).toBe('6')
    expect(checkDigit('740812')).toBe('2')
    expect(checkDigit('120415')).toBe('9')
    expect(checkDigit('ZE184226B<<<<<')).toBe('1')
    expect(checkDigit('L898902C36' + '7408122' + '1204159' + 'ZE184226B<<<<<1')).toBe('0')
  })

  it('fills the names (fillers as spaces), sex, dates, number and countries', () => {
    const read = readMrz(passport(), TODAY)
    expect(read).toEqual({
      ok: true,
      passport: {
        surname: 'ZHANG',
        givenNames: 'SAN FENG',
        sex: 'M',
        birthday: '1985-06-15',
        documentNumber: 'E12345678',
        documentExpiry: '2031-03-01',
        nationality: 'CN',
        issuingCountry: 'CN',
        noCountry: []
      }
    })
  })

  it('reads ICAO’s specimen: its checks hold, and Utopia is no ISO country', () => {
    const specimen = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'
    const read = readMrz(specimen, TODAY)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.passport).toMatchObject({
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      sex: 'F',
      birthday: '1974-08-12',
      documentNumber: 'L898902C3',
      documentExpiry: '2012-04-15',
      nationality: undefined,
      issuingCountry: undefined
    })
    expect(read.passport.noCountry).toEqual([
      { field: 'issuingCountry', code: 'UTO' },
      { field: 'nationality', code: 'UTO' }
    ])
  })

  it('places a two-digit birth year so the birthday is not in the future, and an expiry in this century', () => {
    const child = readMrz(passport({ birth: '200229', expiry: '250228' }), TODAY)
    expect(child.ok && child.passport.birthday).toBe('2020-02-29')
    expect(child.ok && child.passport.documentExpiry).toBe('2025-02-28')
    // 15 December 2026 is after today: a birthday "261215" is 1926.
    const old = readMrz(passport({ birth: '261215' }), TODAY)
    expect(old.ok && old.passport.birthday).toBe('1926-12-15')
    const baby = readMrz(passport({ birth: '261130' }), TODAY)
    expect(baby.ok && baby.passport.birthday).toBe('2026-11-30')
  })

  it('reads Germany’s D, a personal number, and a sex FR24 cannot take as left to the agent', () => {
    const read = readMrz(passport({ issuing: 'D<<', nationality: 'D<<', surname: 'MUELLER', given: 'ANNA', number: 'C01X00T47', sex: 'X', personal: '12345' }), TODAY)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.passport).toMatchObject({ surname: 'MUELLER', issuingCountry: 'DE', nationality: 'DE', documentNumber: 'C01X00T47', sex: undefined })
  })

  it('takes the MRZ pasted with spaces, in lower case, or as one line of 88', () => {
    const mrz = passport()
    const [one, two] = mrz.split('\n')
    expect(readMrz(`  ${one!.toLowerCase()} \r\n\n ${two!.slice(0, 20)} ${two!.slice(20)}  `, TODAY).ok).toBe(true)
    expect(readMrz(`${one}${two}`, TODAY).ok).toBe(true)
    expect(looksLikeMrz(mrz)).toBe(true)
    expect(looksLikeMrz(one!)).toBe(false)
  })

  it.each([
    ['number', 'documentNumber'],
    ['birth', 'birthday'],
    ['expiry', 'documentExpiry'],
    ['personal', 'personalNumber'],
    ['composite', 'composite']
  ] as const)('a bad %s check digit is refused, naming the part', (spoil, part) => {
    expect(readMrz(passport({ personal: 'AB1234' }, spoil), TODAY)).toEqual({ ok: false, problem: { kind: 'check-digit', part } })
  })

  it('a single mistyped character breaks its check digit', () => {
    const mrz = passport()
    const typo = mrz.replace('E12345678', 'E12845678')
    expect(readMrz(typo, TODAY)).toEqual({ ok: false, problem: { kind: 'check-digit', part: 'documentNumber' } })
  })

  it('refuses what is not a TD3 passport MRZ', () => {
    for (const text of ['', 'ZHANG/SAN', passport().split('\n')[0]!, 'I<UTOD23145890<1233<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<2\nERIKSSON<<ANNA<MARIA<<<<<<<<<<']) {
      expect(readMrz(text, TODAY), text).toEqual({ ok: false, problem: { kind: 'not-passport' } })
    }
    const visa = passport().replace(/^P</, 'V<')
    expect(readMrz(visa, TODAY)).toEqual({ ok: false, problem: { kind: 'not-passport' } })
  })

  it('a date that is no day cannot be read', () => {
    expect(readMrz(passport({ birth: '851315' }), TODAY)).toEqual({ ok: false, problem: { kind: 'unreadable', part: 'birthday' } })
  })
})

describe('MRZ dates the calendar does not have', () => {
  it('29 February of a common year cannot be read; an unknown day (<<) is left empty', () => {
    expect(readMrz(passport({ birth: '850229' }), TODAY)).toEqual({ ok: false, problem: { kind: 'unreadable', part: 'birthday' } })
    expect(readMrz(passport({ birth: '840229' }), TODAY)).toMatchObject({ ok: true, passport: { birthday: '1984-02-29' } })
    expect(readMrz(passport({ birth: '8506<<' }), TODAY)).toMatchObject({ ok: true, passport: { birthday: undefined } })
  })
})
