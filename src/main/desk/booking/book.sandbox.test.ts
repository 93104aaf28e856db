import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { BookOutcome } from '../../../shared/domain/booking'
import { add, cmp, sum } from '../../../shared/money'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { SERVER_MAY_STILL_ACT_MS } from '../orders/orderChecks'
import { adult, bookingDesk, bookRequest, child, FAMILY_RETURN, ONE_WAY, type BookingDesk } from '../orders/testing/bookingDesk'
import { failureOf } from '../testing/failureOf'
import { SANDBOX_PROFILE } from '../testing/sandboxTrip'

/**
 * Booking against the FR24 simulator over real HTTP, with its fault injection: every way the
 * answer can be lost ends with exactly one order at FR24, the journal's intent settled, and no
 * money moved (a booking takes none). Prices come from the desk's own price check.
 */
const CREDS = { appKey: 'desk-book-test', appSecret: 'book-secret-42', aesKey: 'abcdef0123456789' }
const OPENING = '80000.00'
/** 2026-03-10 10:00 China time. */
const START = Date.UTC(2026, 2, 10, 2, 0, 0)

let sandbox: RunningSandbox
let clock: ManualClock
let desk: BookingDesk

beforeAll(async () => {
  clock = new ManualClock(START)
  sandbox = await startSandbox({ seed: 'booking-room', account: { ...CREDS, balance: OPENING, currency: 'CNY' }, clock, settings: { priceChangeRate: 0, noSeatsRate: 0 }, log: silentLogger })
})
afterAll(async () => {
  await sandbox?.close()
})
beforeEach(async () => {
  clock.set(START)
  await sandbox.control.reset()
  desk = await bookingDesk({ sandbox, clock, credentials: CREDS })
  return () => desk.stop()
})

const fr24Orders = () => sandbox.control.state().orders.filter((o) => o.orderType === 'ticket')
const bookings = () => desk.journal.movements.since(SANDBOX_PROFILE, 0).filter((m) => m.kind === 'booking')
const balance = () => sandbox.control.state().balance.accountBalance

/** The Sandbox has finished what it was doing with a request the desk stopped waiting for. */
async function sandboxHas(orders: number): Promise<void> {
  await vi.waitFor(() => expect(fr24Orders()).toHaveLength(orders), { timeout: 5_000, interval: 25 })
}

