import Big from 'big.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINUTE } from '../world/time'
import { adult, balance, CONTACT, testSandbox, type TestSandbox } from '../testing/fixtures'
import type { Wire } from '../testing/client'

let t: TestSandbox
beforeAll(async () => {
  t = await testSandbox()
})
afterAll(async () => {
  await t.close()
})

/** n booked orders, one adult each, nine to a flight (a flight has at least nine seats when it shows "9"). */
async function bookMany(n: number, depDate: string): Promise<Wire[]> {
  const shopped = await t.client.ok('shopping', { searchLegs: [{ origin: 'PEK', destination: 'SHA', depDate }], adultNum: 1 })
  const seen = new Set<string>()
  const offers = shopped.offers.filter((o: Wire) => {
    const fresh = o.availability.every((a: string) => a === '9') && !seen.has(o.legId)
    seen.add(o.legId)
    return fresh
  })
  expect(offers.length * 9).toBeGreaterThanOrEqual(n)
  const bookings: Wire[] = []
  for (let i = 0; i < n; i++) {
    const offer = offers[Math.floor(i / 9)]
    const priced = await t.client.ok('pricing', { offerId: offer.offerId, adultNum: 1 })
    bookings.push(await t.client.ok('booking', { offerId: priced.offer[0].offerId, passengers: await t.client.encryptPassengers([adult(1)]), agentContact: CONTACT }))
  }
  return bookings
}

describe('money under concurrency', () => {
  it('100 parallel payments of different orders: exact balance, each order paid once, overdraft refused', async () => {
    const bookings = await bookMany(100, '2026-04-20')
    const prices = bookings.map((b) => new Big(String(b.totalPrice)))
    const sorted = prices.slice().sort((a, b) => a.cmp(b))
    // A balance that covers about 60 orders, so the wallet runs dry mid-burst.
    const budget = sorted.slice(0, 60).reduce((s, p) => s.plus(p), new Big(0))
    await t.sandbox.control.setBalance(budget.toFixed(2))

    const answers = await Promise.all(
      bookings.map((b) => t.client.call('ticketing', { orderNo: b.orderNo, currency: 'CNY', totalPrice: b.totalPrice, paymentMethod: '0' }))
    )
    const paid = bookings.filter((_, i) => answers[i]?.code === '000000')
    const refused = answers.filter((a) => a.code === '56')
    expect(paid.length + refused.length).toBe(100)
    expect(paid.length).toBeGreaterThan(0)
    expect(refused.length).toBeGreaterThan(0)
    const spent = paid.reduce((s, b) => s.plus(String(b.totalPrice)), new Big(0))
    expect(spent.lte(budget)).toBe(true)
    expect(await balance(t.client)).toBe(budget.minus(spent).toFixed(2))

    await t.sandbox.control.advanceClock(2 * MINUTE)
    const state = t.sandbox.control.state()
    for (const b of paid) {
      expect(state.ledger.filter((e) => e.ref === b.orderNo && e.kind === 'freeze')).toHaveLength(1)
      expect(state.ledger.filter((e) => e.ref === b.orderNo && e.kind === 'deduct')).toHaveLength(1)
      expect(state.orders.find((o) => o.orderNo === b.orderNo)?.status).toBe('13')
    }
    expect(await balance(t.client)).toBe(budget.minus(spent).toFixed(2))
    expect(state.balance.frozen).toBe('0.00')
  })

  it('20 parallel payments of the same order: one succeeds, the others hear 54', async () => {
    await t.sandbox.control.setBalance('100000.00')
    const [b] = await bookMany(1, '2026-04-21')
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => t.client.call('ticketing', { orderNo: b.orderNo, currency: 'CNY', totalPrice: b.totalPrice, paymentMethod: '0' }))
    )
    expect(answers.filter((a) => a.code === '000000')).toHaveLength(1)
    expect(answers.filter((a) => a.code === '54')).toHaveLength(19)
    expect(await balance(t.client)).toBe(new Big('100000').minus(String(b.totalPrice)).toFixed(2))
    await t.sandbox.control.advanceClock(2 * MINUTE)
    const detail = await t.client.ok('orderDetail', { orderNo: b.orderNo })
    expect(detail.orderStatus).toBe('13')
    expect(t.sandbox.control.state().ledger.filter((e) => e.ref === b.orderNo).map((e) => e.kind)).toEqual(['freeze', 'deduct'])
  })
})
