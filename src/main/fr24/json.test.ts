import { describe, expect, it } from 'vitest'
import { JsonNumber, parseJsonText, toJsonText } from './json'

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
