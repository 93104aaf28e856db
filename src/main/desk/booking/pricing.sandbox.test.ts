import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { OfferExtras, PRICING_WINDOW_MS, PricedOffer, type BookingStage } from '../../../shared/domain/booking'
import type { OfferRow, SearchRequest, SearchResults } from '../../../shared/domain/search'
import { calls } from '../../../shared/contract'
import { pick } from '../../../shared/contract/define'
import { cmp } from '../../../shared/money'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { FakeTimers } from '../../util/testing/fakeTimers'
import { createDispatcher } from '../core/dispatch'
import { EventHub } from '../core/events'
import { Fr24Clients, type Fr24Connection } from '../core/fr24Clients'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'
import { PlacesIndex } from '../search/places'
import { SearchService } from '../search/service'
import { failureOf } from '../testing/failureOf'
import { SANDBOX_PROFILE } from '../testing/sandboxTrip'
import { PricedOffers } from './priced'
import { PricingService } from './pricing'
import { pricingHandlers } from './pricingHandlers'

/**
 * The price check and the extras against the FR24 simulator over real HTTP, through the desk's FR24
 * client: a price that holds, a forced price change, a forced sell-out, a pricing that lapses, seat
 * maps and bags for SIN → HKG, one part of the extras failing on its own, a cancelled pricing, and
 * an account switch.
 */
const CREDS = { appKey: 'desk-pricing-test', appSecret: 'pricing-secret-7', aesKey: '0123456789abcdef' }
/** 2026-03-10 10:00 China time. */
const START = Date.UTC(2026, 2, 10, 2, 0, 0)

let sandbox: RunningSandbox
let clock: ManualClock
let search: SearchService
let pricing: PricingService
let priced: PricedOffers
let connection: Fr24Connection
let timers: FakeTimers
let activeProfile = SANDBOX_PROFILE
const places = new PlacesIndex()

beforeAll(async () => {
  clock = new ManualClock(START)
  sandbox = await startSandbox({
    seed: 'pricing-room',
    account: { ...CREDS, balance: '50000.00', currency: 'CNY' },
    clock,
    // Surprises only when a test forces them.
    settings: { priceChangeRate: 0, noSeatsRate: 0 },
    log: silentLogger
  })
  connection = { profileId: SANDBOX_PROFILE, environment: 'sandbox', baseUrl: sandbox.url, credentials: async () => CREDS }
})

afterAll(async () => {
  await sandbox?.close()
})

beforeEach(() => {
  activeProfile = SANDBOX_PROFILE
  clock.set(START)
  sandbox.control.clearFaults()
  const clients = new Fr24Clients({ clock, log: silentLogger })
  timers = new FakeTimers(clock)
  const profiles = { activeProfileId: () => activeProfile, resolveCredentials: () => connection }
  search = new SearchService({
    shopping: (c, request, options) => clients.for(c).shopping(request, options),
    profiles,
    clock,
    timers,
    log: silentLogger,
    settings: new MemorySettingsStore(),
    places
  })
  priced = new PricedOffers(() => clock.now())
  pricing = new PricingService({
    pricing: (c, request, options) => clients.for(c).pricing(request, options),
    seatMap: (c, request, options) => clients.for(c).seatMap(request, options),
    presaleAncillaryShopping: (c, request, options) => clients.for(c).presaleAncillaryShopping(request, options),
    profiles,
    offers: search,
    clock,
    timers,
    log: silentLogger,
    places,
    priced
  })
})

function run(controller = new AbortController()) {
  const stages: BookingStage[] = []
  return { signal: controller.signal, progress: (step: { stage: BookingStage }) => void stages.push(step.stage), stages, controller }
}

function searchRun() {
  return { signal: new AbortController().signal, progress: () => undefined }
}

const roundTrip: SearchRequest = {
  tripType: 'roundTrip',
  legs: [
    { from: 'SIN', to: 'HKG', date: '2026-04-15' },
    { from: 'HKG', to: 'SIN', date: '2026-04-22' }
  ],
  passengers: { adults: 2, children: 1, infants: 0 },
  cabin: 'Y'
}

