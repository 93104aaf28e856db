import { describe, expect, it } from 'vitest'
import { Fr24Error } from '../../fr24'
import { extrasGapOf, isSoldOut } from './fr24Outcomes'

const fr24 = (endpoint: 'pricing' | 'seatMap', code: string) => new Fr24Error({ kind: 'fr24', endpoint, message: 'no', code })

describe('reading FR24 refusals at the price check and the extras', () => {
  it('sold out: no seats, an offer unusable after a failed verification, an empty priced list', () => {
    expect(isSoldOut(fr24('pricing', '21000001'))).toBe(true)
    expect(isSoldOut(fr24('pricing', '10701298'))).toBe(true)
    expect(isSoldOut(new Fr24Error({ kind: 'shape', endpoint: 'pricing', message: 'FR24 pricing returned no priced offer', fields: ['offer[0]'], action: 'search-again' }))).toBe(true)
  })

  it('not sold out: an identity mismatch, an expired offer, a broken answer, a network failure, anything else', () => {
    expect(isSoldOut(fr24('pricing', '304016'))).toBe(false)
    expect(isSoldOut(fr24('pricing', '10701001'))).toBe(false)
    expect(isSoldOut(new Fr24Error({ kind: 'shape', endpoint: 'pricing', message: 'bad', fields: ['data'] }))).toBe(false)
    expect(isSoldOut(new Fr24Error({ kind: 'timeout', endpoint: 'pricing', message: 'slow' }))).toBe(false)
    expect(isSoldOut(new Error('21000001'))).toBe(false)
  })

  it('extras gaps: FR24 has none to offer (not-supported, no inventory) or the call failed', () => {
    expect(extrasGapOf(fr24('seatMap', '11200001'))).toBe('not-offered')
    expect(extrasGapOf(fr24('seatMap', '21000001'))).toBe('not-offered')
    expect(extrasGapOf(fr24('seatMap', '20400001'))).toBe('failed')
    expect(extrasGapOf(new Fr24Error({ kind: 'http', endpoint: 'seatMap', message: 'bad gateway', status: 502 }))).toBe('failed')
    expect(extrasGapOf(new Error('bug'))).toBe('failed')
  })
})
