import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OfferExtras, OrderSummary, PricedOffer } from '../../../shared/domain/booking'
import type { SearchResults } from '../../../shared/domain/search'
import { cmp, sub } from '../../../shared/money'
import { controlCall } from '../../sandbox/testing/client'
import { startDeskOn, type DeskOnFolder } from '../testing/deskOnFolder'
import { adult, bookRequest } from './testing/bookingDesk'

/**
 * The way the window takes it, through the real desk's dispatcher (every answer checked against
 * the contract) on its embedded Sandbox: price, contact, duplicate check, book, quote, pay, the
 * order list and view, and the events the window hears.
 */
const DAY = 24 * 3_600_000
const CONTROL_TOKEN = 'agent-path-control'

let dataDir: string
let desk: DeskOnFolder
const changes: OrderSummary[] = []

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fr24-agent-path-'))
  process.env.FR24_DESK_SANDBOX_CONTROL_TOKEN = CONTROL_TOKEN
  try {
    desk = await startDeskOn(dataDir)
  } finally {
    delete process.env.FR24_DESK_SANDBOX_CONTROL_TOKEN
  }
  // The Sandbox sells out or re-prices a share of offers at random by default (its seed meets a date
  // relative to today): this path is about booking once and paying once, not about those.
  const profiles = (await desk.call('listProfiles')) as { profiles: { id: string; baseUrl?: string }[] }
  const sandboxUrl = profiles.profiles.find((p) => p.id === 'sandbox')?.baseUrl
  if (!sandboxUrl) throw new Error('the desk shows no Sandbox URL')
  const set = await controlCall(sandboxUrl, CONTROL_TOKEN, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0 })
  if (set.status !== 200) throw new Error(`the Sandbox refused its settings: ${JSON.stringify(set.json)}`)
  desk.app.hub.subscribe((name, payload) => {
    if (name === 'orderChanged') changes.push(payload as OrderSummary)
  })
})
afterAll(async () => {
  await desk?.app.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('booking and paying through the dispatcher', () => {
  it('books once and pays once; the balance drops by the order total; the second Pay answers paid already', async () => {
    const date = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10)
    const results = (await desk.call('search', { tripType: 'oneWay', legs: [{ from: 'SIN', to: 'HKG', date }], passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'Y', requestId: 's1' } as never)) as SearchResults
    const row = [...results.rows].sort((a, b) => cmp(a.totalPrice, b.totalPrice))[0]!
    const offer = (await desk.call('priceOffer', { searchId: results.searchId, offerId: row.offerId, requestId: 'p1' } as never)) as PricedOffer
    const extras = (await desk.call('offerExtras', { pricingId: offer.pricingId, requestId: 'e1' } as never)) as OfferExtras

    expect(await desk.call('agencyContact')).toEqual({ contact: null })
    const request = bookRequest(offer, extras, [adult('WINDOW', 'AGENT')], { bag: true })
    expect(await desk.call('saveAgencyContact', request.contact)).toEqual({ contact: request.contact })
    expect(await desk.call('checkDuplicates', { pricingId: offer.pricingId, travellers: [{ surname: 'WINDOW', givenNames: 'AGENT', birthday: '1985-06-15' }] })).toEqual({ duplicates: [] })

    const booked = await desk.call('bookOffer', request)
    expect(booked.state).toBe('booked')
    if (booked.state !== 'booked') return
    const order = booked.order
    expect(await desk.call('localOrders')).toEqual({ orders: [expect.objectContaining({ orderNo: order.orderNo, state: 'unpaid' })] })

    const quote = await desk.call('payQuote', { orderNo: order.orderNo })
    expect(quote).toMatchObject({ orderNo: order.orderNo, amount: order.total, amountChanged: false })
    const paid = await desk.call('payOrder', { orderNo: order.orderNo, amount: quote.amount, currency: quote.currency })
    expect(paid).toMatchObject({ state: 'paid', already: false, order: { state: 'ticketing', payment: 'paid' } })
    expect(await desk.call('payOrder', { orderNo: order.orderNo, amount: quote.amount, currency: quote.currency })).toMatchObject({ state: 'paid', already: true })

    const balance = await desk.call('refreshBalance')
    expect(cmp(balance.figures!.snapshot.balance, sub(quote.balance, order.total))).toBe(0)
    const view = await desk.call('orderView', { orderNo: order.orderNo, refresh: true })
    expect(view).toMatchObject({ orderNo: order.orderNo, payment: 'paid', checkedAt: expect.any(Number) })
    expect(['ticketing', 'ticketed']).toContain(view.state)
    expect(changes.map((c) => [c.orderNo, c.state])).toEqual([
      [order.orderNo, 'unpaid'],
      [order.orderNo, 'ticketing']
    ])
  })
})
