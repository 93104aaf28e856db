import type { BagPick, BookRequest, OfferExtras, PassengerInput, PricedOffer, SeatPick } from '../../../../shared/domain/booking'
import type { OrderSummary } from '../../../../shared/domain/booking'
import type { Environment } from '../../../../shared/domain/environments'
import type { SearchRequest } from '../../../../shared/domain/search'
import { add, cmp, sum } from '../../../../shared/money'
import { createFr24Client, type Fr24Client } from '../../../fr24'
import { Journal } from '../../../journal/journal'
import type { RunningSandbox } from '../../../sandbox'
import type { ManualClock } from '../../../util/clock'
import { silentLogger } from '../../../util/log'
import { FakeTimers } from '../../../util/testing/fakeTimers'
import { BalanceMonitor } from '../../balance/monitor'
import { BookingService } from '../../booking/book'
import { PricedOffers } from '../../booking/priced'
import { PricingService } from '../../booking/pricing'
import { EventHub } from '../../core/events'
import { Fr24Clients, type Fr24Connection } from '../../core/fr24Clients'
import { InternalBus } from '../../core/internalBus'
import { MemorySettingsStore } from '../../core/testing/memorySettingsStore'
import { MoneyPath } from '../../money/moneyPath'
import { PlacesIndex } from '../../search/places'
import { SearchService } from '../../search/service'
import { SANDBOX_PROFILE, sandboxOnly } from '../../testing/sandboxTrip'
import { OrderChecks } from '../orderChecks'
import { OrderService } from '../service'

/**
 * The booking and orders rooms wired as the desk wires them, against a Sandbox running in the
 * test (so its faults can be set), on a real journal. Booking and ticketing answers are waited
 * for `writeTimeoutMs` only, so a latency fault beyond it is a lost answer.
 */
export const WRITE_TIMEOUT_MS = 400

const places = new PlacesIndex()

export interface BookingDeskOptions {
  sandbox: RunningSandbox
  clock: ManualClock
  credentials: { appKey: string; appSecret: string; aesKey: string }
  /** ':memory:' or a file. */
  journalPath?: string
  environment?: Environment
}

export interface BookingDesk {
  journal: Journal
  booking: BookingService
  orders: OrderService
  checks: OrderChecks
  monitor: BalanceMonitor
  fr24: Fr24Client
  /** orderChanged events, in order. */
  changes: OrderSummary[]
  connection: Fr24Connection
  /** Searches and prices a trip through the desk's own services, with its seat maps and bags. */
  price(request: SearchRequest): Promise<{ offer: PricedOffer; extras: OfferExtras }>
  /** How many times this desk sent an FR24 operation. */
  sent(endpoint: 'booking' | 'ticketing' | 'orderDetail'): number
  stop(): void
}

