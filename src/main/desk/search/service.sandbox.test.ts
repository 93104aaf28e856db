import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SearchResults, type SearchRequest, type SearchStage } from '../../../shared/domain/search'
import { add, mul } from '../../../shared/money'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { FakeTimers } from '../../util/testing/fakeTimers'
import { DeskFailure } from '../core/failure'
import { Fr24Clients, type Fr24Connection } from '../core/fr24Clients'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'
import { SANDBOX_PROFILE } from '../testing/sandboxTrip'
import { KEPT_FOR_MS } from './kept'
import { METROS } from './metros'
import { PlacesIndex } from './places'
import { SearchService } from './service'
import { searchHandlers } from './handlers'
import { calls } from '../../../shared/contract'
import { pick } from '../../../shared/contract/define'
import type { Progress } from '../../../shared/contract/core'
import { createDispatcher } from '../core/dispatch'
import { EventHub } from '../core/events'

/**
 * The search room against the FR24 simulator over real HTTP, through the desk's FR24 client: the
 * agent's searches (round trip with a child, multi-city, a city code), a cancelled one, one overtaken
 * by a newer search, an offer's detail, and results that expire.
 */
const CREDS = { appKey: 'desk-search-test', appSecret: 'search-secret-7', aesKey: '0123456789abcdef' }
/** 2026-03-10 10:00 China time. */
const START = Date.UTC(2026, 2, 10, 2, 0, 0)

let sandbox: RunningSandbox
let clock: ManualClock
let service: SearchService
let connection: Fr24Connection
let activeProfile = SANDBOX_PROFILE
const places = new PlacesIndex()

