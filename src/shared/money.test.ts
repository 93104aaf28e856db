import { describe, expect, it } from 'vitest'
import { add, cmp, sub, sum, toDecimal, toFixed } from './money'

describe('money', () => {
  it('adds without binary float error', () => {
    expect(add('0.1', '0.2')).toBe('0.3')
    expect(sum(['355.22', '0.01', '-100'])).toBe('255.23')
  })
  it('reads FR24 numbers and decimal strings exactly', () => {
    expect(toDecimal(355.22)).toBe('355.22')
    expect(toDecimal('100.00')).toBe('100')
    expect(toFixed(toDecimal('100.00'))).toBe('100.00')
  })
  it('never writes an amount in exponent form', () => {
    expect(toDecimal('0.0000001')).toBe('0.0000001')
    expect(toDecimal('123456789012345678901234.5')).toBe('123456789012345678901234.5')
    expect(toDecimal(1e21)).toBe('1000000000000000000000')
  })
  it('compares and subtracts', () => {
    expect(cmp('10.00', '9.99')).toBe(1)
    expect(sub('10', '10.01')).toBe('-0.01')
  })
})
