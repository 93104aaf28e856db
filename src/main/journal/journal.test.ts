import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BalanceSnapshot } from '../../shared/domain/balance'
import { ManualClock } from '../util/clock'
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
    const pay = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'T1', amount: 7757, currency: 'CNY' })
    expect(pay).toMatchObject({ state: 'pending', direction: 'debit', amount: '7757', createdAt: T0, orderNo: 'T1' })
    expect(pay.settledAt).toBeUndefined()
    const refund = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'refundConfirming', amount: '100.50', currency: 'CNY' })
    expect(refund.direction).toBe('credit')
    expect(journal.movements.get(pay.id)).toEqual(pay)
  })

  it('keeps amounts exact (decimal text, never floats)', () => {
    const a = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '0.10', currency: 'CNY' })
    const b = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '0.20', currency: 'CNY' })
    expect(journal.movements.committedNotDeducted('p')).toBe('0.3')
    expect(journal.movements.get(a.id)?.amount).toBe('0.1')
    expect(journal.movements.get(b.id)?.amount).toBe('0.2')
  })

  it('refuses negative amounts; an intent with the same id is recorded once', () => {
    expect(() => journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '-1', currency: 'CNY' })).toThrow(JournalError)
    const first = journal.movements.recordIntent({ id: 'mv_fixed', profileId: 'p', kind: 'ticketing', amount: '1', currency: 'CNY' })
    const again = journal.movements.recordIntent({ id: 'mv_fixed', profileId: 'p', kind: 'ticketing', amount: '1', currency: 'CNY' })
    expect(again).toEqual(first)
    expect(() => journal.movements.recordIntent({ id: 'mv_fixed', profileId: 'p', kind: 'booking', amount: '1', currency: 'CNY' })).toThrow(
      JournalError
    )
  })

  it('settles pending → succeeded/failed/uncertain; final states stay final', () => {
    const ok = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    clock.advance(2_000)
    const settled = journal.movements.settle(ok.id, { state: 'succeeded', traceId: 'pay_NEWAPI250117110000001' })
    expect(settled).toMatchObject({ state: 'succeeded', settledAt: T0 + 2_000, traceId: 'pay_NEWAPI250117110000001' })
    expect(journal.movements.settle(ok.id, { state: 'succeeded' })).toEqual(settled)
    expect(() => journal.movements.settle(ok.id, { state: 'failed' })).toThrow(/succeeded; it cannot become failed/)
    expect(() => journal.movements.settle(ok.id, { state: 'uncertain' })).toThrow(JournalError)

    const lost = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    expect(journal.movements.settle(lost.id, { state: 'uncertain', note: 'TIMEOUT' })).toMatchObject({ state: 'uncertain', note: 'TIMEOUT' })
    // Later, an order check resolves it.
    expect(journal.movements.settle(lost.id, { state: 'failed', note: 'order shows unpaid' }).state).toBe('failed')

    const refused = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    expect(journal.movements.settle(refused.id, { state: 'failed', note: '56' }).state).toBe('failed')
    expect(() => journal.movements.settle('mv_missing', { state: 'failed' })).toThrow(/no movement/)
  })

  it('after a restart, pending rows become uncertain, never failed', () => {
    const a = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '10', currency: 'CNY' })
    const b = journal.movements.recordIntent({ profileId: 'p', kind: 'booking', amount: '10', currency: 'CNY' })
    journal.movements.settle(b.id, { state: 'succeeded' })
    expect(journal.movements.markInterruptedUncertain()).toBe(1)
    expect(journal.movements.get(a.id)).toMatchObject({ state: 'uncertain', note: 'the desk stopped before the answer arrived' })
    expect(journal.movements.get(b.id)?.state).toBe('succeeded')
  })

  it('lists movements since a time, oldest first, newest kept under a limit', () => {
    for (let i = 0; i < 5; i++) {
      journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', orderNo: `T${i}`, amount: '1', currency: 'CNY' })
      clock.advance(60_000)
    }
    journal.movements.recordIntent({ profileId: 'other', kind: 'ticketing', amount: '1', currency: 'CNY' })
    expect(journal.movements.since('p', T0 + 60_000).map((m) => m.orderNo)).toEqual(['T1', 'T2', 'T3', 'T4'])
    expect(journal.movements.since('p', 0, 2).map((m) => m.orderNo)).toEqual(['T3', 'T4'])
    expect(journal.movements.countSince('p', 0)).toBe(5)
  })

  it('committed-not-deducted adds pending, uncertain and unreflected succeeded wallet debits only', () => {
    const pending = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '100', currency: 'CNY' })
    const uncertain = journal.movements.recordIntent({ profileId: 'p', kind: 'ancillaryPurchase', amount: '20', currency: 'CNY' })
    journal.movements.settle(uncertain.id, { state: 'uncertain' })
    const paid = journal.movements.recordIntent({ profileId: 'p', kind: 'reissuePayment', amount: '3', currency: 'CNY' })
    journal.movements.settle(paid.id, { state: 'succeeded' })
    const failed = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '1000', currency: 'CNY' })
    journal.movements.settle(failed.id, { state: 'failed' })
    journal.movements.recordIntent({ profileId: 'p', kind: 'booking', amount: '5000', currency: 'CNY' })
    journal.movements.recordIntent({ profileId: 'p', kind: 'refundConfirming', amount: '70', currency: 'CNY' })
    journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '9', currency: 'USD' })
    journal.movements.recordIntent({ profileId: 'q', kind: 'ticketing', amount: '9', currency: 'CNY' })

    expect(journal.movements.committedNotDeducted('p', 'CNY')).toBe('123')
    expect(journal.movements.committedNotDeducted('p')).toBe('132')
    expect(journal.movements.unreflectedPayments('p').map((m) => m.id)).toEqual([paid.id])

    journal.movements.markReflected([paid.id], T0 + 5)
    expect(journal.movements.get(paid.id)?.reflectedAt).toBe(T0 + 5)
    expect(journal.movements.committedNotDeducted('p', 'CNY')).toBe('120')
    expect(journal.movements.unreflectedPayments('p')).toEqual([])
    expect(journal.movements.committedMovements('p', 'CNY').map((m) => m.id)).toEqual([pending.id, uncertain.id])
    expect(journal.movements.committedNotDeducted('nobody')).toBe('0')
  })

  it('knows the orders booked here that still wait for payment', () => {
    const deadline = T0 + 60 * 60_000
    const booked = journal.movements.recordIntent({ profileId: 'p', kind: 'booking', partnerOrderNo: 'P1', amount: '500', currency: 'CNY' })
    journal.movements.settle(booked.id, { state: 'succeeded', orderNo: 'O1', payDeadline: deadline })
    const other = journal.movements.recordIntent({ profileId: 'p', kind: 'booking', amount: '800', currency: 'CNY' })
    journal.movements.settle(other.id, { state: 'succeeded', orderNo: 'O2', payDeadline: deadline - 30 * 60_000 })
    expect(journal.movements.awaitingPayment('p')).toEqual([
      { orderNo: 'O2', payDeadline: deadline - 30 * 60_000, amount: '800', currency: 'CNY' },
      { orderNo: 'O1', payDeadline: deadline, amount: '500', currency: 'CNY' }
    ])
    // A failed payment leaves it waiting; a pending one takes it off the list.
    const tryPay = journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', orderNo: 'O2', amount: '800', currency: 'CNY' })
    journal.movements.settle(tryPay.id, { state: 'failed' })
    expect(journal.movements.awaitingPayment('p').map((d) => d.orderNo)).toEqual(['O2', 'O1'])
    journal.movements.recordIntent({ profileId: 'p', kind: 'ticketing', orderNo: 'O2', amount: '800', currency: 'CNY' })
    expect(journal.movements.awaitingPayment('p').map((d) => d.orderNo)).toEqual(['O1'])
    // Past the deadline it is no longer payable.
    expect(journal.movements.awaitingPayment('p', deadline)).toEqual([])
  })
})

