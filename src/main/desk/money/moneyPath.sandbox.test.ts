import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cmp, sub } from '../../../shared/money'
import { createFr24Client, Fr24Error, type Fr24Client } from '../../fr24'
import { parseServerTime } from '../../fr24/serverTime'
import { Journal } from '../../journal/journal'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { FakeTimers, flush } from '../../util/testing/fakeTimers'
import { BalanceMonitor } from '../balance/monitor'
import { EventHub } from '../core/events'
import { Fr24Clients, type Fr24Connection } from '../core/fr24Clients'
import { InternalBus, type InternalEvents } from '../core/internalBus'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'
import { adultPassenger, AGENT_CONTACT, ONE_ADULT_SIN_HKG, SANDBOX_PROFILE, sandboxOnly } from '../testing/sandboxTrip'
import { MoneyPath } from './moneyPath'

/**
 * The money path against the FR24 simulator over real HTTP, through the desk's FR24
 * client, with real writes: a ticketing that goes through, one FR24 refuses, and one
 * whose connection drops after the Sandbox has taken the money. The balance monitor
 * hears each settlement on the internal bus and reads the balance.
 */
const CREDS = { appKey: 'desk-money-test', appSecret: 'money-secret-9', aesKey: 'fedcba9876543210' }
const OPENING = '60000.00'
/** 2026-03-10 10:00 China time. */
const START = Date.UTC(2026, 2, 10, 2, 0, 0)

let sandbox: RunningSandbox
let clock: ManualClock
let fr24: Fr24Client
let clients: Fr24Clients
let connection: Fr24Connection

beforeAll(async () => {
  clock = new ManualClock(START)
  sandbox = await startSandbox({
    seed: 'money-path',
    account: { ...CREDS, balance: OPENING, currency: 'CNY' },
    clock,
    settings: { priceChangeRate: 0, noSeatsRate: 0 },
    log: silentLogger
  })
  fr24 = createFr24Client({ baseUrl: sandbox.url, credentials: async () => CREDS, clock, retry: { baseDelayMs: 5, maxDelayMs: 20 } })
  clients = new Fr24Clients({ clock, log: silentLogger })
  connection = { profileId: SANDBOX_PROFILE, environment: 'sandbox', baseUrl: sandbox.url, credentials: async () => CREDS }
})

afterAll(async () => {
  await sandbox?.close()
})

