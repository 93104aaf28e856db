import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import { ManualClock } from '../../util/clock'
import { Journal, JournalError } from './journal'

const T0 = Date.UTC(2025, 0, 17, 3, 0, 0)

function sample(receivedAt: number, balance: string, extra: Partial<BalanceSnapshot> = {}): BalanceSnapshot {
  return { currency: 'CNY', balance, creditLimit: '0.00', payable: '0.00', receivedAt, ...extra }
}

describe('journal: money movements', () => {
  let clock: ManualClock
  let journal: Journal
  beforeEach(() => {
    clock = new ManualClock(T0)
    journal = new Journal(':memory:', clock)
  })
  afterEach(() => journal.close())

  it('writes an intent as pending before the call, with the direction its kind implies', () => {
    const pay = journal.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'T1', amount: 7757, currency: 'CNY' })
    expect(pay).toMatchObject({ state: 'pending', direction: 'debit', amount: '7757', createdAt: T0, orderNo: 'T1' })
    expect(pay.settledAt).toBeUndefined()
    const refund = journal.recordIntent({ profileId: 'sandbox', kind: 'refundConfirming', amount: '100.50', currency: 'CNY' })
    expect(refund.direction).toBe('credit')
    expect(journal.get(pay.id)).toEqual(pay)
  })

  it('keeps amounts exact (decimal text, never floats)', () => {
    const a = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '0.10', currency: 'CNY' })
    const b = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '0.20', currency: 'CNY' })
    expect(journal.committedNotDeducted('p')).toBe('0.3')
    expect(journal.get(a.id)?.amount).toBe('0.1')
    expect(journal.get(b.id)?.amount).toBe('0.2')
  })

  it('refuses negative amounts; an intent with the same id is recorded once', () => {
    expect(() => journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '-1', currency: 'CNY' })).toThrow(JournalError)
    const first = journal.recordIntent({ id: 'mv_fixed', profileId: 'p', kind: 'ticketing', amount: '1', currency: 'CNY' })
    const again = journal.recordIntent({ id: 'mv_fixed', profileId: 'p', kind: 'ticketing', amount: '1', currency: 'CNY' })
    expect(again).toEqual(first)
    expect(() => journal.recordIntent({ id: 'mv_fixed', profileId: 'p', kind: 'booking', amount: '1', currency: 'CNY' })).toThrow(
      JournalError
    )
  })

  it('settles pending → succeeded/failed/uncertain; final states stay final', () => {
    const ok = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    clock.advance(2_000)
    const settled = journal.settle(ok.id, { state: 'succeeded', traceId: 'pay_NEWAPI250117110000001' })
    expect(settled).toMatchObject({ state: 'succeeded', settledAt: T0 + 2_000, traceId: 'pay_NEWAPI250117110000001' })
    expect(journal.settle(ok.id, { state: 'succeeded' })).toEqual(settled)
    expect(() => journal.settle(ok.id, { state: 'failed' })).toThrow(/succeeded; it cannot become failed/)
    expect(() => journal.settle(ok.id, { state: 'uncertain' })).toThrow(JournalError)

    const lost = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    expect(journal.settle(lost.id, { state: 'uncertain', note: 'TIMEOUT' })).toMatchObject({ state: 'uncertain', note: 'TIMEOUT' })
    // Later, an order check resolves it.
    expect(journal.settle(lost.id, { state: 'failed', note: 'order shows unpaid' }).state).toBe('failed')

    const refused = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    expect(journal.settle(refused.id, { state: 'failed', note: '56' }).state).toBe('failed')
    expect(() => journal.settle('mv_missing', { state: 'failed' })).toThrow(/no movement/)
  })

  it('after a restart, pending rows become uncertain, never failed', () => {
    const a = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    const b = journal.recordIntent({ profileId: 'p', kind: 'booking', amount: '10', currency: 'CNY' })
    journal.settle(b.id, { state: 'succeeded' })
    expect(journal.markInterruptedUncertain()).toBe(1)
    expect(journal.get(a.id)).toMatchObject({ state: 'uncertain', note: 'the desk stopped before the answer arrived' })
    expect(journal.get(b.id)?.state).toBe('succeeded')
  })

  it('lists movements since a time, oldest first, newest kept under a limit', () => {
    for (let i = 0; i < 5; i++) {
      journal.recordIntent({ profileId: 'p', kind: 'ticketing', orderNo: `T${i}`, amount: '1', currency: 'CNY' })
      clock.advance(60_000)
    }
    journal.recordIntent({ profileId: 'other', kind: 'ticketing', amount: '1', currency: 'CNY' })
    expect(journal.movementsSince('p', T0 + 60_000).map((m) => m.orderNo)).toEqual(['T1', 'T2', 'T3', 'T4'])
    expect(journal.movementsSince('p', 0, 2).map((m) => m.orderNo)).toEqual(['T3', 'T4'])
    expect(journal.countMovementsSince('p', 0)).toBe(5)
  })

  it('committed-not-deducted adds pending, uncertain and unreflected succeeded wallet debits only', () => {
    const pending = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '100', currency: 'CNY' })
    const uncertain = journal.recordIntent({ profileId: 'p', kind: 'ancillaryPurchase', amount: '20', currency: 'CNY' })
    journal.settle(uncertain.id, { state: 'uncertain' })
    const paid = journal.recordIntent({ profileId: 'p', kind: 'reissuePayment', amount: '3', currency: 'CNY' })
    journal.settle(paid.id, { state: 'succeeded' })
    const failed = journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '1000', currency: 'CNY' })
    journal.settle(failed.id, { state: 'failed' })
    journal.recordIntent({ profileId: 'p', kind: 'booking', amount: '5000', currency: 'CNY' })
    journal.recordIntent({ profileId: 'p', kind: 'refundConfirming', amount: '70', currency: 'CNY' })
    journal.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '9', currency: 'USD' })
    journal.recordIntent({ profileId: 'q', kind: 'ticketing', amount: '9', currency: 'CNY' })

    expect(journal.committedNotDeducted('p', 'CNY')).toBe('123')
    expect(journal.committedNotDeducted('p')).toBe('132')
    expect(journal.unreflectedPayments('p').map((m) => m.id)).toEqual([paid.id])

    journal.markReflected([paid.id], T0 + 5)
    expect(journal.get(paid.id)?.reflectedAt).toBe(T0 + 5)
    expect(journal.committedNotDeducted('p', 'CNY')).toBe('120')
    expect(journal.unreflectedPayments('p')).toEqual([])
    expect(journal.committedMovements('p', 'CNY').map((m) => m.id)).toEqual([pending.id, uncertain.id])
    expect(journal.committedNotDeducted('nobody')).toBe('0')
  })

  it('knows the orders booked here that still wait for payment', () => {
    const deadline = T0 + 60 * 60_000
    const booked = journal.recordIntent({ profileId: 'p', kind: 'booking', partnerOrderNo: 'P1', amount: '500', currency: 'CNY' })
    journal.settle(booked.id, { state: 'succeeded', orderNo: 'O1', payDeadline: deadline })
    const other = journal.recordIntent({ profileId: 'p', kind: 'booking', amount: '800', currency: 'CNY' })
    journal.settle(other.id, { state: 'succeeded', orderNo: 'O2', payDeadline: deadline - 30 * 60_000 })
    expect(journal.awaitingPayment('p')).toEqual([
      { orderNo: 'O2', payDeadline: deadline - 30 * 60_000, amount: '800', currency: 'CNY' },
      { orderNo: 'O1', payDeadline: deadline, amount: '500', currency: 'CNY' }
    ])
    // A failed payment leaves it waiting; a pending one takes it off the list.
    const tryPay = journal.recordIntent({ profileId: 'p', kind: 'ticketing', orderNo: 'O2', amount: '800', currency: 'CNY' })
    journal.settle(tryPay.id, { state: 'failed' })
    expect(journal.awaitingPayment('p').map((d) => d.orderNo)).toEqual(['O2', 'O1'])
    journal.recordIntent({ profileId: 'p', kind: 'ticketing', orderNo: 'O2', amount: '800', currency: 'CNY' })
    expect(journal.awaitingPayment('p').map((d) => d.orderNo)).toEqual(['O1'])
    // Past the deadline it is no longer payable.
    expect(journal.awaitingPayment('p', deadline)).toEqual([])
  })
})