const oneWay: SearchRequest = { tripType: 'oneWay', legs: [{ from: 'SIN', to: 'HKG', date: '2026-04-15' }], passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'Y' }

/** The cheapest row of a search (FR24's first offer is not necessarily it). */
async function cheapest(request: SearchRequest): Promise<{ results: SearchResults; row: OfferRow }> {
  const results = await search.search(request, searchRun())
  const row = [...results.rows].sort((a, b) => cmp(a.totalPrice, b.totalPrice))[0]
  if (!row) throw new Error('the Sandbox found no offer')
  return { results, row }
}

describe('price check against the sandbox', () => {
  it('a price that holds: no changes, the priced offer in full, a 30-minute window, kept for booking', async () => {
    const { results, row } = await cheapest(roundTrip)
    const r = run()
    const offer = await pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, r)
    expect(PricedOffer.safeParse(offer).success).toBe(true)
    expect(offer.changes).toEqual([])
    expect(offer).toMatchObject({ searchId: results.searchId, offerId: row.offerId, environment: 'sandbox', pricedAt: START, expiresAt: START + PRICING_WINDOW_MS })
    expect(offer.detail.expiresAt).toBe(offer.expiresAt)
    // FR24 issues a new offerId to book; the view keeps the search's.
    expect(offer.detail.offerId).not.toBe(row.offerId)
    expect(offer.detail.totalPrice).toBe(row.totalPrice)
    expect(offer.detail.passengers.map((p) => [p.paxType, p.count])).toEqual([
      ['ADT', 2],
      ['CHD', 1]
    ])
    const flights = row.legs.flatMap((l, leg) => l.segments.map((s) => ({ leg, from: s.from, to: s.to, carrier: s.carrier, flightNo: s.flightNo, departLocal: s.departLocal })))
    expect(offer.segments.map(({ segmentId: _id, ...rest }) => rest)).toEqual(flights)
    expect(offer.traceId).toMatch(/NEWAPI/)
    expect(r.stages[0]).toBe('sending')
    expect(r.stages.at(-1)).toBe('done')

    const kept = priced.get(offer.pricingId, SANDBOX_PROFILE)
    expect(kept.kind).toBe('found')
    if (kept.kind !== 'found') return
    expect(kept.pricing.answer.offer[0]!.offerId).toBe(offer.detail.offerId)
    expect(kept.pricing).toMatchObject({ searchOfferId: row.offerId, pax: { adults: 2, children: 1, infants: 0 }, environment: 'sandbox', view: offer })
  })

  it('a forced price change: the total and each passenger type show before and after', async () => {
    const { results, row } = await cheapest(roundTrip)
    sandbox.control.forcePricing('priceChange')
    const offer = await pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run())
    const total = offer.changes.find((c) => c.kind === 'total')
    expect(total).toEqual({ kind: 'total', before: row.totalPrice, after: offer.detail.totalPrice })
    expect(cmp(offer.detail.totalPrice, row.totalPrice)).toBe(1)
    const perPassenger = offer.changes.filter((c) => c.kind === 'perPassenger')
    expect(perPassenger.map((c) => c.paxType)).toEqual(['ADT', 'CHD'])
    for (const change of perPassenger) {
      expect(change.before).toBe(row.perPassenger[change.paxType])
      expect(change.after).toBe(offer.detail.passengers.find((p) => p.paxType === change.paxType)!.perPassenger)
      expect(cmp(change.after, change.before)).toBe(1)
    }
    // The flights are the same ones.
    expect(offer.changes.some((c) => c.kind === 'itinerary')).toBe(false)
  })

  it('forced no seats: sold out, back to the results; pricing that offer again says the same', async () => {
    const { results, row } = await cheapest(roundTrip)
    sandbox.control.forcePricing('noSeats')
    const first = await failureOf(pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run()))
    expect(first.error).toMatchObject({ kind: 'fr24', messageKey: 'desk.pricing.soldOut', action: 'search-again', code: '21000001' })
    expect(first.error.traceId).toMatch(/NEWAPI/)
    const again = await failureOf(pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run()))
    expect(again.error).toMatchObject({ messageKey: 'desk.pricing.soldOut', action: 'search-again' })
  })

  it('an offer the search does not hold, or results that expired: search again, nothing sent', async () => {
    const { results, row } = await cheapest(oneWay)
    const unknown = await failureOf(pricing.priceOffer({ searchId: results.searchId, offerId: 'no-such-offer' }, run()))
    expect(unknown.error).toMatchObject({ messageKey: 'desk.search.offerNotFound', action: 'search-again' })
    clock.advance(30 * 60_000)
    const r = run()
    const expired = await failureOf(pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, r))
    expect(expired.error).toMatchObject({ messageKey: 'desk.search.expired', action: 'search-again' })
    expect(r.stages).toEqual([])
  })

  it('while FR24 thinks the price check says it is waiting, and stops saying so once answered', async () => {
    const { results, row } = await cheapest(oneWay)
    sandbox.control.fault({ op: 'pricing', kind: 'latency', latencyMs: 300 })
    const r = run()
    const pending = pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, r)
    await timers.advance(1_200)
    const offer = await pending
    expect(r.stages.filter((s) => s === 'waiting').length).toBeGreaterThanOrEqual(2)
    expect(r.stages[0]).toBe('sending')
    expect(r.stages.at(-1)).toBe('done')
    expect(timers.count()).toBe(0)
    expect(offer.changes).toEqual([])
  })

  it('a cancelled price check answers kind cancelled and keeps nothing', async () => {
    const { results, row } = await cheapest(oneWay)
    sandbox.control.fault({ op: 'pricing', kind: 'latency', latencyMs: 5_000 })
    const r = run()
    const pending = pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, r)
    r.controller.abort()
    const error = await failureOf(pending)
    expect(error.error.kind).toBe('cancelled')
    expect(r.stages).not.toContain('done')
  })

  it('an FR24 failure at pricing other than a sell-out stays FR24’s own error', async () => {
    const { results, row } = await cheapest(oneWay)
    // A body that is not JSON: the client does not send a read again for it.
    sandbox.control.fault({ op: 'pricing', kind: 'malformed' })
    const error = await failureOf(pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run()))
    expect(error.error).toMatchObject({ kind: 'network', code: 'NOT_JSON' })
    expect(error.error.messageKey).not.toBe('desk.pricing.soldOut')
  })
})

