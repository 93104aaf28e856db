import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { PayOutcome, PayQuote, type OrderView } from '../../../shared/domain/booking'
import { add, cmp, sub } from '../../../shared/money'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { failureOf } from '../testing/failureOf'
import { SANDBOX_PROFILE } from '../testing/sandboxTrip'
import { SERVER_MAY_STILL_ACT_MS } from './orderChecks'
import { adult, bookingDesk, bookRequest, ONE_WAY, type BookingDesk } from './testing/bookingDesk'

/**
 * Paying from the balance (ticketing) against the FR24 simulator over real HTTP, with its fault
 * injection: whatever happens to the answer, FR24 takes the money at most once, the balance moves
 * by exactly the order's total or not at all, and the journal's intent ends settled.
 */
const CREDS = { appKey: 'desk-pay-test', appSecret: 'pay-secret-77', aesKey: '0011223344556677' }
const OPENING = '80000.00'
const START = Date.UTC(2026, 2, 10, 2, 0, 0)

let sandbox: RunningSandbox
let clock: ManualClock
let desk: BookingDesk

beforeAll(async () => {
  clock = new ManualClock(START)
  sandbox = await startSandbox({ seed: 'paying-room', account: { ...CREDS, balance: OPENING, currency: 'CNY' }, clock, settings: { priceChangeRate: 0, noSeatsRate: 0 }, log: silentLogger })
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

const balance = () => sandbox.control.state().balance.accountBalance
const fr24Order = (orderNo: string) => sandbox.control.state().orders.find((o) => o.orderNo === orderNo)
const ticketings = (orderNo: string) => desk.journal.movements.forOrder(SANDBOX_PROFILE, orderNo, 'ticketing')
/** How many times FR24's ledger held money for the order (a payment freezes once, then deducts it at issue). */
const taken = (orderNo: string) => sandbox.control.state().ledger.filter((e) => e.ref === orderNo && e.kind === 'freeze').length

async function booked(name: string): Promise<OrderView> {
  const { offer, extras } = await desk.price(ONE_WAY)
  const outcome = await desk.booking.bookOffer(bookRequest(offer, extras, [adult('PAYER', name)], { bag: true }))
  if (outcome.state !== 'booked') throw new Error('not booked')
  return outcome.order
}

const payOf = (order: OrderView) => ({ orderNo: order.orderNo, amount: order.total, currency: order.currency })

/** The balance after exactly one payment of the order. */
const paidOnce = (order: OrderView) => sub(OPENING, order.total)

describe('paying against the sandbox', () => {
  it('quotes, pays once, follows the order to ticketed with ticket numbers; the balance moves by exactly the total', async () => {
    const order = await booked('ALPHA')
    const quote = await desk.orders.payQuote({ orderNo: order.orderNo })
    expect(PayQuote.safeParse(quote).success).toBe(true)
    expect(quote).toMatchObject({ amount: order.total, currency: order.currency, amountChanged: false, environment: 'sandbox' })
    expect(cmp(quote.balance, OPENING)).toBe(0)
    expect(cmp(quote.availableBefore, OPENING)).toBe(0)
    expect(cmp(quote.availableAfter, sub(OPENING, order.total))).toBe(0)
    expect(quote.shortBy).toBeUndefined()

    const outcome = await desk.orders.payOrder(payOf(order))
    expect(PayOutcome.safeParse(outcome).success).toBe(true)
    expect(outcome).toMatchObject({ state: 'paid', already: false, order: { state: 'ticketing', payment: 'paid', fr24Status: '12' } })
    expect(cmp(balance(), paidOnce(order))).toBe(0)
    expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['succeeded'])

    await sandbox.control.advanceClock(10 * 60_000)
    const ticketed = await desk.orders.orderView({ orderNo: order.orderNo, refresh: true })
    expect(ticketed).toMatchObject({ state: 'ticketed', payment: 'paid', fr24Status: '13' })
    expect(ticketed.travellers[0]?.ticketNo).toMatch(/\d/)
    expect(ticketed.history.map((h) => [h.state, h.fr24Status])).toEqual([
      ['unpaid', '11'],
      ['ticketing', '12'],
      ['ticketed', '13']
    ])
    expect(desk.changes.map((c) => c.state)).toEqual(['unpaid', 'ticketing', 'ticketed'])
    expect(desk.orders.localOrders().orders.map((o) => [o.orderNo, o.state])).toEqual([[order.orderNo, 'ticketed']])
  })

  it('pay after paid sends nothing and answers paid already', async () => {
    const order = await booked('BRAVO')
    await desk.orders.payOrder(payOf(order))
    const again = await desk.orders.payOrder(payOf(order))
    expect(again).toMatchObject({ state: 'paid', already: true })
    expect(desk.sent('ticketing')).toBe(1)
    expect(cmp(balance(), paidOnce(order))).toBe(0)
  })

  it('two payOrder calls at once send one ticketing: one pays, the other answers paid already', async () => {
    const order = await booked('CHARLIE')
    const outcomes = await Promise.all([desk.orders.payOrder(payOf(order)), desk.orders.payOrder(payOf(order))])
    expect(outcomes.map((o) => o.state === 'paid' && o.already).sort()).toEqual([false, true])
    expect(desk.sent('ticketing')).toBe(1)
    expect(taken(order.orderNo)).toBe(1)
    expect(cmp(balance(), paidOnce(order))).toBe(0)
  })

  it('dropped after FR24 took the money: checked at once, answered paid, paid once', async () => {
    const order = await booked('DELTA')
    sandbox.control.fault({ op: 'ticketing', kind: 'dropAfter' })
    expect(await desk.orders.payOrder(payOf(order))).toMatchObject({ state: 'paid', already: false })
    expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['succeeded'])
    expect(await desk.orders.payOrder(payOf(order))).toMatchObject({ state: 'paid', already: true })
    expect(desk.sent('ticketing')).toBe(1)
    expect(cmp(balance(), paidOnce(order))).toBe(0)
  })

  it('cut off half way after FR24 took the money: checked at once, answered paid, paid once', async () => {
    const order = await booked('DELTA-CUT')
    sandbox.control.fault({ op: 'ticketing', kind: 'truncated' })
    expect(await desk.orders.payOrder(payOf(order))).toMatchObject({ state: 'paid', already: false })
    expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['succeeded'])
    expect(taken(order.orderNo)).toBe(1)
    expect(cmp(balance(), paidOnce(order))).toBe(0)
  })

  for (const fault of [
    { name: 'an HTTP 500', spec: { op: 'ticketing', kind: 'http' as const, status: 500 } },
    { name: 'a body that is not JSON', spec: { op: 'ticketing', kind: 'malformed' as const } }
  ]) {
    it(`${fault.name} (FR24 took nothing): the order is still unpaid, the intent settled failed, paying again pays once`, async () => {
      const order = await booked('ECHO')
      sandbox.control.fault(fault.spec)
      const lost = await failureOf(desk.orders.payOrder(payOf(order)))
      expect(lost.error).toMatchObject({ messageKey: 'desk.orders.notPaid', action: 'retry-now' })
      expect(cmp(balance(), OPENING)).toBe(0)
      expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['failed'])
      expect(fr24Order(order.orderNo)?.status).toBe('11')

      expect(await desk.orders.payOrder(payOf(order))).toMatchObject({ state: 'paid', already: false })
      expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['failed', 'succeeded'])
      expect(taken(order.orderNo)).toBe(1)
      expect(cmp(balance(), paidOnce(order))).toBe(0)
    })
  }

  it('a timeout while FR24 is still paying: uncertain (nothing more sent), then the next payOrder checks first and answers paid already', async () => {
    const order = await booked('FOXTROT')
    sandbox.control.fault({ op: 'ticketing', kind: 'latency', latencyMs: 1_500 })
    const lost = await desk.orders.payOrder(payOf(order))
    expect(lost).toMatchObject({ state: 'uncertain', order: { payment: 'uncertain' } })
    expect(ticketings(order.orderNo).map((m) => [m.state, m.note])).toEqual([['uncertain', 'timeout']])

    await vi.waitFor(() => expect(fr24Order(order.orderNo)?.status).toBe('12'), { timeout: 5_000, interval: 25 })
    expect(await desk.orders.payOrder(payOf(order))).toMatchObject({ state: 'paid', already: true })
    expect(desk.sent('ticketing')).toBe(1)
    expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['succeeded'])
    expect(cmp(balance(), paidOnce(order))).toBe(0)
  })

  it('a timeout and FR24 never took it: nothing is sent again while it may still be working; then settled failed and paid once', async () => {
    const order = await booked('GOLF')
    sandbox.control.fault({ op: 'ticketing', kind: 'latency', latencyMs: 1_000 })
    sandbox.control.fault({ op: 'ticketing', kind: 'code', code: '20400001', message: 'system error' })
    expect(await desk.orders.payOrder(payOf(order))).toMatchObject({ state: 'uncertain' })
    // Let the Sandbox finish with the request the desk stopped waiting for (it refuses it).
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    const blocked = await failureOf(desk.orders.payOrder(payOf(order)))
    expect(blocked.error).toMatchObject({ messageKey: 'desk.orders.uncertainFirst', action: 'check-order' })
    expect(desk.sent('ticketing')).toBe(1)

    clock.advance(SERVER_MAY_STILL_ACT_MS)
    expect(await desk.orders.payOrder(payOf(order))).toMatchObject({ state: 'paid', already: false })
    expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['failed', 'succeeded'])
    expect(cmp(balance(), paidOnce(order))).toBe(0)
  })

  it('a short balance: the quote and the refusal both say how much is missing; nothing is taken', async () => {
    const order = await booked('HOTEL')
    await sandbox.control.setBalance('100.00')
    const quote = await desk.orders.payQuote({ orderNo: order.orderNo })
    expect(quote.shortBy).toBe(sub(order.total, '100'))
    const refused = await failureOf(desk.orders.payOrder(payOf(order)))
    expect(refused.error).toMatchObject({ messageKey: 'desk.orders.insufficientBalance', action: 'top-up-balance', code: '56', params: { missing: sub(order.total, '100'), currency: order.currency } })
    expect(cmp(balance(), '100')).toBe(0)
    expect(ticketings(order.orderNo).map((m) => m.state)).toEqual(['failed'])
    expect(desk.journal.orders.get(SANDBOX_PROFILE, order.orderNo)).toMatchObject({ state: 'unpaid', payment: 'failed' })
  })

  it('an amount other than the order’s is refused before anything is sent', async () => {
    const order = await booked('INDIA')
    const refused = await failureOf(desk.orders.payOrder({ ...payOf(order), amount: add(order.total, '1') }))
    expect(refused.error).toMatchObject({ messageKey: 'desk.orders.amountChanged', action: 'fix-input' })
    expect(desk.sent('ticketing')).toBe(0)
  })
})

