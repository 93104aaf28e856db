import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Big from 'big.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MINUTE } from '../world/time'
import { balance, book, testSandbox, type TestSandbox, type Trip } from '../testing/fixtures'
import type { Wire } from '../testing/client'
import { savedState } from '../testing/savedState'

/**
 * Post-sale bags follow their tickets (fr24-inferences X28–X30): a voided
 * or refunded passenger's bags come back to the wallet, to the cent, and
 * such a passenger is neither offered nor sold new ones.
 */

let t: TestSandbox
beforeEach(async () => {
  t = await testSandbox()
})
afterEach(async () => {
  await t.close()
})

const voidable = (offers: Wire[]): Wire => offers.find((o) => o.productTag.voidingCondition)

/** Booked, paid and issued; returns the order as orderDetail shows it. */
async function ticketed(trip: Trip = {}): Promise<Wire> {
  const { booking } = await book(t.client, trip)
  await t.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
  await t.sandbox.control.advanceClock(2 * MINUTE)
  return t.client.ok('orderDetail', { orderNo: booking.orderNo })
}

const pax = (order: Wire, i: number) => ({ paxId: order.passengers[i].paxId, name: order.passengers[i].name })

/** Books one bag per named passenger (the 20 kg one for the first, the 30 kg one for the others). */
async function bookBags(order: Wire, paxIds: string[]): Promise<Wire> {
  const offer = await t.client.ok('postsaleAncillaryShopping', { orderNo: order.orderNo })
  const [small, large] = offer.auxes
  return t.client.ok('ancillaryBooking', {
    orderNo: order.orderNo,
    partnerOrderNo: '',
    ancillary: paxIds.map((paxId, i) => {
      const bag = i === 0 ? small : large
      return { paxId, segmentIds: bag.segmentIds, auxId: bag.auxId, quantity: 1, auxType: 1 }
    })
  })
}

async function pay(aux: Wire): Promise<Wire> {
  return t.client.ok('ancillaryPurchase', { auxOrderNo: aux.auxOrderNo, orderNo: aux.orderNo, currency: aux.currency, totalPrice: aux.totalPrice, paymentMethod: '0' })
}

const bagsOf = (aux: Wire, paxId: string): Big =>
  aux.ancillary.baggage.filter((b: Wire) => b.paxId === paxId).reduce((sum: Big, b: Wire) => sum.plus(String(b.totalPrice)), new Big(0))

const auxStatus = async (aux: Wire): Promise<string> => (await t.client.ok('ancillaryOrderDetail', { auxOrderNo: aux.auxOrderNo })).auxOrderStatus

