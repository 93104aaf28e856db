import { randomUUID } from 'node:crypto'
import { PRICING_WINDOW_MS, type BookingStage, type OfferExtras, type PriceOfferRequest, type PricedOffer, type PricingRef } from '../../../shared/domain/booking'
import { deskError } from '../../../shared/errors'
import { toDeskError, type CallOptions, type Fr24Reply, type Offer, type PresaleAncillaryData, type PricingData, type PricingRequest, type SeatMapData, type SeatMapRequest } from '../../fr24'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { redactText } from '../../util/redact'
import type { Timers } from '../../util/timers'
import type { LongCallRun } from '../core/dispatch'
import { DeskFailure } from '../core/failure'
import { waitingTicks } from '../core/waitingTicks'
import type { Fr24Connection } from '../core/fr24Clients'
import { offerDetail } from '../search/detail'
import type { KeptSearch } from '../search/kept'
import type { PlacesIndex } from '../search/places'
import type { PaxCounts } from '../search/rows'
import { bagOptions, seatMapViews } from './extrasView'
import { extrasGapOf, isSoldOut, type ExtrasGap } from './fr24Outcomes'
import type { KeptPricing, PricedOffers } from './priced'
import { priceChanges } from './priceChanges'
import { pricedView, seatMapSegments } from './pricedView'

export interface PricingServiceDeps {
  /** FR24 calls for one connection (Fr24Clients.for(connection).…). */
  pricing: (connection: Fr24Connection, request: PricingRequest, options: CallOptions) => Promise<Fr24Reply<PricingData>>
  seatMap: (connection: Fr24Connection, request: SeatMapRequest, options: CallOptions) => Promise<Fr24Reply<SeatMapData>>
  presaleAncillaryShopping: (connection: Fr24Connection, request: { offerId: string }, options: CallOptions) => Promise<Fr24Reply<PresaleAncillaryData>>
  /** The connection names the environment the pricing is made in. */
  profiles: { activeProfileId(): string; resolveCredentials(profileId: string): Fr24Connection }
  /** The search service's kept offers (SearchService.keptOffer). */
  offers: { keptOffer(searchId: string, offerId: string): { search: KeptSearch; offer: Offer } }
  clock: Clock
  timers: Timers
  log: Logger
  places: PlacesIndex
  priced: PricedOffers
  newId?: () => string
}

export type PricingRun = Pick<LongCallRun, 'signal'> & { progress(step: { stage: BookingStage }): void }

const cancelled = () => new DeskFailure(deskError('cancelled', 'desk.call.cancelled'))
const traceOf = (reply: { traceId?: string } | undefined): string | undefined => (reply?.traceId ? redactText(reply.traceId) : undefined)

function paxTypes(pax: PaxCounts): SeatMapRequest['passengers'] {
  const out: SeatMapRequest['passengers'] = [{ count: pax.adults, paxType: 'ADT' }]
  if (pax.children > 0) out.push({ count: pax.children, paxType: 'CHD' })
  if (pax.infants > 0) out.push({ count: pax.infants, paxType: 'INF' })
  return out
}

/**
 * The price check (FR24 pricing of a kept search offer) and the extras of a priced offer (seat maps
 * and bags). What FR24 answered stays in main (PricedOffers), shared with booking, which reads
 * prices only from there. One instance per desk.
 */
export class PricingService {
  private readonly newId: () => string

  constructor(private readonly deps: PricingServiceDeps) {
    this.newId = deps.newId ?? (() => randomUUID())
  }

  async priceOffer({ searchId, offerId }: PriceOfferRequest, run: PricingRun): Promise<PricedOffer> {
    const { search, offer } = this.deps.offers.keptOffer(searchId, offerId)
    const before = offerDetail(search, offer, this.deps.places)
    if (!before) throw new DeskFailure(deskError('validation', 'desk.search.offerNotFound', { action: 'search-again' }))
    // The search's account: a switch while FR24 answers leaves this pricing to the old one (unknown to the new).
    const profileId = search.profileId
    const connection = this.deps.profiles.resolveCredentials(profileId)
    const request: PricingRequest = { offerId, adultNum: search.pax.adults, childNum: search.pax.children, infantNum: search.pax.infants }
    const reply = await this.waitFor(run, () => this.deps.pricing(connection, request, { signal: run.signal }), (error) => {
      if (!isSoldOut(error)) return undefined
      this.deps.log.info('offer sold out at pricing', { code: error.code ?? 'no offer', traceId: error.traceId })
      const failure = deskError('fr24', 'desk.pricing.soldOut', { action: 'search-again', code: error.code ?? 'NO_PRICED_OFFER' })
      if (error.traceId) failure.traceId = redactText(error.traceId)
      return new DeskFailure(failure)
    })

    const pricedAt = this.deps.clock.now()
    // FR24 states no earlier limit on a priced offer (schema/search.ts PricingData): its 30 minutes hold.
    const expiresAt = pricedAt + PRICING_WINDOW_MS
    const traceId = traceOf(reply)
    const view = pricedView(search, reply.data, this.deps.places, expiresAt)
    if (!view) {
      this.deps.log.warn('priced offer could not be read', { traceId, offers: reply.data.offer.length })
      const failure = deskError('fr24', 'desk.pricing.unreadable', { action: 'report-bug', code: 'RESPONSE_SHAPE' })
      if (traceId) failure.traceId = traceId
      throw new DeskFailure(failure)
    }
    const priced: PricedOffer = {
      pricingId: this.newId(),
      searchId,
      offerId,
      pricedAt,
      expiresAt,
      detail: view.detail,
      segments: view.segments,
      changes: priceChanges(before, view.detail),
      environment: connection.environment
    }
    if (traceId) priced.traceId = traceId
    this.deps.priced.keep({
      pricingId: priced.pricingId,
      profileId,
      environment: connection.environment,
      searchId,
      searchOfferId: offerId,
      answer: reply.data,
      pax: search.pax,
      pricedAt,
      expiresAt,
      view: priced
    })
    this.deps.log.info('offer priced', { changes: priced.changes.map((c) => c.kind).join(',') || 'none', traceId })
    run.progress({ stage: 'done' })
    return priced
  }

