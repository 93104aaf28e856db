import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adult, CONTACT, shopAndPrice, testSandbox, type TestSandbox } from '../testing/fixtures'

let t: TestSandbox
beforeEach(async () => {
  t = await testSandbox()
})
afterEach(async () => {
  await t.close()
})

async function bookingBody(partnerOrderNo: string) {
  const { priced } = await shopAndPrice(t.client)
  return { offerId: priced.offer[0].offerId, partnerOrderNo, passengers: await t.client.encryptPassengers([adult(1)]), agentContact: CONTACT }
}

const orders = () => t.sandbox.control.state().orders.length

describe('fault injection', () => {
  it('adds latency to the next call of one operation only', async () => {
    t.sandbox.control.fault({ op: 'selectBalance', kind: 'latency', latencyMs: 250 })
    const started = performance.now()
    const slow = await t.client.call('selectBalance')
    expect(performance.now() - started).toBeGreaterThanOrEqual(240)
    expect(slow.code).toBe('000000')
    expect(slow.json.processingTime).toBeGreaterThanOrEqual(240)
    const quick = performance.now()
    await t.client.call('selectBalance')
    expect(performance.now() - quick).toBeLessThan(240)
  })

  it('answers HTTP 5xx, 429 with 20500001, and bodies that are not JSON, for the next N calls', async () => {
    t.sandbox.control.fault({ op: 'selectBalance', kind: 'http', status: 503, count: 2 })
    expect((await t.client.call('selectBalance')).status).toBe(503)
    expect((await t.client.call('selectBalance')).status).toBe(503)
    expect((await t.client.call('selectBalance')).status).toBe(200)

    t.sandbox.control.fault({ op: 'selectBalance', kind: 'rateLimit' })
    const limited = await t.client.call('selectBalance')
    expect(limited.status).toBe(429)
    expect(limited.code).toBe('20500001')

    t.sandbox.control.fault({ op: 'selectBalance', kind: 'malformed' })
    const garbled = await t.client.call('selectBalance')
    expect(garbled.status).toBe(200)
    expect(garbled.json).toBeUndefined()
  })

  it('lets the first calls through with skip, and "*" targets every operation', async () => {
    t.sandbox.control.fault({ kind: 'code', code: '20400001', message: 'boom', skip: 1 })
    expect((await t.client.call('selectBalance')).code).toBe('000000')
    const failed = await t.client.call('orderDetail', { orderNo: '1' })
    expect(failed.code).toBe('20400001')
    expect(failed.message).toBe('boom')
  })

  it('drops the connection before a booking: nothing is booked', async () => {
    const body = await bookingBody('DROP-1')
    t.sandbox.control.fault({ op: 'booking', kind: 'dropBefore' })
    await expect(t.client.call('booking', body)).rejects.toThrow()
    expect(orders()).toBe(0)
  })

  it('drops the connection after a booking: the order exists and is found again', async () => {
    const body = await bookingBody('DROP-2')
    t.sandbox.control.fault({ op: 'booking', kind: 'dropAfter' })
    await expect(t.client.call('booking', body)).rejects.toThrow()
    expect(orders()).toBe(1)
    const found = await t.client.ok('orderDetail', { orderNo: '', partnerOrderNo: 'DROP-2' })
    expect(found.orderStatus).toBe('11')
    // The desk's retry with the same partnerOrderNo gets the same order, not a second one.
    const retried = await t.client.ok('booking', body)
    expect(retried.orderNo).toBe(found.orderNo)
    expect(orders()).toBe(1)
  })

  it('drops the connection after a payment: the money is frozen and a retry is refused', async () => {
    const booking = await t.client.ok('booking', await bookingBody('PAY-1'))
    const pay = { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' }
    t.sandbox.control.fault({ op: 'ticketing', kind: 'dropAfter' })
    await expect(t.client.call('ticketing', pay)).rejects.toThrow()
    expect((await t.client.ok('orderDetail', { orderNo: booking.orderNo })).orderStatus).toBe('12')
    expect((await t.client.call('ticketing', pay)).code).toBe('54')
    expect(t.sandbox.control.state().ledger.filter((e) => e.kind === 'freeze')).toHaveLength(1)
  })

  it('truncates the answer of a committed payment, and can lie about a committed change', async () => {
    const booking = await t.client.ok('booking', await bookingBody('PAY-2'))
    t.sandbox.control.fault({ op: 'ticketing', kind: 'truncated' })
    const cut = await t.client.call('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    expect(cut.status).toBe(200)
    expect(cut.json).toBeUndefined()
    expect(cut.text.length).toBeGreaterThan(0)
    expect((await t.client.ok('orderDetail', { orderNo: booking.orderNo })).orderStatus).toBe('12')

    t.sandbox.control.fault({ op: 'booking', kind: 'code', code: '20400001', commit: true })
    const lied = await t.client.call('booking', await bookingBody('LIE-1'))
    expect(lied.code).toBe('20400001')
    expect((await t.client.ok('orderDetail', { orderNo: '', partnerOrderNo: 'LIE-1' })).orderStatus).toBe('11')
  })

  it('lists and clears faults', () => {
    t.sandbox.control.fault({ kind: 'latency', latencyMs: 10, count: 5 })
    expect(t.sandbox.control.state().faults).toHaveLength(1)
    t.sandbox.control.clearFaults()
    expect(t.sandbox.control.state().faults).toHaveLength(0)
    expect(() => t.sandbox.control.fault({ kind: 'nonsense' as never })).toThrow(/unknown fault kind/)
  })
})