beforeAll(async () => {
  clock = new ManualClock(START)
  sandbox = await startSandbox({
    seed: 'search-room',
    account: { ...CREDS, balance: '50000.00', currency: 'CNY' },
    clock,
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
  service = new SearchService({
    shopping: (c, request, options) => clients.for(c).shopping(request, options),
    profiles: { activeProfileId: () => activeProfile, resolveCredentials: () => connection },
    clock,
    timers: new FakeTimers(clock),
    log: silentLogger,
    settings: new MemorySettingsStore(),
    places
  })
})

function run(controller = new AbortController()) {
  const stages: SearchStage[] = []
  return { signal: controller.signal, progress: (step: { stage: SearchStage }) => void stages.push(step.stage), stages, controller }
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

describe('search against the sandbox', () => {
  it('a round trip SIN → HKG for 2 adults and 1 child: rows both ways, prices per passenger that add up, progress in order', async () => {
    const r = run()
    const results = await service.search(roundTrip, r)
    expect(SearchResults.safeParse(results).success).toBe(true)
    expect(results.rows.length).toBeGreaterThan(0)
    // Every offer the Sandbox sent reads as a row (nothing asked to be filtered after).
    expect(results.rows).toHaveLength(results.offerCount)
    for (const row of results.rows) {
      expect(row.legs.map((l) => [l.from, l.to])).toEqual([
        ['SIN', 'HKG'],
        ['HKG', 'SIN']
      ])
      expect(row.legs[0]!.departLocal.startsWith('2026-04-15')).toBe(true)
      expect(row.legs[1]!.departLocal.startsWith('2026-04-22')).toBe(true)
      const { ADT, CHD } = row.perPassenger
      expect(ADT && CHD).toBeTruthy()
      expect(row.totalPrice).toBe(add(mul(ADT!, 2), CHD!))
      for (const leg of row.legs) {
        expect(leg.stops).toBe(leg.segments.length - 1)
        expect(leg.connections).toHaveLength(leg.stops)
        expect(leg.durationMinutes).toBeGreaterThan(0)
      }
    }
    expect(r.stages[0]).toBe('sending')
    expect(r.stages.slice(-2)).toEqual(['reading', 'done'])
    expect(service.recentSearches().searches.map((s) => s.request)).toEqual([roundTrip])
  })

  it('a multi-city search: one leg per searched direction, in order', async () => {
    const request: SearchRequest = {
      tripType: 'multiCity',
      legs: [
        { from: 'SIN', to: 'HKG', date: '2026-04-15' },
        { from: 'HKG', to: 'NRT', date: '2026-04-18' },
        { from: 'NRT', to: 'SIN', date: '2026-04-24' }
      ],
      passengers: { adults: 1, children: 0, infants: 0 },
      cabin: 'Y'
    }
    const results = await service.search(request, run())
    expect(results.rows.length).toBeGreaterThan(0)
    for (const row of results.rows) expect(row.legs.map((l) => `${l.from}-${l.to}`)).toEqual(['SIN-HKG', 'HKG-NRT', 'NRT-SIN'])
  })

  it('a city code (LON) reaches London airports', async () => {
    const london = METROS.find((m) => m.code === 'LON')!.airports
    const results = await service.search(
      { tripType: 'oneWay', legs: [{ from: 'SIN', to: 'LON', date: '2026-04-15' }], passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'Y' },
      run()
    )
    expect(results.rows.length).toBeGreaterThan(0)
    for (const row of results.rows) expect(london).toContain(row.legs[0]!.to)
  })

  it('max stops and excluded carriers hold on every row', async () => {
    const first = await service.search({ ...roundTrip, passengers: { adults: 1, children: 0, infants: 0 } }, run())
    const excluded = first.rows[0]!.validatingCarrier
    const results = await service.search({ ...roundTrip, passengers: { adults: 1, children: 0, infants: 0 }, maxStops: 0, carriers: { exclude: [excluded] } }, run())
    expect(results.rows.length).toBeGreaterThan(0)
    for (const row of results.rows) {
      for (const leg of row.legs) {
        expect(leg.stops).toBe(0)
        for (const s of leg.segments) expect([s.carrier, s.operatingCarrier]).not.toContain(excluded)
      }
    }
  })

  it('a cancelled search answers kind cancelled', async () => {
    sandbox.control.fault({ op: 'shopping', kind: 'latency', latencyMs: 5_000 })
    const r = run()
    const pending = service.search(roundTrip, r)
    r.controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeskFailure)
    expect((error as DeskFailure).error.kind).toBe('cancelled')
    expect(r.stages).not.toContain('done')
  })

  it('an older search that answers after a newer one is set aside', async () => {
    sandbox.control.fault({ op: 'shopping', kind: 'latency', latencyMs: 2_000 })
    const older = service.search(roundTrip, run()).catch((e: unknown) => e)
    const newer = await service.search({ ...roundTrip, cabin: 'C' }, run())
    expect(newer.rows.length).toBeGreaterThan(0)
    const error = await older
    expect(error).toBeInstanceOf(DeskFailure)
    expect((error as DeskFailure).error.messageKey).toBe('desk.search.superseded')
  })

  it('the days of one batch (flexible dates) never set each other aside; a newer search outside it still does', async () => {
    // The first to start answers last: without the batch it would be set aside by the second.
    sandbox.control.fault({ op: 'shopping', kind: 'latency', latencyMs: 2_000, count: 1 })
    const day1 = service.search({ ...roundTrip, batch: 'flex-a' }, run())
    const day2 = await service.search({ ...roundTrip, cabin: 'C', batch: 'flex-a' }, run())
    expect(day2.rows.length).toBeGreaterThan(0)
    expect((await day1).rows.length).toBeGreaterThan(0)
    // A day of that batch still out when the agent searches something else is set aside as before.
    sandbox.control.fault({ op: 'shopping', kind: 'latency', latencyMs: 2_000, count: 1 })
    const late = service.search({ ...roundTrip, batch: 'flex-a' }, run()).catch((e: unknown) => e)
    await service.search({ ...roundTrip, cabin: 'C' }, run())
    expect(((await late) as DeskFailure).error.messageKey).toBe('desk.search.superseded')
    // The batch is the window's bookkeeping, not part of what the agent searched.
    expect(service.recentSearches().searches.every((s) => s.request.batch === undefined)).toBe(true)
  })

  it('a past date is refused before anything is sent', async () => {
    const error = await service.search({ ...roundTrip, legs: [{ from: 'SIN', to: 'HKG', date: '2026-03-01' }, { from: 'HKG', to: 'SIN', date: '2026-03-05' }] }, run()).catch((e: unknown) => e)
    expect((error as DeskFailure).error).toMatchObject({ kind: 'validation', action: 'fix-input', messageKey: 'desk.search.pastDate' })
  })

  it('offer detail: segments with aircraft, fare rules, bags and price per passenger type; then it expires', async () => {
    const results = await service.search(roundTrip, run())
    const row = results.rows[0]!
    const detail = service.offerDetail({ searchId: results.searchId, offerId: row.offerId })
    expect(detail.totalPrice).toBe(row.totalPrice)
    expect(detail.legs.map((l) => l.segments.length)).toEqual(row.legs.map((l) => l.segments.length))
    for (const s of detail.legs.flatMap((l) => l.segments)) {
      expect(s.aircraft).toBeTruthy()
      expect(s.carrierName.length).toBeGreaterThan(0)
    }
    expect(detail.passengers.map((p) => [p.paxType, p.count])).toEqual([
      ['ADT', 2],
      ['CHD', 1]
    ])
    for (const p of detail.passengers) {
      expect(add(add(p.fare, p.taxes), p.serviceFee ?? '0')).toBe(p.perPassenger)
      expect(p.baggage).toHaveLength(row.legs.reduce((n, l) => n + l.segments.length, 0))
    }
    expect(detail.fareRules.refund.length).toBeGreaterThan(0)
    expect(detail.fareRules.change.length).toBeGreaterThan(0)

    expect(() => service.offerDetail({ searchId: results.searchId, offerId: 'no-such-offer' })).toThrow(DeskFailure)
    // Another account neither prices this search's offers nor lists its searches.
    activeProfile = 'test-profile'
    expect(() => service.offerDetail({ searchId: results.searchId, offerId: row.offerId })).toThrow(DeskFailure)
    expect(service.recentSearches().searches).toEqual([])
    activeProfile = SANDBOX_PROFILE
    expect(service.recentSearches().searches).toHaveLength(1)

    clock.advance(KEPT_FOR_MS)
    const error = (() => {
      try {
        service.offerDetail({ searchId: results.searchId, offerId: row.offerId })
      } catch (e) {
        return e
      }
    })()
    expect((error as DeskFailure).error).toMatchObject({ action: 'search-again', messageKey: 'desk.search.expired' })
  })
})

describe('the search calls through a dispatcher for just that slice', () => {
  function desk() {
    const hub = new EventHub()
    const progress: Progress[] = []
    hub.subscribe((name, payload) => {
      if (name === 'progress') progress.push(payload as Progress)
    })
    const dispatch = createDispatcher(pick(calls, ['search', 'offerDetail', 'findPlaces', 'recentSearches']), searchHandlers(service), { log: silentLogger, hub })
    return { dispatch, progress }
  }

  it('a search answers rows that keep the contract, with progress under its request id, then its detail', async () => {
    const { dispatch, progress } = desk()
    const answer = await dispatch('search', { ...roundTrip, requestId: 'search_1' })
    expect(answer.ok).toBe(true)
    const results = (answer as { value: SearchResults }).value
    expect(results.rows.length).toBeGreaterThan(0)
    expect(progress.map((p) => [p.requestId, p.call, p.stage])).toEqual(
      expect.arrayContaining([
        ['search_1', 'search', 'sending'],
        ['search_1', 'search', 'done']
      ])
    )
    const detail = await dispatch('offerDetail', { searchId: results.searchId, offerId: results.rows[0]!.offerId })
    expect(detail).toMatchObject({ ok: true, value: { offerId: results.rows[0]!.offerId } })
    expect(await dispatch('recentSearches', {})).toMatchObject({ ok: true, value: { searches: [{ request: roundTrip }] } })
    const found = await dispatch('findPlaces', { query: 'tyo' })
    expect(found.ok && (found.value as { places: { code: string; kind: string }[] }).places[0]).toMatchObject({ code: 'TYO', kind: 'city' })
  })

  it('cancel stops a running search: kind cancelled', async () => {
    sandbox.control.fault({ op: 'shopping', kind: 'latency', latencyMs: 5_000 })
    const { dispatch } = desk()
    const pending = dispatch('search', { ...roundTrip, requestId: 'search_2' })
    await new Promise((resolve) => setImmediate(resolve))
    expect(await dispatch('cancel', { requestId: 'search_2' })).toEqual({ ok: true, value: { cancelled: true } })
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
  })

  it('a request outside FR24 limits never reaches a handler', async () => {
    const { dispatch } = desk()
    expect(await dispatch('search', { ...roundTrip, passengers: { adults: 1, children: 0, infants: 2 } })).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