  async offerExtras({ pricingId }: PricingRef, run: PricingRun): Promise<OfferExtras> {
    const pricing = this.heldPricing(pricingId)
    const connection = this.deps.profiles.resolveCredentials(pricing.profileId)
    const bookOfferId = pricing.answer.offer[0]?.offerId ?? ''
    const segmentIds = pricing.view.segments.map((s) => s.segmentId)
    const currency = pricing.view.detail.currency
    const options = { signal: run.signal }
    const [seats, bags] = await this.waitFor(run, () =>
      Promise.allSettled([
        this.deps.seatMap(connection, { offerId: bookOfferId, segments: seatMapSegments(pricing.view), passengers: paxTypes(pricing.pax) }, options),
        this.deps.presaleAncillaryShopping(connection, { offerId: bookOfferId }, options)
      ])
    )

    const extras: OfferExtras = { pricingId, seatMaps: [], bags: [] }
    if (seats.status === 'fulfilled') {
      const mapped = seatMapViews(seats.value.data.seatMaps, segmentIds, currency)
      if (mapped.skipped > 0) this.deps.log.warn('seat map parts left out', { skipped: mapped.skipped, traceId: traceOf(seats.value) })
      extras.seatMaps = mapped.items
      if (mapped.items.length === 0) extras.seatsGap = 'not-offered'
    } else extras.seatsGap = this.gap('seat maps', seats.reason)
    if (bags.status === 'fulfilled') {
      const mapped = bagOptions(bags.value.data.auxes, bags.value.data.currency, segmentIds, currency)
      if (mapped.skipped > 0) this.deps.log.warn('bags left out', { skipped: mapped.skipped, traceId: traceOf(bags.value) })
      extras.bags = mapped.items
      if (mapped.items.length === 0) extras.bagsGap = 'not-offered'
    } else extras.bagsGap = this.gap('bags', bags.reason)
    const traceId = traceOf(seats.status === 'fulfilled' ? seats.value : undefined) ?? traceOf(bags.status === 'fulfilled' ? bags.value : undefined)
    if (traceId) extras.traceId = traceId
    this.deps.priced.setExtras(pricingId, { seatMaps: extras.seatMaps, bags: extras.bags })
    run.progress({ stage: 'done' })
    return extras
  }

  /** A pricing of the active account still within its window; otherwise the agent prices again. */
  private heldPricing(pricingId: string): KeptPricing {
    const found = this.deps.priced.get(pricingId, this.deps.profiles.activeProfileId())
    switch (found.kind) {
      case 'found':
        return found.pricing
      case 'expired':
        throw new DeskFailure(deskError('validation', 'desk.pricing.expired', { params: { minutes: PRICING_WINDOW_MS / 60_000 }, action: 'reprice' }))
      case 'unknown':
        throw new DeskFailure(deskError('validation', 'desk.pricing.unknown', { action: 'reprice' }))
      default: {
        const never: never = found
        return never
      }
    }
  }

  private gap(what: string, error: unknown): ExtrasGap {
    const gap = extrasGapOf(error)
    const desk = toDeskError(error)
    this.deps.log.warn(`${what} not available`, { gap, code: desk.code, traceId: desk.traceId })
    return gap
  }

  /**
   * Sends, says "waiting" while FR24 thinks, and turns what was thrown into the agent's error: a
   * stop by the agent is 'cancelled' whatever the call threw; `special` reads FR24 refusals first.
   */
  private async waitFor<T>(run: PricingRun, call: () => Promise<T>, special?: (error: unknown) => DeskFailure | undefined): Promise<T> {
    run.progress({ stage: 'sending' })
    const ticker = waitingTicks(this.deps.timers, () => run.progress({ stage: 'waiting' }))
    let answer: T
    try {
      answer = await call()
    } catch (error) {
      if (run.signal.aborted) throw cancelled()
      const own = special?.(error)
      if (own) throw own
      if (error instanceof DeskFailure) throw error
      throw new DeskFailure(toDeskError(error))
    } finally {
      ticker.stop()
    }
    if (run.signal.aborted) throw cancelled()
    return answer
  }
}