export async function bookingDesk(options: BookingDeskOptions): Promise<BookingDesk> {
  const { sandbox, clock } = options
  const connection: Fr24Connection = {
    profileId: SANDBOX_PROFILE,
    environment: options.environment ?? 'sandbox',
    baseUrl: sandbox.url,
    credentials: async () => options.credentials
  }
  const fr24 = createFr24Client({
    baseUrl: sandbox.url,
    credentials: async () => options.credentials,
    clock,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    timeouts: { booking: WRITE_TIMEOUT_MS, ticketing: WRITE_TIMEOUT_MS }
  })
  const journal = new Journal(options.journalPath ?? ':memory:', clock)
  journal.movements.markInterruptedUncertain()
  const bus = new InternalBus(silentLogger)
  const hub = new EventHub()
  const changes: OrderSummary[] = []
  hub.subscribe((name, payload) => {
    if (name === 'orderChanged') changes.push(payload as OrderSummary)
  })
  const timers = new FakeTimers(clock)
  const balances = new Fr24Clients({ clock, log: silentLogger })
  const settings = new MemorySettingsStore()
  const profiles = { activeProfileId: () => SANDBOX_PROFILE, resolveCredentials: () => connection }
  const client = () => fr24
  const monitor = new BalanceMonitor({
    clock,
    timers,
    journal,
    hub,
    bus,
    settings,
    profiles: { accounts: async () => sandboxOnly },
    readBalance: () => balances.readBalance(connection)
  })
  await monitor.start()
  const money = new MoneyPath({ movements: journal.movements, bus, log: silentLogger })
  const search = new SearchService({ shopping: (_c, request, o) => fr24.shopping(request, o), profiles, clock, timers, log: silentLogger, settings, places })
  const pricedOffers = new PricedOffers(() => clock.now())
  const pricing = new PricingService({
    pricing: (_c, request, o) => fr24.pricing(request, o),
    seatMap: (_c, request, o) => fr24.seatMap(request, o),
    presaleAncillaryShopping: (_c, request, o) => fr24.presaleAncillaryShopping(request, o),
    profiles,
    offers: search,
    clock,
    timers,
    log: silentLogger,
    places,
    priced: pricedOffers
  })
  const checks = new OrderChecks({ journal, fr24: client, profiles, bus, hub, places, clock, log: silentLogger })
  const booking = new BookingService({ pricedOffers, journal, money, checks, profiles, fr24: client, settings, places, clock, log: silentLogger })
  const orders = new OrderService({ journal, money, checks, profiles, fr24: client, balance: monitor, log: silentLogger })
  const run = () => ({ signal: new AbortController().signal, progress: () => undefined })

  return {
    journal,
    booking,
    orders,
    checks,
    monitor,
    fr24,
    changes,
    connection,
    async price(request) {
      const results = await search.search(request, run())
      const row = [...results.rows].sort((a, b) => cmp(a.totalPrice, b.totalPrice))[0]
      if (!row) throw new Error('the Sandbox found no offer')
      const offer = await pricing.priceOffer({ searchId: results.searchId, offerId: row.offerId }, run())
      const extras = await pricing.offerExtras({ pricingId: offer.pricingId }, run())
      return { offer, extras }
    },
    sent: (endpoint) => fr24.wireLog.entries().filter((e) => e.endpoint === endpoint).length,
    stop() {
      monitor.stop()
      journal.close()
    }
  }
}

export const ONE_WAY: SearchRequest = { tripType: 'oneWay', legs: [{ from: 'SIN', to: 'HKG', date: '2026-04-15' }], passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'Y' }
export const FAMILY_RETURN: SearchRequest = {
  tripType: 'roundTrip',
  legs: [
    { from: 'SIN', to: 'HKG', date: '2026-04-15' },
    { from: 'HKG', to: 'SIN', date: '2026-04-22' }
  ],
  passengers: { adults: 2, children: 1, infants: 0 },
  cabin: 'Y'
}

export function adult(surname: string, givenNames: string, birthday = '1985-06-15'): PassengerInput {
  return {
    paxType: 'ADT',
    surname,
    givenNames,
    sex: 'M',
    birthday,
    documentType: 'PP',
    documentNumber: 'E12345678',
    issuingCountry: 'SG',
    nationality: 'SG',
    documentExpiry: '2032-12-31'
  }
}

export function child(surname: string, givenNames: string, accompaniedBy: number): PassengerInput {
  return { ...adult(surname, givenNames, '2018-05-01'), paxType: 'CHD', sex: 'F', documentNumber: 'K7654321', accompaniedBy }
}

/** A booking request for the priced offer, optionally with the first priced seat and the first bag for passenger 0. */
export function bookRequest(
  offer: PricedOffer,
  extras: OfferExtras,
  passengers: PassengerInput[],
  more: { seat?: boolean; bag?: boolean; allowDuplicates?: boolean } = {}
): BookRequest {
  const seats: SeatPick[] = []
  const bags: BagPick[] = []
  if (more.seat) {
    const map = extras.seatMaps[0]
    const seat = map?.rows.flatMap((r) => r.seats).find((s) => s !== null && s.state === 'free' && s.price !== undefined && cmp(s.price, '0') > 0)
    if (!map || !seat?.price) throw new Error('no priced free seat on the first flight')
    seats.push({ passenger: 0, segmentId: map.segmentId, seatNo: seat.seatNo, price: seat.price })
  }
  if (more.bag) {
    const bag = extras.bags[0]
    if (!bag) throw new Error('no bag on offer')
    bags.push({ passenger: 0, auxId: bag.auxId, price: bag.price })
  }
  return {
    pricingId: offer.pricingId,
    passengers,
    contact: { name: 'DESK AGENT', areaCode: '65', phone: '61234567', email: 'desk@example.com' },
    seats,
    bags,
    expectedTotal: add(offer.detail.totalPrice, sum([...seats.map((s) => s.price), ...bags.map((b) => b.price)])),
    allowDuplicates: more.allowDuplicates ?? false
  }
}
