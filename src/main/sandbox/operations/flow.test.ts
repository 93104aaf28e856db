import Big from 'big.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MINUTE } from '../world/time'
import { adult, balance, book, CONTACT, shopAndPrice, testSandbox, type TestSandbox } from '../testing/fixtures'
import type { Wire } from '../testing/client'

let t: TestSandbox
beforeEach(async () => {
  t = await testSandbox()
})
afterEach(async () => {
  await t.close()
})

describe('booking and ticketing', () => {
  it('books with a payment deadline, freezes on ticketing and deducts when tickets are issued', async () => {
    const { booking, priced } = await book(t.client, { adultNum: 2 })
    expect(booking.orderNo).toMatch(/^\d{17}$/)
    expect(booking.orderStatus).toBe('11')
    expect(booking.totalPrice).toBe(priced.offer[0].totalPrice)
    expect(booking.createTime).toBe('2026-03-10T10:00')
    expect(booking.payDeadline).toBe('2026-03-10T11:00')
    expect(Array.isArray(booking.legs)).toBe(true)
    expect(booking.offer.offerId).toBe(priced.offer[0].offerId)

    const pay = await t.client.ok('ticketing', { orderNo: booking.orderNo, partnerOrderNo: '', currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    expect(pay).toEqual({ orderNo: booking.orderNo, partnerOrderNo: '', orderStatus: '12', currency: 'CNY', totalPrice: booking.totalPrice })
    const afterFreeze = new Big('50000').minus(String(booking.totalPrice)).toFixed(2)
    expect(await balance(t.client)).toBe(afterFreeze)

    let detail = await t.client.ok('orderDetail', { orderNo: booking.orderNo, partnerOrderNo: '' })
    expect(detail.orderStatus).toBe('12')
    expect(detail.ticketInfo).toBeUndefined()

    await t.sandbox.control.advanceClock(2 * MINUTE)
    detail = await t.client.ok('orderDetail', { orderNo: booking.orderNo })
    expect(detail.orderStatus).toBe('13')
    expect(detail.orderType).toBe('ticket')
    expect(detail.ticketInfo).toHaveLength(2)
    expect(detail.ticketInfo[0].ticketNo[0]).toMatch(/^\d{13}$/)
    expect(detail.ticketInfo[0].segmentIds[0]).toBe(detail.segments.map((s: Wire) => s.segmentId).join('^'))
    expect(detail.passengers[0].cardNum).toBe('*****0001')
    expect(await balance(t.client)).toBe(afterFreeze)

    const state = t.sandbox.control.state()
    expect(state.ledger.map((e) => e.kind)).toEqual(['opening', 'freeze', 'deduct'])
    expect(state.balance.frozen).toBe('0.00')
  })

  it('cancels an unpaid order at its deadline and refuses to ticket it', async () => {
    const { booking } = await book(t.client)
    await t.sandbox.control.advanceClock(60 * MINUTE)
    const detail = await t.client.ok('orderDetail', { orderNo: booking.orderNo })
    expect(detail.orderStatus).toBe('15')
    const pay = await t.client.call('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    expect(pay.code).toBe('10200001')
    expect(pay.data).toBeNull()
  })

  it('refuses a wrong price, a wrong currency, a second payment and an empty wallet', async () => {
    const { booking } = await book(t.client)
    const pay = (extra: Record<string, unknown>) => t.client.call('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0', ...extra })
    expect((await pay({ totalPrice: booking.totalPrice + 1 })).code).toBe('52')
    expect((await pay({ currency: 'USD' })).code).toBe('52')
    expect((await pay({ paymentMethod: '1' })).code).toBe('57')
    expect((await pay({ totalPrice: String(booking.totalPrice) })).code).toBe('000000')
    expect((await pay({})).code).toBe('54')

    const second = await book(t.client)
    await t.sandbox.control.setBalance('10.00')
    const broke = await t.client.call('ticketing', { orderNo: second.booking.orderNo, currency: 'CNY', totalPrice: second.booking.totalPrice, paymentMethod: '0' })
    expect(broke.code).toBe('56')
    expect(await balance(t.client)).toBe('10.00')
  })

  it('verifies a payment with payVerify', async () => {
    const { booking } = await book(t.client)
    const verified = await t.client.ok('payVerify', { orderNo: booking.orderNo, partnerOrderNo: '', totalPrice: booking.totalPrice, currency: 'CNY', seriesTraceId: 'order_x', seriesRsTime: 5 })
    expect(verified.orderStatus).toBe('11')
    expect(verified.offer.offerId).toBe(booking.offer.offerId)
    expect((await t.client.call('payVerify', { orderNo: booking.orderNo, totalPrice: 1, currency: 'CNY' })).code).toBe('52')
  })

  it('answers 10100030 for an order it does not know', async () => {
    const answer = await t.client.call('orderDetail', { orderNo: '12345678901234567' })
    expect(answer.code).toBe('10100030')
    expect((await t.client.call('ticketing', { orderNo: '1', currency: 'CNY', totalPrice: 1, paymentMethod: '0' })).code).toBe('10100030')
  })

  it('rejects booking a pricing older than 30 minutes and pricing a search older than 60', async () => {
    const { shopped, priced } = await shopAndPrice(t.client)
    await t.sandbox.control.advanceClock(31 * MINUTE)
    const late = await t.client.call('booking', { offerId: priced.offer[0].offerId, passengers: await t.client.encryptPassengers([adult(1)]), agentContact: CONTACT })
    expect(late.code).toBe('10701001')
    await t.sandbox.control.advanceClock(30 * MINUTE)
    const stale = await t.client.call('pricing', { offerId: shopped.offers[1].offerId, adultNum: 1 })
    expect(stale.code).toBe('10701001')
  })

  it('needs pricing before booking and knows unknown offers', async () => {
    const { shopped } = await shopAndPrice(t.client)
    const early = await t.client.call('booking', { offerId: shopped.offers[0].offerId, passengers: await t.client.encryptPassengers([adult(1)]), agentContact: CONTACT })
    expect(early.code).toBe('10200001')
    expect((await t.client.call('pricing', { offerId: '19999999999999999', adultNum: 1 })).code).toBe('10701298')
    expect((await t.client.call('booking', { offerId: 'nope', passengers: 'x', agentContact: CONTACT })).code).toBe('10701298')
  })

  it('prices with a new offerId; forced price changes and sold-out offers', async () => {
    const { shopped, priced } = await shopAndPrice(t.client)
    const shopOffer = shopped.offers[0]
    expect(priced.offer[0].offerId).not.toBe(shopOffer.offerId)
    expect(priced.offer[0].totalPrice).toBe(shopOffer.totalPrice)

    t.sandbox.control.forcePricing('priceChange')
    const changed = await t.client.ok('pricing', { offerId: shopOffer.offerId, adultNum: 1 })
    expect(changed.offer[0].totalPrice).toBeGreaterThan(shopOffer.totalPrice)

    t.sandbox.control.forcePricing('noSeats')
    const gone = await t.client.call('pricing', { offerId: shopped.offers[1].offerId, adultNum: 1 })
    expect(gone.code).toBe('21000001')
    const again = await t.client.call('pricing', { offerId: shopped.offers[1].offerId, adultNum: 1 })
    expect(again.code).toBe('10701298')
  })

  it('requires pricing counts to match the search and booking counts to match pricing', async () => {
    const { shopped, priced } = await shopAndPrice(t.client, { adultNum: 2 })
    expect((await t.client.call('pricing', { offerId: shopped.offers[0].offerId, adultNum: 1 })).code).toBe('20901997')
    const one = await t.client.call('booking', { offerId: priced.offer[0].offerId, passengers: await t.client.encryptPassengers([adult(1)]), agentContact: CONTACT })
    expect(one.code).toBe('20901997')
  })

  it('gives the same order back when a booking is retried with the same partnerOrderNo', async () => {
    const { priced } = await shopAndPrice(t.client)
    const body = { offerId: priced.offer[0].offerId, partnerOrderNo: 'DESK-1', passengers: await t.client.encryptPassengers([adult(1)]), agentContact: CONTACT }
    const first = await t.client.ok('booking', body)
    const second = await t.client.ok('booking', body)
    expect(second.orderNo).toBe(first.orderNo)
    const byPartner = await t.client.ok('orderDetail', { orderNo: '', partnerOrderNo: 'DESK-1' })
    expect(byPartner.orderNo).toBe(first.orderNo)
  })

  it('reserves seats: a flight booked full cannot be priced again', async () => {
    const { shopped } = await shopAndPrice(t.client)
    const scarce = shopped.offers.find((o: Wire) => o.availability.length === 1 && Number(o.availability[0]) < 9)
    expect(scarce).toBeDefined()
    const seats = Number(scarce.availability[0])
    const party = await t.client.ok('shopping', { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-15' }], adultNum: seats })
    const same = party.offers.find((o: Wire) => o.legId === scarce.legId && o.fareBasis.join() === scarce.fareBasis.join())
    const priced = await t.client.ok('pricing', { offerId: same.offerId, adultNum: seats })
    await t.client.ok('booking', { offerId: priced.offer[0].offerId, passengers: await t.client.encryptPassengers(Array.from({ length: seats }, (_, i) => adult(i + 1))), agentContact: CONTACT })
    expect((await t.client.call('pricing', { offerId: same.offerId, adultNum: seats })).code).toBe('21000001')
    // The booking holds the seats: a new search shows fewer (or hides the class).
    const after = await t.client.ok('shopping', { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-15' }], adultNum: 1 })
    const again = after.offers.find((o: Wire) => o.legId === scarce.legId && o.fareBasis.join() === scarce.fareBasis.join())
    expect(again).toBeUndefined()
  })
})

describe('what the sandbox remembers of searches and pricings', () => {
  it('forgets those older than six hours at the next search, and keeps the younger ones', async () => {
    const old = await shopAndPrice(t.client, { depDate: '2026-04-20' })
    await t.sandbox.control.advanceClock(5 * 60 * MINUTE)
    const younger = await shopAndPrice(t.client, { depDate: '2026-04-21' })
    await t.sandbox.control.advanceClock(90 * MINUTE)
    await shopAndPrice(t.client, { depDate: '2026-04-22' })
    const price = (offerId: string) => t.client.call('pricing', { offerId, adultNum: 1, childNum: 0, infantNum: 0 })
    // Six and a half hours: forgotten, so unknown. An hour and a half: remembered, so only expired.
    expect((await price(old.shopped.offers[0].offerId)).code).toBe('10701298')
    expect((await price(younger.shopped.offers[0].offerId)).code).toBe('10701001')
    const passengers = await t.client.encryptPassengers([adult(1)])
    const bookPriced = (offerId: string) => t.client.call('booking', { offerId, partnerOrderNo: '', passengers, agentContact: CONTACT })
    expect((await bookPriced(old.priced.offer[0].offerId)).code).toBe('10701298')
    expect((await bookPriced(younger.priced.offer[0].offerId)).code).toBe('10701001')
  })
})
