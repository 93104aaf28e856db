import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { reconciliationHints } from '../../../shared/balance/reconcile'
import type { BalanceView } from '../../../shared/domain/balanceView'
import { add, cmp, sub } from '../../../shared/money'
import { createFr24Client, type Fr24Client } from '../../fr24'
import { parseServerTime } from '../../fr24/serverTime'
import type { Offer } from '../../fr24/schema/common'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { EventHub } from '../core/events'
import { Fr24Clients } from '../core/fr24Clients'
import { Journal } from '../../journal/journal'
import type { Fr24Connection } from '../core/fr24Clients'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'
import { adultPassenger, AGENT_CONTACT, ONE_ADULT_SIN_HKG, SANDBOX_PROFILE, sandboxOnly } from '../testing/sandboxTrip'
import { BalanceMonitor } from './monitor'
import { trayOf } from './testing/trayOf'
import { FakeTimers } from '../../util/testing/fakeTimers'

/**
 * The balance monitor against the FR24 simulator over real HTTP, through the desk's own
 * FR24 client: money the desk pays and gets back shows in the balance and in "available
 * to spend" to the cent; a broken connection makes the figure stale with the reason.
 */
const CREDS = { appKey: 'desk-balance-test', appSecret: 'balance-secret-7', aesKey: '0123456789abcdef' }
const OPENING = '80000.00'
/** 2026-03-10 10:00 China time. */
const START = Date.UTC(2026, 2, 10, 2, 0, 0)
const MINUTE = 60_000

const refundable = (o: Offer) => !(o.rules?.refund ?? []).some((r) => r.refundPolicy === 'notAllowed')


let sandbox: RunningSandbox
let clock: ManualClock
let fr24: Fr24Client
let connection: Fr24Connection

/** Time moves on between an agent's steps (readings and calls never share a millisecond). */
const tick = () => clock.advance(1000)

beforeAll(async () => {
  clock = new ManualClock(START)
  sandbox = await startSandbox({
    seed: 'balance-desk',
    account: { ...CREDS, balance: OPENING, currency: 'CNY' },
    clock,
    settings: { priceChangeRate: 0, noSeatsRate: 0 },
    log: silentLogger
  })
  connection = { profileId: SANDBOX_PROFILE, environment: 'sandbox', baseUrl: sandbox.url, credentials: async () => CREDS }
  fr24 = createFr24Client({ baseUrl: sandbox.url, credentials: async () => CREDS, clock, retry: { baseDelayMs: 5, maxDelayMs: 20 } })
})

afterAll(async () => {
  await sandbox?.close()
})

