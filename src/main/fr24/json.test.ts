import { readFileSync } from 'node:fs'
import Big from 'big.js'
import { describe, expect, it } from 'vitest'
import { fr24ExamplePath } from '../../../test/fixtures/fr24/examples'
import { toDecimal } from '../../shared/money'
import { JsonNumber, mayHoldLongNumber, parseJsonText, toJsonText } from './json'
import { amount, text } from './schema/kit'

describe('toJsonText', () => {
  it('writes amounts digit for digit as JSON numbers', () => {
    const text = toJsonText({ totalPrice: new JsonNumber('355.22'), big: new JsonNumber('12345678901234567.89') })
    expect(text).toBe('{"totalPrice":355.22,"big":12345678901234567.89}')
  })

  it('writes the rest like JSON.stringify and leaves out undefined fields', () => {
    const value = { a: 'x"y', b: [1, null, true], c: undefined, d: { e: 'é' } }
    expect(toJsonText(value)).toBe(JSON.stringify(value))
  })

  it('refuses what is not a decimal amount', () => {
    expect(() => new JsonNumber('1e5')).toThrow()
    expect(() => toJsonText({ n: Number.NaN })).toThrow()
  })
})

describe('parseJsonText', () => {
  it('keeps 17-digit ids sent as JSON numbers exact, and leaves ordinary numbers alone', () => {
    expect(parseJsonText('{"orderNo":18599020016177153,"price":355.22,"n":7,"big":1e300}')).toEqual({
      orderNo: '18599020016177153',
      price: 355.22,
      n: 7,
      big: 1e300
    })
  })
})

describe('parseJsonText keeps 16+ significant digits exact', () => {
  it('keeps amounts with 16+ significant digits as their digits, not only integers', () => {
    const parsed = parseJsonText(
      '{"a":99999999999999.99,"b":12345678901234.56,"c":-1234567890123456.7,"d":0.1234567890123456,"e":1234567890123456}'
    )
    expect(parsed).toEqual({
      a: '99999999999999.99',
      b: '12345678901234.56',
      c: '-1234567890123456.7',
      d: '0.1234567890123456',
      e: '1234567890123456'
    })
    // What a bare JSON.parse does to the first one: the cent is gone.
    expect(toDecimal((JSON.parse('{"a":99999999999999.99}') as { a: number }).a)).not.toBe('99999999999999.99')
  })

  it('leaves numbers with up to 15 significant digits as numbers (a double holds them exactly)', () => {
    expect(parseJsonText('{"a":999999999999999,"b":0.000000000000001,"c":-123456789012.345,"d":[1,2.5,-0]}')).toEqual({
      a: 999999999999999,
      b: 0.000000000000001,
      c: -123456789012.345,
      d: [1, 2.5, -0]
    })
  })

  it('finds long numbers wherever JSON puts a value: top level, in lists, after white space', () => {
    expect(parseJsonText('18599020016177153')).toBe('18599020016177153')
    expect(parseJsonText(' [\n  18599020016177153 ,\t-18599020016177153]')).toEqual(['18599020016177153', '-18599020016177153'])
    expect(parseJsonText('{"data":{"orders":[{"orderNo":  18599020016177153}]}}')).toEqual({ data: { orders: [{ orderNo: '18599020016177153' }] } })
  })

  it('never changes strings, even ones that look like long numbers', () => {
    const source = '{"offerId":"18599020016177153","note":"order: 18599020016177153, [18599020016177153","n":5}'
    expect(parseJsonText(source)).toEqual(JSON.parse(source))
  })

  it('tells strings from numbers across escaped quotes and backslashes', () => {
    // Written with JSON.stringify so the escapes are JSON's own: \" inside, a trailing \\, and \\\" before digits.
    const quoted = (s: string): string => JSON.stringify(s)
    const source = `{"a":${quoted('say ": 18599020016177153')},"b":18599020016177153,"c":${quoted('ends in a backslash \\')},"d":[18599020016177154],"e":${quoted('\\": 18599020016177155')}}`
    const strings = JSON.parse(source) as Record<string, unknown>
    expect(strings.a).toBe('say ": 18599020016177153')
    expect(parseJsonText(source)).toEqual({ ...strings, b: '18599020016177153', d: ['18599020016177154'] })
  })

  it('quotes every long number of a long list, and keeps the short ones between them numbers', () => {
    const list = Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? `1859902001617${String(7000 + i)}` : String(i)))
    const parsed = parseJsonText(`{"ids":[${list.join(',')}],"tail":"x"}`) as { ids: unknown[] }
    expect(parsed.ids).toEqual(list.map((v, i) => (i % 3 === 0 ? v : Number(v))))
  })

  it('gives back exactly the digits written, for any length and decimal point', () => {
    // Deterministic variety: 1 to 22 digits, the point anywhere, both signs.
    let seed = 7
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n)
    for (let i = 0; i < 2000; i++) {
      const length = 1 + next(22)
      let digits = String(1 + next(9))
      while (digits.length < length) digits += String(next(10))
      const point = next(length + 1)
      const plain = point > 0 && point < length ? `${digits.slice(0, point)}.${digits.slice(point)}` : digits
      const written = next(2) === 0 ? plain : `-${plain}`
      const parsed = (parseJsonText(`{"amount":${written}}`) as { amount: number | string }).amount
      expect(toDecimal(parsed), written).toBe(new Big(written).toFixed())
    }
  })

  it('hands the FR24 schemas what they read: an exact amount and an exact id', () => {
    const parsed = parseJsonText('{"accountBalance":99999999999999.99,"orderNo":18599020016177153}') as Record<string, unknown>
    expect(amount.parse(parsed.accountBalance)).toBe('99999999999999.99')
    expect(text.parse(parsed.orderNo)).toBe('18599020016177153')
  })

  it('takes the fast path for an ordinary answer (ids as strings) and the exact one only when needed', () => {
    const shopping = readFileSync(fr24ExamplePath('shopping.response.json'), 'utf8')
    expect(shopping).toMatch(/"\d{17}"/) // the example does carry 17-digit ids, as strings
    expect(mayHoldLongNumber(shopping)).toBe(false)
    expect(parseJsonText(shopping)).toEqual(JSON.parse(shopping))
    expect(mayHoldLongNumber(shopping.replace(/"offerId": "(\d{17})"/, '"offerId": $1'))).toBe(true)
    expect(mayHoldLongNumber('{"a":[1,2,{"b":-12345678901234.56}]}')).toBe(true)
    expect(mayHoldLongNumber('{"a":"2025-04-15","b":355.22,"c":"id 12345678901234567"}')).toBe(false)
  })
})