describe('seats and bags against the sandbox', () => {
  it('SIN → HKG: a seat map per priced segment and bags for them, kept with the pricing', async () => {
    const { results, row } = await cheapest(roundTrip)
    const offer = await pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run())
    const r = run()
    const extras = await pricing.offerExtras({ pricingId: offer.pricingId }, r)
    expect(OfferExtras.safeParse(extras).success).toBe(true)
    expect(extras.seatsGap).toBeUndefined()
    expect(extras.bagsGap).toBeUndefined()
    const segmentIds = offer.segments.map((s) => s.segmentId)
    expect(extras.seatMaps.map((m) => m.segmentId)).toEqual(segmentIds)
    for (const map of extras.seatMaps) {
      expect(map.currency).toBe(offer.detail.currency)
      expect(map.rows.length).toBeGreaterThan(0)
      const seats = map.rows.flatMap((row) => row.seats).filter((s) => s !== null)
      expect(seats.length).toBe(map.rows.length * map.columns.length)
      expect(seats.some((s) => s.state === 'free')).toBe(true)
      expect(seats.some((s) => s.state === 'taken')).toBe(true)
      expect(seats.every((s) => s.price !== undefined)).toBe(true)
      // Economy on the Sandbox's aircraft has exit rows (X22).
      expect(map.rows.some((row) => row.exit)).toBe(true)
    }
    expect(extras.bags.length).toBeGreaterThan(0)
    for (const id of segmentIds) expect(extras.bags.some((b) => b.segmentIds.includes(id))).toBe(true)
    for (const bag of extras.bags) expect(bag).toMatchObject({ currency: offer.detail.currency, type: 'CHECK_IN' })
    expect(r.stages[0]).toBe('sending')
    expect(r.stages.at(-1)).toBe('done')

    const kept = priced.get(offer.pricingId, SANDBOX_PROFILE)
    expect(kept.kind === 'found' && kept.pricing.extras).toEqual({ seatMaps: extras.seatMaps, bags: extras.bags })
  })

  it('seat maps failing on their own: the bags still come, the seats gap says why', async () => {
    const { results, row } = await cheapest(oneWay)
    const offer = await pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run())
    sandbox.control.fault({ op: 'seatMap', kind: 'malformed' })
    const failed = await pricing.offerExtras({ pricingId: offer.pricingId }, run())
    expect(failed).toMatchObject({ seatMaps: [], seatsGap: 'failed' })
    expect(failed.bags.length).toBeGreaterThan(0)
    expect(failed.bagsGap).toBeUndefined()

    // FR24 saying it has nothing of the kind for this offer (resolution class 12, "not supported").
    sandbox.control.fault({ op: 'presaleAncillaryShopping', kind: 'code', code: '11200001', message: 'no ancillary available for this offer' })
    const none = await pricing.offerExtras({ pricingId: offer.pricingId }, run())
    expect(none).toMatchObject({ bags: [], bagsGap: 'not-offered' })
    expect(none.seatMaps.length).toBe(1)
    expect(none.seatsGap).toBeUndefined()
  })

  it('a pricing older than its window: offerExtras refuses it and asks to price again', async () => {
    const { results, row } = await cheapest(oneWay)
    const offer = await pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run())
    clock.advance(PRICING_WINDOW_MS)
    const r = run()
    const error = await failureOf(pricing.offerExtras({ pricingId: offer.pricingId }, r))
    expect(error.error).toMatchObject({ kind: 'validation', messageKey: 'desk.pricing.expired', action: 'reprice', params: { minutes: 30 } })
    expect(r.stages).toEqual([])
  })

  it('after an account switch the pricing is unknown (and stays the old account’s)', async () => {
    const { results, row } = await cheapest(oneWay)
    const offer = await pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run())
    activeProfile = 'test-profile'
    const error = await failureOf(pricing.offerExtras({ pricingId: offer.pricingId }, run()))
    expect(error.error).toMatchObject({ messageKey: 'desk.pricing.unknown', action: 'reprice' })
    expect(priced.get(offer.pricingId, 'test-profile').kind).toBe('unknown')
    activeProfile = SANDBOX_PROFILE
    expect((await pricing.offerExtras({ pricingId: offer.pricingId }, run())).seatMaps.length).toBe(1)
  })
})