describe('journal: balance samples', () => {
  it('stores readings and answers the history queries', () => {
    const journal = new Journal(':memory:', new ManualClock(T0))
    journal.addSample('p', sample(T0, '100.00', { serverTime: '2025/01/17 11:00:00', traceId: 'balance_1' }))
    journal.addSample('p', sample(T0 + 1000, '90.00', { traceId: '' }))
    journal.addSample('p', sample(T0 + 2000, '80.00'))
    journal.addSample('q', sample(T0 + 3000, '1.00'))
    expect(journal.latestSample('p')).toEqual(sample(T0 + 2000, '80.00'))
    expect(journal.sampleBefore('p', T0 + 2000)?.balance).toBe('90.00')
    expect(journal.sampleBefore('p', T0)).toBeUndefined()
    expect(journal.samplesSince('p', T0)[0]).toEqual(sample(T0, '100.00', { serverTime: '2025/01/17 11:00:00', traceId: 'balance_1' }))
    expect(journal.samplesSince('p', T0 + 1000).map((s) => s.balance)).toEqual(['90.00', '80.00'])
    expect(journal.samplesSince('p', 0, 1).map((s) => s.balance)).toEqual(['80.00'])
    expect(journal.countSamplesSince('p', 0)).toBe(3)
    expect(journal.pruneSamples(T0 + 1500)).toBe(2)
    expect(journal.samplesSince('p', 0).map((s) => s.balance)).toEqual(['80.00'])
    journal.close()
  })

  it('persists in a file across reopening, and refuses a newer schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fr24-journal-'))
    try {
      const path = join(dir, 'nested', 'journal.sqlite')
      const clock = new ManualClock(T0)
      const first = new Journal(path, clock)
      const intent = first.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '12.34', currency: 'CNY' })
      first.addSample('p', sample(T0, '1.00'))
      first.close()
      const second = new Journal(path, clock)
      expect(second.get(intent.id)?.state).toBe('pending')
      expect(second.markInterruptedUncertain()).toBe(1)
      expect(second.latestSample('p')?.balance).toBe('1.00')
      second.close()
      const raw = new DatabaseSync(path)
      raw.exec('PRAGMA user_version = 99')
      raw.close()
      expect(() => new Journal(path, clock)).toThrow(/newer FR24 Desk/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