describe('journal: balance samples', () => {
  it('stores readings and answers the history queries', () => {
    const journal = new Journal(':memory:', new ManualClock(T0))
    journal.samples.add('p', sample(T0, '100.00', { serverTime: '2025/01/17 11:00:00', traceId: 'balance_1' }))
    journal.samples.add('p', sample(T0 + 1000, '90.00', { traceId: '' }))
    journal.samples.add('p', sample(T0 + 2000, '80.00'))
    journal.samples.add('q', sample(T0 + 3000, '1.00'))
    expect(journal.samples.latest('p')).toEqual(sample(T0 + 2000, '80.00'))
    expect(journal.samples.before('p', T0 + 2000)?.balance).toBe('90.00')
    expect(journal.samples.before('p', T0)).toBeUndefined()
    expect(journal.samples.since('p', T0)[0]).toEqual(sample(T0, '100.00', { serverTime: '2025/01/17 11:00:00', traceId: 'balance_1' }))
    expect(journal.samples.since('p', T0 + 1000).map((s) => s.balance)).toEqual(['90.00', '80.00'])
    expect(journal.samples.since('p', 0, 1).map((s) => s.balance)).toEqual(['80.00'])
    expect(journal.samples.countSince('p', 0)).toBe(3)
    expect(journal.samples.prune(T0 + 1500)).toBe(2)
    expect(journal.samples.since('p', 0).map((s) => s.balance)).toEqual(['80.00'])
    journal.close()
  })

  it('persists in a file across reopening, and refuses a newer schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fr24-journal-'))
    try {
      const path = join(dir, 'nested', 'journal.sqlite')
      const clock = new ManualClock(T0)
      const first = new Journal(path, clock)
      const intent = first.movements.recordIntent({ profileId: 'p', kind: 'ticketing', amount: '12.34', currency: 'CNY' })
      first.samples.add('p', sample(T0, '1.00'))
      first.close()
      const second = new Journal(path, clock)
      expect(second.movements.get(intent.id)?.state).toBe('pending')
      expect(second.movements.markInterruptedUncertain()).toBe(1)
      expect(second.samples.latest('p')?.balance).toBe('1.00')
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