describe('the pricing calls through a dispatcher for just that slice', () => {
  it('priceOffer then offerExtras answer what the contract allows, with progress under the request id', async () => {
    const hub = new EventHub()
    const progress: { requestId: string; stage: string }[] = []
    hub.subscribe((name, payload) => {
      if (name === 'progress') progress.push(payload as { requestId: string; stage: string })
    })
    const dispatch = createDispatcher(pick(calls, ['priceOffer', 'offerExtras']), pricingHandlers(pricing), { log: silentLogger, hub })
    const { results, row } = await cheapest(roundTrip)
    const answer = await dispatch('priceOffer', { searchId: results.searchId, offerId: row.offerId, requestId: 'price_1' })
    expect(answer.ok).toBe(true)
    const offer = (answer as { value: PricedOffer }).value
    const extras = await dispatch('offerExtras', { pricingId: offer.pricingId, requestId: 'extras_1' })
    expect(extras).toMatchObject({ ok: true, value: { pricingId: offer.pricingId } })
    expect(progress.filter((p) => p.requestId === 'price_1').map((p) => p.stage)).toEqual(expect.arrayContaining(['sending', 'done']))
    expect(progress.filter((p) => p.requestId === 'extras_1').map((p) => p.stage)).toEqual(expect.arrayContaining(['sending', 'done']))
  })
})