describe('a void takes the post-sale bags with it', () => {
  it('credits a completed bag purchase back when its ticket is voided', async () => {
    const opening = await balance(t.client)
    const order = await ticketed({ pick: voidable })
    const aux = await bookBags(order, ['1'])
    await pay(aux)
    await t.sandbox.control.advanceClock(2 * MINUTE)
    expect(await auxStatus(aux)).toBe('3')
    const beforeVoid = await balance(t.client)
    expect(beforeVoid).toBe(new Big(opening).minus(String(order.totalPrice)).minus(String(aux.totalPrice)).toFixed(2))

    const v = await t.client.ok('voidRequest', { tktOrderNo: order.orderNo, partnerOrderNo: '', passengers: [pax(order, 0)] })
    await t.sandbox.control.advanceClock(10 * MINUTE)
    expect((await t.client.ok('orderDetail', { orderNo: v.voidOrderNo })).orderStatus).toBe('38')
    // Ticket and bag both back: the wallet is where it started.
    expect(await balance(t.client)).toBe(opening)
    expect(await auxStatus(aux)).toBe('4')
    const credit = t.sandbox.control.state().ledger.find((e) => e.kind === 'credit' && e.ref === `aux:${aux.auxOrderNo}`)
    expect(credit?.amount).toBe(new Big(String(aux.totalPrice)).toFixed(2))
  })

  it('credits only the voided passenger’s part of a shared bag order and stops selling to them', async () => {
    const order = await ticketed({ adultNum: 2, pick: voidable })
    const aux = await bookBags(order, ['1', '2'])
    await pay(aux)
    await t.sandbox.control.advanceClock(2 * MINUTE)
    const beforeVoid = await balance(t.client)

    const v = await t.client.ok('voidRequest', { tktOrderNo: order.orderNo, passengers: [pax(order, 0)] })
    await t.sandbox.control.advanceClock(10 * MINUTE)
    const voided = await t.client.ok('orderDetail', { orderNo: v.voidOrderNo })
    expect(voided.orderStatus).toBe('38')
    const expected = new Big(beforeVoid).plus(String(voided.refundAmount)).plus(bagsOf(aux, '1'))
    expect(await balance(t.client)).toBe(expected.toFixed(2))
    // The other traveller still flies with the bag paid for.
    expect(await auxStatus(aux)).toBe('3')

    const offer = await t.client.ok('postsaleAncillaryShopping', { orderNo: order.orderNo })
    expect(offer.passengers).toEqual([pax(order, 1)])
    const bag = offer.auxes[0]
    const refused = await t.client.call('ancillaryBooking', { orderNo: order.orderNo, partnerOrderNo: '', ancillary: [{ paxId: '1', segmentIds: bag.segmentIds, auxId: bag.auxId, quantity: 1 }] })
    expect(refused).toMatchObject({ code: '10200001', data: null })
  })

  it('releases a purchase still pending and cancels an unpaid one when the void completes', async () => {
    const opening = await balance(t.client)
    const order = await ticketed({ pick: voidable })
    // Purchases now take longer to complete than the void.
    t.sandbox.control.setSettings({ issuanceDelayMs: 30 * MINUTE })
    const paid = await bookBags(order, ['1'])
    await pay(paid)
    const unpaid = await bookBags(order, ['1'])
    await t.client.ok('voidRequest', { tktOrderNo: order.orderNo, passengers: [pax(order, 0)] })

    // While the void is pending the passenger's tickets are tied up: no more extras.
    const during = await t.client.call('ancillaryPurchase', { auxOrderNo: unpaid.auxOrderNo, currency: 'CNY', totalPrice: unpaid.totalPrice, paymentMethod: '0' })
    expect(during.code).toBe('10200001')
    expect((await t.client.call('postsaleAncillaryShopping', { orderNo: order.orderNo })).code).toBe('10200001')

    await t.sandbox.control.advanceClock(10 * MINUTE)
    expect(await auxStatus(paid)).toBe('4')
    expect(await auxStatus(unpaid)).toBe('4')
    expect(await balance(t.client)).toBe(opening)
    const state = t.sandbox.control.state()
    expect(state.holds).toEqual({})
    expect(state.ledger.filter((e) => e.ref === `aux:${paid.auxOrderNo}`).map((e) => e.kind)).toEqual(['freeze', 'release'])
    // Nothing happens to them later either.
    await t.sandbox.control.advanceClock(30 * MINUTE)
    expect(await balance(t.client)).toBe(opening)
  })
})

