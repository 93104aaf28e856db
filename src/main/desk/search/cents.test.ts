import { describe, expect, it } from 'vitest'
import { add, mul } from '../../../shared/money'
import { sumOf, weightedSum } from './cents'

describe('fast sums of FR24 amounts', () => {
  it('agree with shared/money, digit for digit', () => {
    const amounts = ['0', '1', '0.5', '0.05', '10.10', '1210.75', '999999.99', '-20.5', '7', '100.00']
    for (const a of amounts)
      for (const b of amounts) {
        expect(sumOf(a, b)).toBe(add(a, b))
        expect(weightedSum([a, b], [2, 3])).toBe(add(mul(a, 2), mul(b, 3)))
      }
  })
  it('hand what they cannot do exactly to shared/money', () => {
    expect(sumOf('0.001', '1')).toBe('1.001')
    expect(sumOf('99999999999999.99', '0.01')).toBe('100000000000000')
  })
  it('read only plain amounts digit by digit; other spellings still sum as shared/money does', () => {
    for (const odd of ['1.234', '12345678901234', '-0', '0.1', '5.', '00012.30'])
      expect(sumOf(odd, '1'), odd).toBe(add(odd, '1'))
  })
})
