import { describe, expect, it } from 'vitest'
import { REFLECTION_GRACE_MS, reflectedPayments, type PaymentToReflect } from './deduction'

const T = 1_000_000
const baseline = { receivedAt: T - 10, funds: '10000' }
const pay = (id: string, amount: string, createdAt: number, extra: Partial<PaymentToReflect> = {}): PaymentToReflect => ({
  id,
  amount,
  createdAt,
  settledAt: createdAt + 5,
  baseline,
  ...extra
})

describe('when a payment counts as deducted', () => {
  it('once a reading asked for after it succeeded is lower by at least its amount', () => {
    expect(reflectedPayments([pay('a', '100', T)], { requestedAt: T + 10, funds: '9900' })).toEqual(['a'])
    expect(reflectedPayments([pay('a', '100', T)], { requestedAt: T + 10, funds: '9900.01' })).toEqual([])
    expect(reflectedPayments([pay('a', '100', T)], { requestedAt: T + 10, funds: '9000' })).toEqual(['a'])
  })

  it('not from a reading asked for before the payment succeeded', () => {
    expect(reflectedPayments([pay('a', '100', T)], { requestedAt: T + 4, funds: '9900' })).toEqual([])
    expect(reflectedPayments([pay('a', '100', T, { settledAt: undefined })], { requestedAt: T + 10, funds: '9900' })).toEqual([])
  })

  it('payments after the same reading must show together', () => {
    const both = [pay('a', '100', T), pay('b', '50', T + 1)]
    expect(reflectedPayments(both, { requestedAt: T + 10, funds: '9900' })).toEqual(['a'])
    expect(reflectedPayments(both, { requestedAt: T + 10, funds: '9850' })).toEqual(['a', 'b'])
  })

  it('needs the drop of earlier payments its baseline did not show as well, even once they are shown', () => {
    // a (100) was already reflected by a later reading, but the baseline of b did not show it yet.
    const b = pay('b', '50', T, { earlierNotShown: '100' })
    expect(reflectedPayments([b], { requestedAt: T + 10, funds: '9900' })).toEqual([])
    expect(reflectedPayments([b], { requestedAt: T + 10, funds: '9850' })).toEqual(['b'])
    expect(reflectedPayments([pay('c', '50', T, { earlierNotShown: '0' })], { requestedAt: T + 10, funds: '9950' })).toEqual(['c'])
  })

  it('with no reading before it, the first reading after it is taken as showing it', () => {
    expect(reflectedPayments([pay('a', '100', T, { baseline: undefined })], { requestedAt: T + 10, funds: '10000' })).toEqual(['a'])
  })

  it('stops counting an hour after success even when a top-up hid the drop', () => {
    const hidden = pay('a', '100', T)
    expect(reflectedPayments([hidden], { requestedAt: T + 5 + REFLECTION_GRACE_MS - 1, funds: '20000' })).toEqual([])
    expect(reflectedPayments([hidden], { requestedAt: T + 5 + REFLECTION_GRACE_MS, funds: '20000' })).toEqual(['a'])
  })
})
