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

describe('pre-sale ancillaries and seats', () => {
  it('lists bags for an offer and books them with the ticket', async () => {
    const { priced } = await shopAndPrice(t.client)
    const offer = priced.offer[0]
    const aux = await t.client.ok('presaleAncillaryShopping', { offerId: offer.offerId })
    expect(aux.currency).toBe('CNY')
    expect(aux.segments.map((s: Wire) => s.segmentId)).toEqual(priced.segments.map((s: Wire) => s.segmentId))
    const bag = aux.auxes[0]
    expect(Object.keys(bag).sort()).toEqual(['auxId', 'baseFare', 'limitPerPax', 'piece', 'segmentIds', 'serviceFee', 'size', 'type', 'weight'])
    expect(bag.auxId).toMatch(/^[0-9a-f]{32}$/)
    expect(bag.type).toBe('CHECK_IN')

    const map = await t.client.ok('seatMap', { bookType: '1', offerId: offer.offerId, orderNo: '', segments: [{ segmentId: priced.segments[0].segmentId }] }, { path: '/api/new/seatShopping.do' })
    expect(map.seatMaps).toHaveLength(1)
    const seat = map.seatMaps[0].rows.flatMap((r: Wire) => r.seats).find((s: Wire) => s.available && s.price > 0)
    expect(seat.seatNo).toMatch(/^\d+[A-K]$/)

    const booking = await t.client.ok('booking', {
      offerId: offer.offerId,
      passengers: await t.client.encryptPassengers([adult(1)]),
      agentContact: CONTACT,
      ancillary: [
        { paxId: 1, segmentIds: bag.segmentIds, auxId: bag.auxId, quantity: 1, auxType: 1 },
        { paxId: '1', segmentIds: [priced.segments[0].segmentId], auxId: seat.seatNo, quantity: 1, auxType: 2 }
      ]
    })
    expect(booking.totalPrice).toBe(Number(new Big(offer.totalPrice).plus(bag.baseFare).plus(seat.price).toFixed(2)))
    const after = await t.client.ok('seatMap', { bookType: '1', offerId: offer.offerId, segments: [] })
    const same = after.seatMaps[0].rows.flatMap((r: Wire) => r.seats).find((s: Wire) => s.seatNo === seat.seatNo)
    expect(same.available).toBe(false)
  })
})