describe('the money path against the sandbox', () => {
  let journal: Journal
  let bus: InternalBus
  let money: MoneyPath
  let monitor: BalanceMonitor
  let settled: InternalEvents['movementSettled'][]
  let reads: number

  beforeEach(async () => {
    await sandbox.control.reset()
    sandbox.control.clearFaults()
    journal = new Journal(':memory:', clock)
    bus = new InternalBus(silentLogger)
    money = new MoneyPath({ movements: journal.movements, bus, log: silentLogger })
    settled = []
    bus.on('movementSettled', (movement) => void settled.push(movement))
    reads = 0
    monitor = new BalanceMonitor({
      clock,
      timers: new FakeTimers(clock),
      journal,
      hub: new EventHub(),
      bus,
      settings: new MemorySettingsStore(),
      profiles: { accounts: async () => sandboxOnly },
      readBalance: () => {
        reads++
        return clients.readBalance(connection)
      }
    })
    await monitor.start()
    await monitor.refresh()
    clock.advance(1000)
    return () => {
      monitor.stop()
      journal.close()
    }
  })

  /** Books one adult through the money path (a booking is a money movement too). */
  async function book(name: string) {
    const shop = await fr24.shopping(ONE_ADULT_SIN_HKG)
    const price = await fr24.pricing({ offerId: shop.data.offers[0]!.offerId, adultNum: 1 })
    const priced = price.data.offer[0]!
    clock.advance(1000)
    const outcome = await money.move({
      profileId: SANDBOX_PROFILE,
      kind: 'booking',
      partnerOrderNo: `DESK-${name}`,
      amount: priced.totalPrice!,
      currency: priced.currency!,
      send: () => fr24.booking({ offerId: priced.offerId, partnerOrderNo: `DESK-${name}`, passengers: [adultPassenger(name)], agentContact: AGENT_CONTACT }),
      settles: (reply) => ({ orderNo: reply.data.orderNo, payDeadline: parseServerTime(reply.data.payDeadline)! })
    })
    if (outcome.state !== 'succeeded') throw new Error(`booking ${outcome.state}`)
    return outcome.reply.data
  }

  const pay = (order: { orderNo: string; totalPrice: string; currency: string }) => {
    clock.advance(1000)
    return money.move({
      profileId: SANDBOX_PROFILE,
      kind: 'ticketing',
      orderNo: order.orderNo,
      amount: order.totalPrice,
      currency: order.currency,
      send: () => fr24.ticketing({ orderNo: order.orderNo, currency: order.currency, totalPrice: order.totalPrice })
    })
  }

  /** What FR24 says the balance is now, read apart from the monitor. */
  const balance = async () => (await clients.readBalance(connection)).balance

  it('a ticketing that goes through: written pending first, settled succeeded with traceId and order number, the balance read after', async () => {
    const order = await book('TRAVELLER/ALPHA')
    expect(journal.movements.since(SANDBOX_PROFILE, 0).map((m) => [m.kind, m.state, m.orderNo])).toEqual([['booking', 'succeeded', order.orderNo]])
    let pendingSeen: string | undefined
    const onRecorded = bus.on('movementRecorded', (m) => (pendingSeen = journal.movements.get(m.id)?.state))
    const readsBefore = reads

    const outcome = await pay(order)
    onRecorded()

    expect(pendingSeen).toBe('pending')
    expect(outcome.state).toBe('succeeded')
    expect(outcome.movement).toMatchObject({ kind: 'ticketing', state: 'succeeded', orderNo: order.orderNo, traceId: expect.stringMatching(/^pay_NEWAPI/) })
    expect(journal.movements.get(outcome.movement.id)).toEqual(outcome.movement)
    expect(settled.map((m) => [m.kind, m.state])).toEqual([
      ['booking', 'succeeded'],
      ['ticketing', 'succeeded']
    ])
    // The monitor heard it and read the balance: FR24 took exactly the price, nothing counted twice.
    await flush()
    await monitor.refresh()
    expect(reads).toBeGreaterThan(readsBefore)
    const view = monitor.view()
    expect(cmp(view.figures!.snapshot.balance, sub(OPENING, order.totalPrice))).toBe(0)
    expect(view.figures?.available).toMatchObject({ committed: '0' })
  })

  it('a ticketing FR24 refuses is failed, with FR24’s code, and moved nothing', async () => {
    const order = await book('TRAVELLER/BRAVO')
    expect((await pay(order)).state).toBe('succeeded')
    const after = await balance()

    const again = await pay(order)

    expect(again.state).toBe('failed')
    if (again.state !== 'failed') return
    expect(again.error).toBeInstanceOf(Fr24Error)
    expect(again.error).toMatchObject({ kind: 'fr24', uncertain: false })
    const code = (again.error as Fr24Error).code
    expect(code).toMatch(/^\d+$/)
    expect(again.movement).toMatchObject({ state: 'failed', note: `fr24 ${code}` })
    expect(settled.at(-1)).toEqual(again.movement)
    expect(await balance()).toBe(after)
    // A failed payment never counts as committed.
    expect(journal.movements.committedMovements(SANDBOX_PROFILE).map((m) => m.id)).not.toContain(again.movement.id)
  })

  it('a connection dropped after the Sandbox took the money leaves it uncertain, never failed', async () => {
    const order = await book('TRAVELLER/CHARLIE')
    const before = await balance()
    sandbox.control.fault({ op: 'ticketing', kind: 'dropAfter', count: 1 })
    const readsBefore = reads

    const lost = await pay(order)

    expect(lost.state).toBe('uncertain')
    expect(lost.state === 'uncertain' && lost.error).toMatchObject({ uncertain: true })
    expect(journal.movements.get(lost.movement.id)).toMatchObject({ state: 'uncertain', orderNo: order.orderNo })
    expect(settled.at(-1)).toMatchObject({ id: lost.movement.id, state: 'uncertain' })
    // FR24 did act: the money left. The desk keeps counting it as committed until an order check says more.
    expect(cmp(await balance(), sub(before, order.totalPrice))).toBe(0)
    expect(journal.movements.committedMovements(SANDBOX_PROFILE, order.currency).map((m) => m.id)).toContain(lost.movement.id)
    await flush()
    expect(reads).toBeGreaterThan(readsBefore)
  })
})
