import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { OfferExtras, PricedOffer } from '../../../shared/domain/booking'
import type { SearchResults } from '../../../shared/domain/search'
import { cmp, sub } from '../../../shared/money'
import { Journal } from '../../journal/journal'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { systemClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { MemoryVault } from '../../vault/memoryVault'
import { adult, bookRequest } from '../orders/testing/bookingDesk'
import { TEST_BASE_URL_OVERRIDE } from '../profiles/environmentUrls'
import { startDeskOn, type DeskOnFolder } from '../testing/deskOnFolder'

/**
 * The desk stopped while a booking, then a payment, was on its way, and started again on the
 * same folder: the real desk (settings, journal, dispatcher) on a Test account pointed at a
 * Sandbox that outlives it. FR24 acted on each call after the desk stopped listening; the desk
 * that starts next finds the intent open, asks FR24 in the background, and ends with one order,
 * paid once, the balance moved by exactly its total — and a second payment sends nothing.
 */
const CREDS = { appKey: 'desk-restart-test', appSecret: 'restart-secret-3', aesKey: '7766554433221100' }
const OPENING = '70000.00'
const DAY = 24 * 3_600_000

let sandbox: RunningSandbox
let dataDir: string
const vault = new MemoryVault()

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'restart-room', account: { ...CREDS, balance: OPENING, currency: 'CNY' }, settings: { priceChangeRate: 0, noSeatsRate: 0 }, log: silentLogger })
  vi.stubEnv(TEST_BASE_URL_OVERRIDE, sandbox.url)
  dataDir = mkdtempSync(join(tmpdir(), 'fr24-book-restart-'))
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await sandbox?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const start = () => startDeskOn(dataDir, { vault })
const fr24Orders = () => sandbox.control.state().orders.filter((o) => o.orderType === 'ticket')
const freezes = (orderNo: string) => sandbox.control.state().ledger.filter((e) => e.ref === orderNo && e.kind === 'freeze').length

/** Sends a call and stops the desk once the Sandbox has the request (its fault taken), before the answer. */
async function stopMidCall(desk: DeskOnFolder, name: string, request: unknown): Promise<void> {
  const answer = desk.app.dispatch(name, request)
  await vi.waitFor(() => expect(sandbox.control.state().faults).toEqual([]), { timeout: 5_000, interval: 10 })
  await desk.app.stop()
  // The answer arrives at a desk whose journal is closed: it cannot be recorded, as after a crash.
  expect((await answer).ok).toBe(false)
}

/** The open intents in the folder's journal, read while no desk runs on it. */
function journalRows() {
  const journal = new Journal(join(dataDir, 'journal.sqlite'), systemClock)
  try {
    return { movements: journal.movements.unsettled(['booking', 'ticketing']) }
  } finally {
    journal.close()
  }
}

describe('the desk stopped mid-call, then started again on the same folder', () => {
  it('a booking FR24 made while the desk was stopping is found at the next start; a payment likewise, paid once', async () => {
    const first = await start()
    const added = await first.call('saveProfile', { name: 'Restart Test', environment: 'test', ...CREDS })
    await first.call('setActiveProfile', { id: added.id })
    const date = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10)
    const results = (await first.call('search', { tripType: 'oneWay', legs: [{ from: 'SIN', to: 'HKG', date }], passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'Y', requestId: 'search_r1' } as never)) as SearchResults
    const row = [...results.rows].sort((a, b) => cmp(a.totalPrice, b.totalPrice))[0]!
    const offer = (await first.call('priceOffer', { searchId: results.searchId, offerId: row.offerId, requestId: 'price_r1' } as never)) as PricedOffer
    const extras = (await first.call('offerExtras', { pricingId: offer.pricingId, requestId: 'extras_r1' } as never)) as OfferExtras

    sandbox.control.fault({ op: 'booking', kind: 'latency', latencyMs: 600 })
    await stopMidCall(first, 'bookOffer', bookRequest(offer, extras, [adult('STOPPED', 'MIDCALL')]))
    await vi.waitFor(() => expect(fr24Orders()).toHaveLength(1), { timeout: 5_000, interval: 25 })
    expect(journalRows().movements.map((m) => [m.kind, m.state])).toEqual([['booking', 'pending']])

    const second = await start()
    await second.app.reconciled
    const { orders } = await second.call('localOrders')
    expect(orders.map((o) => [o.orderNo, o.state, o.travellers[0]?.name])).toEqual([[fr24Orders()[0]!.orderNo, 'unpaid', 'STOPPED/MIDCALL']])
    const order = orders[0]!

    sandbox.control.fault({ op: 'ticketing', kind: 'latency', latencyMs: 600 })
    await stopMidCall(second, 'payOrder', { orderNo: order.orderNo, amount: order.total, currency: order.currency })
    await vi.waitFor(() => expect(freezes(order.orderNo)).toBe(1), { timeout: 5_000, interval: 25 })
    expect(journalRows().movements.map((m) => [m.kind, m.state])).toEqual([['ticketing', 'pending']])

    const third = await start()
    try {
      await third.app.reconciled
      const view = await third.call('orderView', { orderNo: order.orderNo, refresh: false })
      expect(view).toMatchObject({ state: 'ticketing', payment: 'paid' })
      expect(await third.call('payOrder', { orderNo: order.orderNo, amount: order.total, currency: order.currency })).toMatchObject({ state: 'paid', already: true })
      expect(freezes(order.orderNo)).toBe(1)
      expect(fr24Orders()).toHaveLength(1)
      expect(cmp(sandbox.control.state().balance.accountBalance, sub(OPENING, order.total))).toBe(0)
    } finally {
      await third.app.stop()
    }
    expect(journalRows().movements).toEqual([])
  })
})