describe('a refunded passenger', () => {
  it('is not offered bags, is refused with a process error, and gets the bag money back', async () => {
    const order = await ticketed({ adultNum: 2 })
    const aux = await bookBags(order, ['1'])
    await pay(aux)
    await t.sandbox.control.advanceClock(2 * MINUTE)
    const beforeRefund = await balance(t.client)

    const quote = await t.client.ok('refundRequest', { tktOrderNo: order.orderNo, partnerOrderNo: '', passengers: [pax(order, 0)] })
    await t.client.ok('refundConfirming', { refundOrderNo: quote.refundOrderNo })
    await t.sandbox.control.advanceClock(10 * MINUTE)
    expect((await t.client.ok('orderDetail', { orderNo: quote.refundOrderNo })).orderStatus).toBe('30')
    expect(await balance(t.client)).toBe(new Big(beforeRefund).plus(String(quote.refundAmount)).plus(String(aux.totalPrice)).toFixed(2))

    const offer = await t.client.ok('postsaleAncillaryShopping', { orderNo: order.orderNo })
    expect(offer.passengers).toEqual([pax(order, 1)])
    const bag = offer.auxes[0]
    const item = (paxId: string) => [{ paxId, segmentIds: bag.segmentIds, auxId: bag.auxId, quantity: 1 }]
    const refunded = await t.client.call('ancillaryBooking', { orderNo: order.orderNo, partnerOrderNo: '', ancillary: item('1') })
    expect(refunded).toMatchObject({ code: '10200001', data: null })
    expect(refunded.message).toContain('refunded or voided')
    // Someone who was never on the order is still a parameter error.
    expect((await t.client.call('ancillaryBooking', { orderNo: order.orderNo, partnerOrderNo: '', ancillary: item('9') })).code).toBe('10100010')
    expect((await t.client.ok('ancillaryBooking', { orderNo: order.orderNo, partnerOrderNo: '', ancillary: item('2') })).auxOrderStatus).toBe('1')

    // Once nobody is left, there is nothing to offer.
    const last = await t.client.ok('refundRequest', { tktOrderNo: order.orderNo, passengers: [pax(order, 1)] })
    await t.client.ok('refundConfirming', { refundOrderNo: last.refundOrderNo })
    await t.sandbox.control.advanceClock(10 * MINUTE)
    expect((await t.client.call('postsaleAncillaryShopping', { orderNo: order.orderNo })).code).toBe('10200001')
  })
})

describe('a booking cancelled at its payment deadline', () => {
  it('gives back a bag an older sandbox sold on it before payment', async () => {
    // Sandboxes before this rule sold bags on unpaid bookings; such a purchase may sit in a saved state.
    const dir = mkdtempSync(join(tmpdir(), 'fr24-sandbox-'))
    try {
      const first = await testSandbox({ statePath: join(dir, 'first') })
      const opening = await balance(first.client)
      const { booking, priced } = await book(first.client)
      const presale = await first.client.ok('presaleAncillaryShopping', { offerId: priced.offer[0].offerId })
      await first.close()

      // Such a state comes as an older sandbox's JSON file, which the sandbox imports.
      const file = join(dir, 'fr24-sandbox-state.json')
      const saved = JSON.parse(JSON.stringify(savedState(join(dir, 'first', 'fr24-sandbox-state.sqlite'))))
      const bag = presale.auxes[0]
      const price = new Big(String(bag.baseFare))
      saved.auxOrders['18500000000000001'] = {
        auxOrderNo: '18500000000000001',
        status: '3',
        partnerAuxOrderNo: null,
        orderNo: booking.orderNo,
        createdAt: saved.orders[booking.orderNo].createdAt,
        payDeadlineAt: null,
        dueAt: null,
        currency: 'CNY',
        totalPrice: price.toFixed(),
        baggage: [{ paxId: '1', segmentIds: bag.segmentIds, auxId: bag.auxId, auxType: 1, quantity: 1, unitPrice: price.toFixed(), serviceFee: '0', size: 'e', piece: 1, weight: bag.weight, type: 'CHECK_IN' }],
        seats: [],
        paxIds: ['1'],
        segmentIds: bag.segmentIds,
        history: [{ status: '3', at: saved.orders[booking.orderNo].createdAt }]
      }
      saved.ledger.cash = new Big(saved.ledger.cash).minus(price).toFixed()
      writeFileSync(file, JSON.stringify(saved))

      const second = await testSandbox({ statePath: dir })
      try {
        expect(await balance(second.client)).toBe(new Big(opening).minus(price).toFixed(2))
        await second.sandbox.control.advanceClock(60 * MINUTE)
        expect((await second.client.ok('orderDetail', { orderNo: booking.orderNo })).orderStatus).toBe('15')
        expect((await second.client.ok('ancillaryOrderDetail', { auxOrderNo: '18500000000000001' })).auxOrderStatus).toBe('4')
        expect(await balance(second.client)).toBe(opening)
      } finally {
        await second.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