describe('post-sale ancillaries', () => {
  it('books, pays and completes an ancillary order from the balance', async () => {
    const { booking } = await book(t.client)
    await t.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    await t.sandbox.control.advanceClock(2 * MINUTE)

    const offer = await t.client.ok('postsaleAncillaryShopping', { orderNo: booking.orderNo })
    expect(offer.passengers).toEqual([{ paxId: '1', name: adult(1).name }])
    const bag = offer.auxes[0]
    expect(bag.auxId).toMatch(new RegExp(`^[0-9a-f]{32}${booking.segments[0].depAirport}${booking.segments[0].arrAirport}$`))

    const tooMany = await t.client.call('ancillaryBooking', { orderNo: booking.orderNo, partnerOrderNo: '', ancillary: [{ paxId: 1, segmentIds: bag.segmentIds, auxId: bag.auxId, quantity: bag.limitPerPax + 1 }] })
    expect(tooMany.code).toBe('10100010')

    const aux = await t.client.ok('ancillaryBooking', { orderNo: booking.orderNo, partnerOrderNo: '', ancillary: [{ paxId: 1, segmentIds: bag.segmentIds, auxId: bag.auxId, quantity: 1 }] })
    expect(aux).toMatchObject({ auxOrderStatus: '1', orderNo: booking.orderNo, currency: 'CNY', totalPrice: bag.baseFare })
    expect(aux.payDeadline).toBe('2026-03-10T11:02')
    expect(aux.ancillary.baggage[0]).toMatchObject({ paxId: '1', auxId: bag.auxId, quantity: 1, totalPrice: bag.baseFare, weight: bag.weight })
    expect(aux.ancillary.seatInfos).toBeNull()
    expect(aux.passengers).toEqual([{ paxId: '1', name: adult(1).name }])

    const before = await balance(t.client)
    expect((await t.client.call('ancillaryPurchase', { auxOrderNo: aux.auxOrderNo, orderNo: booking.orderNo, currency: 'CNY', totalPrice: aux.totalPrice + 1, paymentMethod: '0' })).code).toBe('52')
    const paid = await t.client.ok('ancillaryPurchase', { auxOrderNo: aux.auxOrderNo, orderNo: booking.orderNo, partnerAuxOrderNo: '', currency: 'CNY', totalPrice: aux.totalPrice, paymentMethod: '0' })
    expect(paid.auxOrderStatus).toBe('2')
    expect(paid.payDeadline).toBeNull()
    expect((await t.client.call('ancillaryPurchase', { auxOrderNo: aux.auxOrderNo, currency: 'CNY', totalPrice: aux.totalPrice, paymentMethod: '0' })).code).toBe('58')
    expect(await balance(t.client)).toBe(new Big(before).minus(String(aux.totalPrice)).toFixed(2))
    await t.sandbox.control.advanceClock(2 * MINUTE)
    const done = await t.client.ok('ancillaryOrderDetail', { auxOrderNo: aux.auxOrderNo, partnerAuxOrderNo: '' })
    expect(done.auxOrderStatus).toBe('3')
    expect(t.sandbox.control.state().ledger.at(-1)).toMatchObject({ kind: 'deduct', ref: `aux:${aux.auxOrderNo}` })
  })

  it('sells no post-sale extras before the tickets exist, so a booking cancelled at its deadline costs nothing', async () => {
    const { booking, priced } = await book(t.client)
    const opening = await balance(t.client)
    // A post-sale bag id, built the way post-sale shopping would have built it (pre-sale id + airport pair).
    const presale = await t.client.ok('presaleAncillaryShopping', { offerId: priced.offer[0].offerId })
    const segment = booking.segments[0]
    const item = [{ paxId: 1, segmentIds: [segment.segmentId], auxId: `${presale.auxes[0].auxId}${segment.depAirport}${segment.arrAirport}`, quantity: 1 }]

    const refusals = async (orderNo: string): Promise<Wire[]> =>
      Promise.all([
        t.client.call('postsaleAncillaryShopping', { orderNo }),
        t.client.call('ancillaryBooking', { orderNo, partnerOrderNo: '', ancillary: item }),
        t.client.call('seatMap', { bookType: '2', offerId: '', orderNo, segments: [] }, { path: '/api/new/seatShopping.do' })
      ])
    for (const answer of await refusals(booking.orderNo)) {
      // Process class (digits 2–3 = 02): the call comes before its time, the parameters are fine.
      expect(answer).toMatchObject({ code: '10200001', data: null })
      expect(answer.message).toContain('not paid yet')
    }
    expect(t.sandbox.control.state().auxOrders).toEqual([])

    await t.sandbox.control.advanceClock(60 * MINUTE)
    expect((await t.client.ok('orderDetail', { orderNo: booking.orderNo })).orderStatus).toBe('15')
    for (const answer of await refusals(booking.orderNo)) expect(answer.code).toBe('10200001')
    expect(await balance(t.client)).toBe(opening)
    const state = t.sandbox.control.state()
    expect(state.auxOrders).toEqual([])
    expect(state.ledger.filter((e) => e.ref.startsWith('aux:'))).toEqual([])
    expect(state.holds).toEqual({})
  })

  it('waits for issuance: a paid booking whose tickets are still being issued gets no extras yet', async () => {
    const { booking } = await book(t.client)
    const opening = await balance(t.client)
    await t.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    const during = await t.client.call('postsaleAncillaryShopping', { orderNo: booking.orderNo })
    expect(during.code).toBe('10200001')
    expect(during.message).toContain('still being issued')

    await t.sandbox.control.advanceClock(2 * MINUTE)
    const offer = await t.client.ok('postsaleAncillaryShopping', { orderNo: booking.orderNo })
    const bag = offer.auxes[0]
    const aux = await t.client.ok('ancillaryBooking', { orderNo: booking.orderNo, partnerOrderNo: '', ancillary: [{ paxId: 1, segmentIds: bag.segmentIds, auxId: bag.auxId, quantity: 1 }] })
    await t.client.ok('ancillaryPurchase', { auxOrderNo: aux.auxOrderNo, currency: 'CNY', totalPrice: aux.totalPrice, paymentMethod: '0' })
    expect(await balance(t.client)).toBe(new Big(opening).minus(String(booking.totalPrice)).minus(String(aux.totalPrice)).toFixed(2))
  })

  it('cancels an unpaid ancillary order at its deadline and books seats after issuance', async () => {
    const { booking } = await book(t.client)
    await t.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    await t.sandbox.control.advanceClock(2 * MINUTE)
    const map = await t.client.ok('seatMap', { bookType: '2', offerId: '', orderNo: booking.orderNo, segments: [] })
    const seat = map.seatMaps[0].rows.flatMap((r: Wire) => r.seats).find((s: Wire) => s.available)
    const aux = await t.client.ok('ancillaryBooking', {
      orderNo: booking.orderNo,
      partnerOrderNo: 'AUX-1',
      ancillary: [{ paxId: '1', segmentIds: [booking.segments[0].segmentId], auxId: seat.seatNo, quantity: 1, auxType: 2 }]
    })
    expect(aux.ancillary.seatInfos).toEqual([{ paxId: '1', segmentId: booking.segments[0].segmentId, seatNo: seat.seatNo, price: seat.price, serviceFee: 0, currency: 'CNY' }])
    await t.sandbox.control.advanceClock(60 * MINUTE)
    expect((await t.client.ok('ancillaryOrderDetail', { auxOrderNo: aux.auxOrderNo })).auxOrderStatus).toBe('4')
    expect((await t.client.call('ancillaryPurchase', { auxOrderNo: aux.auxOrderNo, currency: 'CNY', totalPrice: aux.totalPrice, paymentMethod: '0' })).code).toBe('10200001')
    expect((await t.client.call('ancillaryOrderDetail', { auxOrderNo: '99' })).code).toBe('10100030')
  })
})
