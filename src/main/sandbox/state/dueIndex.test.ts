import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Rng } from '../world/prng'
import { MINUTE } from '../world/time'
import { book, testSandbox, type TestSandbox } from '../testing/fixtures'
import { DueIndex } from './dueIndex'

describe('the due index', () => {
  it('hands over, earliest first, exactly the orders whose current time has come (checked against a plain list)', () => {
    const rng = new Rng('due index', 1)
    const index = new DueIndex()
    const model = new Map<string, number>()
    const no = (n: number): string => String(18_000_000_000_000_000n + BigInt(n) * 7_919n)
    let now = 0
    for (let step = 0; step < 3_000; step++) {
      const roll = rng.next()
      const key = no(rng.int(1, 300))
      if (roll < 0.55) {
        const at = now + rng.int(0, 50)
        index.schedule('order', key, at)
        model.set(key, at)
      } else if (roll < 0.65) {
        index.schedule('order', key, null)
        model.delete(key)
      } else {
        now += rng.int(0, 20)
        const expected = [...model].filter(([, at]) => at <= now).sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1))
        const taken: [string, number][] = []
        for (let next = index.takeDue(now); next; next = index.takeDue(now)) taken.push([next.no, model.get(next.no) ?? -1])
        expect(taken).toEqual(expected)
        for (const [k] of expected) model.delete(k)
      }
      expect(index.size).toBe(model.size)
    }
  })

  it('puts ticket orders before ancillary orders due at the same moment, each in the order they were made', () => {
    const index = new DueIndex()
    index.schedule('aux', '18500000000006373', 10)
    index.schedule('order', '18000000000015838', 10)
    index.schedule('order', '18000000000007919', 10)
    index.schedule('order', '18000000000023757', 5)
    const taken = [index.takeDue(10), index.takeDue(10), index.takeDue(10), index.takeDue(10), index.takeDue(10)]
    expect(taken).toEqual([
      { kind: 'order', no: '18000000000023757' },
      { kind: 'order', no: '18000000000007919' },
      { kind: 'order', no: '18000000000015838' },
      { kind: 'aux', no: '18500000000006373' },
      null
    ])
  })
})

describe('orders moving on by their due time', () => {
  let t: TestSandbox
  beforeEach(async () => {
    t = await testSandbox()
  })
  afterEach(async () => {
    await t.close()
  })

  const statusOf = async (orderNo: string): Promise<string> => (await t.client.ok('orderDetail', { orderNo })).orderStatus

  it('cancels each unpaid booking exactly at its own deadline and issues each paid one exactly at its issuance time, no sooner', async () => {
    // Deadlines 10, 20, 30… minutes out (the setting at booking time), booked in a shuffled order.
    const minutes = [50, 10, 40, 20, 30]
    const unpaid: { orderNo: string; deadline: number }[] = []
    for (const [i, m] of minutes.entries()) {
      t.sandbox.control.setSettings({ payDeadlineMs: m * MINUTE })
      const { booking } = await book(t.client, { depDate: `2026-04-${String(10 + i).padStart(2, '0')}` })
      unpaid.push({ orderNo: booking.orderNo, deadline: t.sandbox.control.state().now + m * MINUTE })
    }
    t.sandbox.control.setSettings({ payDeadlineMs: 60 * MINUTE, issuanceDelayMs: 25 * MINUTE })
    const { booking: paid } = await book(t.client, { depDate: '2026-04-20' })
    await t.client.ok('ticketing', { orderNo: paid.orderNo, currency: 'CNY', totalPrice: paid.totalPrice, paymentMethod: '0' })
    const issuesAt = t.sandbox.control.state().now + 25 * MINUTE

    // Six moments: the five deadlines and the issuance, in time order.
    for (let round = 0; round < 6; round++) {
      const moment = t.sandbox.control.state().now
      const target = unpaid.map((u) => u.deadline).concat(issuesAt).filter((at) => at > moment)
      const next = Math.min(...target)
      // One millisecond before the moment: nothing has moved on.
      await t.sandbox.control.advanceClock(next - moment - 1)
      for (const u of unpaid) expect(await statusOf(u.orderNo)).toBe(u.deadline < next ? '15' : '11')
      expect(await statusOf(paid.orderNo)).toBe(issuesAt < next ? '13' : '12')
      // At the moment: exactly the orders due then, stamped with it.
      await t.sandbox.control.advanceClock(1)
      for (const u of unpaid) expect(await statusOf(u.orderNo)).toBe(u.deadline <= next ? '15' : '11')
      expect(await statusOf(paid.orderNo)).toBe(issuesAt <= next ? '13' : '12')
    }
    const state = t.sandbox.control.state()
    for (const u of unpaid) expect(state.orders.find((o) => o.orderNo === u.orderNo)?.history.at(-1)).toEqual({ status: '15', at: u.deadline })
    expect(state.orders.find((o) => o.orderNo === paid.orderNo)?.history.at(-1)).toEqual({ status: '13', at: issuesAt })
    // The deduction is stamped at issuance, after every cancellation due before it.
    const issued = state.ledger.find((e) => e.kind === 'deduct')
    expect(issued?.at).toBe(issuesAt)
  })

  it('steps a refund through processing and completion at their own moments when one look covers both', async () => {
    t.sandbox.control.setSettings({ afterSaleDelayMs: 10 * MINUTE })
    const { booking } = await book(t.client)
    await t.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    await t.sandbox.control.advanceClock(2 * MINUTE)
    const refund = await t.client.ok('refundConfirming', { tktOrderNo: booking.orderNo, passengers: [{ paxId: '1', name: 'TRAVELLER/ADULTA' }], refundReason: '0', fileId: [] })
    const confirmed = t.sandbox.control.state().now
    await t.sandbox.control.advanceClock(5 * MINUTE - 1)
    expect(await statusOf(refund.refundOrderNo)).toBe('25')
    await t.sandbox.control.advanceClock(1)
    expect(await statusOf(refund.refundOrderNo)).toBe('27')
    await t.sandbox.control.advanceClock(60 * MINUTE)
    const order = t.sandbox.control.state().orders.find((o) => o.orderNo === refund.refundOrderNo)
    expect(order?.history.slice(-3)).toEqual([
      { status: '25', at: confirmed },
      { status: '27', at: confirmed + 5 * MINUTE },
      { status: '30', at: confirmed + 10 * MINUTE }
    ])
  })
})