describe('paying on a Production account', () => {
  let production: BookingDesk
  beforeEach(async () => {
    production = await bookingDesk({ sandbox, clock, credentials: CREDS, environment: 'production' })
    return () => production.stop()
  })

  it('needs the amount typed again, equal to the amount; then pays once', async () => {
    const { offer, extras } = await production.price(ONE_WAY)
    const outcome = await production.booking.bookOffer(bookRequest(offer, extras, [adult('REAL', 'MONEY')]))
    if (outcome.state !== 'booked') throw new Error('not booked')
    const order = outcome.order
    expect(order.environment).toBe('production')
    const pay = payOf(order)
    expect((await failureOf(production.orders.payOrder(pay))).error).toMatchObject({ messageKey: 'desk.orders.confirmAmount', action: 'fix-input' })
    expect((await failureOf(production.orders.payOrder({ ...pay, confirmedAmount: add(order.total, '0.01') }))).error).toMatchObject({ messageKey: 'desk.orders.confirmAmount' })
    expect(production.sent('ticketing')).toBe(0)
    expect(await production.orders.payOrder({ ...pay, confirmedAmount: order.total })).toMatchObject({ state: 'paid', already: false })
    expect(cmp(balance(), sub(OPENING, order.total))).toBe(0)
  })
})