describe('booking against the sandbox', () => {
  it('books a family return with a seat and a bag: fare + seat + bag, one order, recorded with its travellers (no document numbers) and announced', async () => {
    const { offer, extras } = await desk.price(FAMILY_RETURN)
    const request = bookRequest(offer, extras, [adult('TAN', 'WEI'), adult('TAN', 'MEI LING', '1987-02-03'), child('TAN', 'XIAO-HUA', 0)], { seat: true, bag: true })
    expect(cmp(request.expectedTotal, offer.detail.totalPrice)).toBe(1)

    const outcome = await desk.booking.bookOffer(request)

    expect(BookOutcome.safeParse(outcome).success).toBe(true)
    expect(outcome.state).toBe('booked')
    if (outcome.state !== 'booked') return
    expect(outcome.recovered).toBe(false)
    const order = outcome.order
    expect(order).toMatchObject({ state: 'unpaid', payment: 'none', fr24Status: '11', route: 'SIN–HKG–SIN', departZone: 'Asia/Singapore', currency: offer.detail.currency, environment: 'sandbox' })
    expect(cmp(order.total, request.expectedTotal)).toBe(0)
    expect(order.travellers.map((t) => [t.name, t.paxType])).toEqual([
      ['TAN/WEI', 'ADT'],
      ['TAN/MEILING', 'ADT'],
      ['TAN/XIAOHUA', 'CHD']
    ])
    expect(order.extras.map((e) => e.what)).toEqual(['seat', 'bag'])
    expect(order.payDeadline).toBeGreaterThan(START)
    const atFr24 = fr24Orders()
    expect(atFr24.map((o) => o.orderNo)).toEqual([order.orderNo])
    expect(cmp(atFr24[0]!.totalPrice, request.expectedTotal)).toBe(0)
    expect(bookings().map((m) => [m.state, m.orderNo, m.partnerOrderNo])).toEqual([['succeeded', order.orderNo, order.partnerOrderNo]])
    expect(JSON.stringify(desk.journal.orders.get(SANDBOX_PROFILE, order.orderNo))).not.toMatch(/E12345678|K7654321/)
    expect(desk.changes.map((c) => c.orderNo)).toEqual([order.orderNo])
    expect(desk.booking.agencyContact().contact).toEqual(request.contact)
    expect(balance()).toBe(OPENING)
  })

  it('refuses what was not priced: an expired pricing, a changed total, a seat at another price, the wrong passengers — nothing sent', async () => {
    const { offer, extras } = await desk.price(ONE_WAY)
    const base = bookRequest(offer, extras, [adult('LIM', 'ONE')])
    expect((await failureOf(desk.booking.bookOffer({ ...base, expectedTotal: add(base.expectedTotal, '1') }))).error).toMatchObject({ messageKey: 'desk.booking.totalChanged', action: 'reprice' })
    const withSeat = bookRequest(offer, extras, [adult('LIM', 'ONE')], { seat: true })
    const cheaper = { ...withSeat, seats: withSeat.seats.map((s) => ({ ...s, price: '0.01' })), expectedTotal: add(offer.detail.totalPrice, '0.01') }
    expect((await failureOf(desk.booking.bookOffer(cheaper))).error).toMatchObject({ messageKey: 'desk.booking.extrasChanged', action: 'reprice' })
    expect((await failureOf(desk.booking.bookOffer({ ...base, passengers: [adult('LIM', 'ONE'), adult('LIM', 'TWO')] }))).error).toMatchObject({
      messageKey: 'desk.booking.passengerCounts',
      action: 'fix-input'
    })
    clock.advance(31 * 60_000)
    expect((await failureOf(desk.booking.bookOffer(base))).error).toMatchObject({ messageKey: 'desk.booking.pricingExpired', action: 'reprice' })
    expect(desk.sent('booking')).toBe(0)
    expect(bookings()).toEqual([])
  })

  it('two bookOffer calls for one pricing at once send one booking and answer the same order; a third answers it again', async () => {
    const { offer, extras } = await desk.price(ONE_WAY)
    const request = bookRequest(offer, extras, [adult('ONG', 'TWICE')])
    const [first, second] = await Promise.all([desk.booking.bookOffer(request), desk.booking.bookOffer(request)])
    expect(first).toEqual(second)
    const third = await desk.booking.bookOffer(request)
    expect(third.state === 'booked' && third.order.orderNo).toBe(first.state === 'booked' && first.order.orderNo)
    expect(desk.sent('booking')).toBe(1)
    expect(fr24Orders()).toHaveLength(1)
  })

  it('two bookings of different pricings at once both go: one in progress is not a lost one', async () => {
    const a = await desk.price(ONE_WAY)
    const b = await desk.price(ONE_WAY)
    sandbox.control.fault({ op: 'booking', kind: 'latency', latencyMs: 300, count: 2 })
    const first = desk.booking.bookOffer(bookRequest(a.offer, a.extras, [adult('PARALLEL', 'ONE')]))
    // The first is at FR24 (its intent pending in the journal) when the second starts.
    await vi.waitFor(() => expect(sandbox.control.state().faults.map((f) => f.count)).toEqual([1]), { timeout: 5_000, interval: 5 })
    expect(bookings().map((m) => m.state)).toEqual(['pending'])
    const outcomes = await Promise.all([first, desk.booking.bookOffer(bookRequest(b.offer, b.extras, [adult('PARALLEL', 'TWO')]))])
    expect(outcomes.map((o) => o.state)).toEqual(['booked', 'booked'])
    expect(fr24Orders()).toHaveLength(2)
    expect(bookings().map((m) => m.state)).toEqual(['succeeded', 'succeeded'])
  })

  it('dropped after FR24 booked: looked up at once by partner order number, answered booked (recovered), one order', async () => {
    const { offer, extras } = await desk.price(ONE_WAY)
    sandbox.control.fault({ op: 'booking', kind: 'dropAfter' })
    const outcome = await desk.booking.bookOffer(bookRequest(offer, extras, [adult('DROP', 'AFTER')]))
    expect(outcome).toMatchObject({ state: 'booked', recovered: true })
    expect(fr24Orders()).toHaveLength(1)
    expect(bookings().map((m) => [m.state, m.orderNo])).toEqual([['succeeded', fr24Orders()[0]!.orderNo]])
    expect(desk.journal.orders.list(SANDBOX_PROFILE)).toHaveLength(1)
    expect(balance()).toBe(OPENING)
  })

  it('cut off half way after FR24 booked: recovered the same way', async () => {
    const { offer, extras } = await desk.price(ONE_WAY)
    sandbox.control.fault({ op: 'booking', kind: 'truncated' })
    expect(await desk.booking.bookOffer(bookRequest(offer, extras, [adult('CUT', 'OFF')]))).toMatchObject({ state: 'booked', recovered: true })
    expect(fr24Orders()).toHaveLength(1)
    expect(bookings().map((m) => m.state)).toEqual(['succeeded'])
  })

  for (const fault of [
    { name: 'an HTTP 502', spec: { op: 'booking', kind: 'http' as const, status: 502 } },
    { name: 'a body that is not JSON', spec: { op: 'booking', kind: 'malformed' as const } }
  ]) {
    it(`${fault.name} (FR24 did nothing): the lookup finds no order, the intent is settled failed, booking again books once`, async () => {
      const { offer, extras } = await desk.price(ONE_WAY)
      const request = bookRequest(offer, extras, [adult('NOTHING', 'HAPPENED')])
      sandbox.control.fault(fault.spec)
      const lost = await failureOf(desk.booking.bookOffer(request))
      expect(lost.error).toMatchObject({ messageKey: 'desk.booking.notBooked', action: 'retry-now' })
      expect(fr24Orders()).toHaveLength(0)
      expect(bookings().map((m) => m.state)).toEqual(['failed'])

      const again = await desk.booking.bookOffer(request)
      expect(again).toMatchObject({ state: 'booked', recovered: false })
      expect(fr24Orders()).toHaveLength(1)
      expect(bookings().map((m) => m.state)).toEqual(['failed', 'succeeded'])
      // Each attempt had its own partner order number.
      expect(new Set(bookings().map((m) => m.partnerOrderNo)).size).toBe(2)
      expect(balance()).toBe(OPENING)
    })
  }

  it('a timeout while FR24 is still booking: uncertain, and the next bookOffer looks it up first and answers that order (recovered), one order', async () => {
    const { offer, extras } = await desk.price(ONE_WAY)
    const request = bookRequest(offer, extras, [adult('SLOW', 'ANSWER')])
    sandbox.control.fault({ op: 'booking', kind: 'latency', latencyMs: 1_500 })
    const lost = await desk.booking.bookOffer(request)
    expect(lost).toMatchObject({ state: 'uncertain', partnerOrderNo: expect.stringMatching(/^FD/) })
    expect(bookings().map((m) => [m.state, m.note])).toEqual([['uncertain', 'timeout']])

    await sandboxHas(1)
    const found = await desk.booking.bookOffer(request)
    expect(found).toMatchObject({ state: 'booked', recovered: true })
    expect(found.state === 'booked' && found.order.partnerOrderNo).toBe(lost.state === 'uncertain' && lost.partnerOrderNo)
    expect(desk.sent('booking')).toBe(1)
    expect(fr24Orders()).toHaveLength(1)
    expect(bookings().map((m) => m.state)).toEqual(['succeeded'])
  })

  it('a timeout after which FR24 has no order: uncertain while FR24 may still be working, then settled failed and a new booking goes', async () => {
    const { offer, extras } = await desk.price(ONE_WAY)
    const request = bookRequest(offer, extras, [adult('NEVER', 'ARRIVED')])
    // The request waits past the desk's patience and is then refused (expired offer), so FR24 never books it.
    sandbox.control.fault({ op: 'booking', kind: 'latency', latencyMs: 1_000 })
    sandbox.control.fault({ op: 'booking', kind: 'code', code: '20400001', message: 'system error' })
    expect(await desk.booking.bookOffer(request)).toMatchObject({ state: 'uncertain' })
    // Let the Sandbox finish with the request the desk stopped waiting for (it then refuses it).
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    const blocked = await failureOf(desk.booking.bookOffer(request))
    expect(blocked.error).toMatchObject({ messageKey: 'desk.booking.uncertainFirst', action: 'check-order', kind: 'uncertain' })
    clock.advance(SERVER_MAY_STILL_ACT_MS)
    const { offer: again, extras: againExtras } = await desk.price(ONE_WAY)
    expect(await desk.booking.bookOffer(bookRequest(again, againExtras, [adult('NEVER', 'ARRIVED')]))).toMatchObject({ state: 'booked', recovered: false })
    expect(bookings().map((m) => m.state)).toEqual(['failed', 'succeeded'])
    expect(fr24Orders()).toHaveLength(1)
  })

  it('while a lost booking cannot be looked up, no other booking is sent; once FR24 answers, it is recorded and the next one goes', async () => {
    const first = await desk.price(ONE_WAY)
    sandbox.control.fault({ op: 'booking', kind: 'dropAfter' })
    sandbox.control.fault({ op: 'orderDetail', kind: 'http', status: 503, count: 6 })
    expect(await desk.booking.bookOffer(bookRequest(first.offer, first.extras, [adult('FIRST', 'ONE')]))).toMatchObject({ state: 'uncertain' })
    const second = await desk.price(ONE_WAY)
    const refused = await failureOf(desk.booking.bookOffer(bookRequest(second.offer, second.extras, [adult('SECOND', 'ONE')])))
    expect(refused.error).toMatchObject({ messageKey: 'desk.booking.uncertainFirst', action: 'check-order' })
    expect(desk.sent('booking')).toBe(1)

    sandbox.control.clearFaults()
    const booked = await desk.booking.bookOffer(bookRequest(second.offer, second.extras, [adult('SECOND', 'ONE')]))
    expect(booked).toMatchObject({ state: 'booked', recovered: false })
    expect(fr24Orders()).toHaveLength(2)
    expect(bookings().map((m) => m.state)).toEqual(['succeeded', 'succeeded'])
    expect(desk.journal.orders.list(SANDBOX_PROFILE).map((o) => o.travellers[0]!.name).sort()).toEqual(['FIRST/ONE', 'SECOND/ONE'])
  })

  it('the duplicate guard: the same traveller (name and birthday) on an overlapping trip is named, and booking needs the agent’s yes', async () => {
    const first = await desk.price(ONE_WAY)
    const booked = await desk.booking.bookOffer(bookRequest(first.offer, first.extras, [adult('DUPLICATE', 'PERSON')]))
    expect(booked.state).toBe('booked')
    const orderNo = booked.state === 'booked' ? booked.order.orderNo : ''

    const second = await desk.price(ONE_WAY)
    expect(desk.booking.checkDuplicates({ pricingId: second.offer.pricingId, travellers: [{ surname: 'DUPLICATE', givenNames: 'PERSON', birthday: '1985-06-15' }] })).toEqual({
      duplicates: [{ passenger: 0, orderNo, route: 'SIN–HKG', departLocal: expect.stringMatching(/^2026-04-15T/) }]
    })
    // Another birthday is another person.
    expect(desk.booking.checkDuplicates({ pricingId: second.offer.pricingId, travellers: [{ surname: 'DUPLICATE', givenNames: 'PERSON', birthday: '1990-01-01' }] })).toEqual({ duplicates: [] })
    const refused = await failureOf(desk.booking.bookOffer(bookRequest(second.offer, second.extras, [adult('DUPLICATE', 'PERSON')])))
    expect(refused.error).toMatchObject({ messageKey: 'desk.booking.duplicates', action: 'fix-input', params: { count: 1 } })
    expect(desk.sent('booking')).toBe(1)
    expect(await desk.booking.bookOffer(bookRequest(second.offer, second.extras, [adult('DUPLICATE', 'PERSON')], { allowDuplicates: true }))).toMatchObject({ state: 'booked' })
    expect(fr24Orders()).toHaveLength(2)
  })

  it('the seat and bag prices come from the kept extras: the total booked is fare + seat + bag exactly', async () => {
    const { offer, extras } = await desk.price(ONE_WAY)
    const request = bookRequest(offer, extras, [adult('EXTRA', 'BAGS')], { seat: true, bag: true })
    expect(request.expectedTotal).toBe(add(offer.detail.totalPrice, sum([request.seats[0]!.price, request.bags[0]!.price])))
    const outcome = await desk.booking.bookOffer(request)
    expect(outcome.state === 'booked' && cmp(outcome.order.total, request.expectedTotal)).toBe(0)
  })
})
