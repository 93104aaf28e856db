import { describe, expect, it } from 'vitest'
import type { BalanceSnapshot } from '../domain/balance'
import type { MoneyMovement } from '../domain/moneyMovement'
import { availableToSpend, walletFunds } from './availableToSpend'
import { ageOf, formatMoney, groupAmount, minutesUntil } from './format'
import { reconciliationHints } from './reconcile'

describe('available to spend', () => {
  it('is balance + available credit − committed, exactly (payable shown, not subtracted twice)', () => {
    const figure = availableToSpend({ currency: 'CNY', balance: '100.10', creditLimit: '50.20', payable: '0.30' }, '0.10')
    expect(figure).toEqual({
      currency: 'CNY',
      balance: '100.10',
      creditLimit: '50.20',
      payable: '0.30',
      committed: '0.10',
      amount: '150.2'
    })
  })
  it('can go negative and says so', () => {
    expect(availableToSpend({ currency: 'CNY', balance: '10', creditLimit: '0', payable: '25' }, '25').amount).toBe('-15')
  })
  it('funds for comparing readings are balance + available credit', () => {
    expect(walletFunds({ balance: '0.1', creditLimit: '0.2' })).toBe('0.3')
  })
})

describe('formatting', () => {
  it('groups thousands with two places and never goes through a float', () => {
    expect(groupAmount('12345.6')).toBe('12,345.60')
    expect(groupAmount('1234567890123456789.99')).toBe('1,234,567,890,123,456,789.99')
    expect(groupAmount('-1234')).toBe('-1,234.00')
    expect(groupAmount('-0.001')).toBe('0.00')
    expect(groupAmount('999')).toBe('999.00')
    expect(formatMoney('7757', 'CNY')).toBe('CNY 7,757.00')
  })
  it('says ages the way a person would', () => {
    expect(ageOf(0, 59_000)).toEqual({ unit: 'now' })
    expect(ageOf(0, 125_000)).toEqual({ unit: 'min', n: 2 })
    expect(ageOf(0, 3 * 3_600_000)).toEqual({ unit: 'h', n: 3 })
    expect(ageOf(0, 72 * 3_600_000)).toEqual({ unit: 'd', n: 3 })
    expect(ageOf(10, 0)).toEqual({ unit: 'now' })
    expect(minutesUntil(10 * 60_000 + 1, 0)).toBe(11)
    expect(minutesUntil(0, 5)).toBe(0)
  })
})

describe('reconciliation hints', () => {
  const T = 1_000_000
  const reading = (at: number, balance: string, creditLimit = '0'): BalanceSnapshot => ({
    currency: 'CNY',
    balance,
    creditLimit,
    payable: '0',
    receivedAt: at
  })
  let n = 0
  const move = (at: number, amount: string, extra: Partial<MoneyMovement> = {}): MoneyMovement => ({
    id: `mv_${++n}`,
    profileId: 'sandbox',
    kind: 'ticketing',
    amount,
    currency: 'CNY',
    direction: 'debit',
    state: 'succeeded',
    createdAt: at,
    settledAt: at + 1,
    ...extra
  })

  it('says nothing when the desk’s own payments explain every change', () => {
    const samples = [reading(T, '10000'), reading(T + 100, '9000'), reading(T + 200, '8500')]
    expect(reconciliationHints(samples, [move(T + 50, '1000'), move(T + 150, '500')])).toEqual([])
  })

  it('reports money that moved elsewhere, with what the desk explains', () => {
    const samples = [reading(T, '10000'), reading(T + 100, '8800')]
    expect(reconciliationHints(samples, [move(T + 50, '1000')])).toEqual([
      { from: T, to: T + 100, currency: 'CNY', actualChange: '-1200', explainedChange: '-1000', unexplained: '-200' }
    ])
    const topUp = reconciliationHints([reading(T, '100'), reading(T + 100, '5100')], [])
    expect(topUp[0]).toMatchObject({ unexplained: '5000', explainedChange: '0' })
  })

  it('accepts pending or uncertain payments either way, ignores failed ones', () => {
    const samples = [reading(T, '10000'), reading(T + 100, '9000'), reading(T + 200, '9000')]
    expect(reconciliationHints(samples, [move(T + 50, '1000', { state: 'uncertain' }), move(T + 150, '300', { state: 'pending' })])).toEqual(
      []
    )
    expect(reconciliationHints(samples, [move(T + 50, '1000'), move(T + 60, '700', { state: 'failed' })])).toEqual([])
  })

  it('a payment that showed one reading late is timing, not money elsewhere', () => {
    const samples = [reading(T, '10000'), reading(T + 100, '10000'), reading(T + 200, '9000')]
    expect(reconciliationHints(samples, [move(T + 90, '1000')])).toEqual([])
  })

  it('a refund that comes back later matches once', () => {
    const refund = move(T + 10, '400', { kind: 'refundConfirming', direction: 'credit' })
    const samples = [reading(T, '1000'), reading(T + 100, '1000'), reading(T + 200, '1400'), reading(T + 300, '1800')]
    const hints = reconciliationHints(samples, [refund])
    expect(hints).toHaveLength(1)
    expect(hints[0]).toMatchObject({ from: T + 200, to: T + 300, unexplained: '400' })
  })

  it('compares balance + credit (a payment may use credit), within a tolerance, never across currencies', () => {
    const samples = [reading(T, '100', '5000'), reading(T + 100, '100', '4000.005')]
    expect(reconciliationHints(samples, [move(T + 50, '1000')])).toEqual([])
    const usd = { ...reading(T + 200, '1'), currency: 'USD' }
    expect(reconciliationHints([reading(T, '100'), usd], [])).toEqual([])
    expect(reconciliationHints([reading(T + 100, '90'), reading(T, '100')], [move(T + 50, '10')])).toEqual([])
  })

  it('movements that do not touch the wallet are ignored', () => {
    const samples = [reading(T, '10000'), reading(T + 100, '10000')]
    expect(reconciliationHints(samples, [move(T + 50, '5000', { kind: 'booking' })])).toEqual([])
  })
})