describe('balance desk against the sandbox', () => {
  let journal: Journal
  let monitor: BalanceMonitor

  beforeEach(async () => {
    await sandbox.control.reset()
    sandbox.control.clearFaults()
    journal = new Journal(':memory:', clock)
    const clients = new Fr24Clients({ clock, log: silentLogger })
    monitor = new BalanceMonitor({
      clock,
      timers: new FakeTimers(clock),
      journal,
      hub: new EventHub(),
      settings: new MemorySettingsStore(),
      profiles: { accounts: async () => sandboxOnly },
      readBalance: () => clients.readBalance(connection)
    })
    await monitor.start()
    await monitor.refresh()
    tick()
    return () => {
      monitor.stop()
      journal.close()
    }
  })

  /** Books one adult the way the desk's booking flow will: journal first, then the call. */
  async function book(name: string, pick: (o: Offer) => boolean = () => true) {
    const shop = await fr24.shopping(ONE_ADULT_SIN_HKG)
    const offer = shop.data.offers.find(pick)
    if (!offer) throw new Error('no suitable offer in the sandbox answer')
    const price = await fr24.pricing({ offerId: offer.offerId, adultNum: 1 })
    const priced = price.data.offer[0]!
    tick()
    const intent = journal.movements.recordIntent({
      profileId: SANDBOX_PROFILE,
      kind: 'booking',
      partnerOrderNo: `DESK-${name}`,
      amount: priced.totalPrice!,
      currency: priced.currency!
    })
    const booking = await fr24.booking({
      offerId: priced.offerId,
      partnerOrderNo: `DESK-${name}`,
      passengers: [adultPassenger(name)],
      agentContact: AGENT_CONTACT
    })
    const order = booking.data
    journal.movements.settle(intent.id, {
      state: 'succeeded',
      orderNo: order.orderNo,
      traceId: booking.traceId,
      payDeadline: parseServerTime(order.payDeadline)!
    })
    return order
  }

  /** Pays an order from the balance: intent, noteMoneyCall, ticketing, settle, noteMoneyCall. */
  async function pay(order: { orderNo: string; totalPrice: string; currency: string }): Promise<{ whileSending: BalanceView; after: BalanceView }> {
    tick()
    const intent = journal.movements.recordIntent({ profileId: SANDBOX_PROFILE, kind: 'ticketing', orderNo: order.orderNo, amount: order.totalPrice, currency: order.currency })
    monitor.noteMoneyCall()
    const whileSending = await monitor.refresh()
    const reply = await fr24.ticketing({ orderNo: order.orderNo, currency: order.currency, totalPrice: order.totalPrice })
    tick()
    journal.movements.settle(intent.id, { state: 'succeeded', traceId: reply.traceId })
    monitor.noteMoneyCall()
    return { whileSending, after: await monitor.refresh() }
  }

  it('paying for an order moves the balance and available to spend by exactly its price', async () => {
    const before = monitor.view()
    expect(before.figures?.snapshot.balance).toBe('80000')
    expect(before.figures?.available.amount).toBe('80000')
    expect(before.level).toBe('ok')

    const order = await book('TRAVELLER/ALPHA')
    const price = order.totalPrice
    // Booked, not paid: the tray lists it with its deadline; no money has moved.
    const booked = monitor.view()
    expect(trayOf(monitor, { journal }).view().menu.some((m) => m.type === 'deadline' && m.orderNo === order.orderNo)).toBe(true)
    expect(booked.figures?.available.amount).toBe('80000')

    const { whileSending, after } = await pay(order)
    // Sent but not yet answered: FR24 has not taken it, the desk already counts it.
    expect(whileSending.figures?.snapshot.balance).toBe('80000')
    expect(whileSending.figures?.available).toMatchObject({ committed: price, amount: sub('80000', price) })
    // Paid: FR24 took it, nothing is counted twice.
    expect(cmp(after.figures!.snapshot.balance, sub(OPENING, price))).toBe(0)
    expect(after.figures?.available).toMatchObject({ committed: '0' })
    expect(cmp(after.figures!.available.amount, sub(OPENING, price))).toBe(0)
    expect(trayOf(monitor, { journal }).view().menu.some((m) => m.type === 'deadline')).toBe(false)

    // Tickets issued later: FR24 turns the hold into a deduction; the figures do not move again.
    await sandbox.control.advanceClock(30 * MINUTE)
    tick()
    const issued = await monitor.refresh()
    expect(cmp(issued.figures!.available.amount, sub(OPENING, price))).toBe(0)

    const history = monitor.history(0)
    expect(history.samples.length).toBeGreaterThanOrEqual(4)
    expect(reconciliationHints(history.samples, monitor.movements(0).movements)).toEqual([])
  })

  it('a refund moves them back when FR24 returns the money, and money paid elsewhere is flagged', async () => {
    const order = await book('TRAVELLER/BRAVO', refundable)
    await pay(order)
    await sandbox.control.advanceClock(30 * MINUTE)
    const paid = await monitor.refresh()
    const afterPayment = paid.figures!.available.amount

    const detail = await fr24.orderDetail({ orderNo: order.orderNo })
    expect(detail.data.orderStatus).toBe('13')
    const segments = detail.data.segments!.map((s) => ({
      carrier: s.carrier!,
      flightNo: s.flightNo!,
      depAirport: s.depAirport!,
      depTime: s.depTime!,
      arrAirport: s.arrAirport!,
      arrTime: s.arrTime!
    }))
    const passengers = [{ paxId: '1', name: 'TRAVELLER/BRAVO', birthday: '1985-06-15', gender: 'M' as const }]
    tick()
    const quote = await fr24.refundRequest({ tktOrderNo: order.orderNo, passengers, segments, refundReason: '0' })
    const refundAmount = quote.data.refundAmount!
    const intent = journal.movements.recordIntent({
      profileId: SANDBOX_PROFILE,
      kind: 'refundConfirming',
      orderNo: quote.data.refundOrderNo,
      amount: refundAmount,
      currency: quote.data.currency!
    })
    const confirm = await fr24.refundConfirming({ refundOrderNo: quote.data.refundOrderNo, refundReason: '0' })
    tick()
    journal.movements.settle(intent.id, { state: 'succeeded', traceId: confirm.traceId })
    monitor.noteMoneyCall()
    // Confirmed, not returned yet: a refund is never counted before FR24 pays it back.
    expect((await monitor.refresh()).figures!.available.amount).toBe(afterPayment)

    await sandbox.control.advanceClock(24 * 60 * MINUTE)
    tick()
    const refunded = await monitor.refresh()
    expect(cmp(refunded.figures!.available.amount, add(afterPayment, refundAmount))).toBe(0)
    expect(cmp(refunded.figures!.snapshot.balance, add(afterPayment, refundAmount))).toBe(0)
    expect(reconciliationHints(monitor.history(0).samples, monitor.movements(0).movements)).toEqual([])

    // Someone pays on the FR24 portal: the desk did not send it, the screen says so.
    const elsewhere = await book('TRAVELLER/PORTAL')
    tick()
    await fr24.ticketing({ orderNo: elsewhere.orderNo, currency: elsewhere.currency, totalPrice: elsewhere.totalPrice })
    tick()
    await monitor.refresh()
    const hints = reconciliationHints(monitor.history(0).samples, monitor.movements(0).movements)
    expect(hints).toHaveLength(1)
    expect(cmp(hints[0]!.unexplained, sub('0', elsewhere.totalPrice))).toBe(0)
  })

  it('a network failure makes the figure stale with the reason; recovery clears it', async () => {
    sandbox.control.fault({ op: 'selectBalance', kind: 'dropBefore', count: 10 })
    const broken = await monitor.refresh()
    expect(broken.figures?.snapshot.balance).toBe('80000')
    expect(broken.stale).toBe(true)
    expect(broken.staleReason).toMatchObject({ kind: 'offline', error: { kind: 'network' } })
    expect(broken.level).toBe('stale')
    expect(broken.consecutiveFailures).toBe(1)
    expect(broken.nextRefreshAt).toBe(clock.now() + 30_000)

    sandbox.control.clearFaults()
    const recovered = await monitor.refresh()
    expect(recovered.stale).toBe(false)
    expect(recovered.staleReason).toBeUndefined()
    expect(recovered.level).toBe('ok')
  })

  it('an FR24 error keeps its code and trace id in the reason', async () => {
    sandbox.control.fault({ op: 'selectBalance', kind: 'code', code: '20400001', message: 'system busy', count: 10 })
    const view = await monitor.refresh()
    expect(view.staleReason?.kind).toBe('fr24')
    expect(view.staleReason?.error).toMatchObject({ kind: 'fr24', code: '20400001', action: 'contact-fr24' })
    expect(view.staleReason?.error?.traceId).toMatch(/^balance_NEWAPI/)
    expect(view.level).toBe('error')
  })
})
