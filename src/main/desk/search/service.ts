import { randomUUID } from 'node:crypto'
import type { FindPlacesRequest, OfferDetail, OfferDetailRequest, OfferRow, Place, RecentSearch, SearchRequest, SearchResults, SearchStage } from '../../../shared/domain/search'
import { deskError } from '../../../shared/errors'
import { toDeskError, type Offer, type ShoppingData, type ShoppingRequest } from '../../fr24'
import type { Fr24Reply, CallOptions } from '../../fr24'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { redactText } from '../../util/redact'
import type { Timers } from '../../util/timers'
import type { LongCallRun } from '../core/dispatch'
import { DeskFailure } from '../core/failure'
import { waitingTicks } from '../core/waitingTicks'
import type { Fr24Connection } from '../core/fr24Clients'
import type { SettingsStore } from '../core/settingsStore'
import { offerDetail } from './detail'
import { KEPT_FOR_MS, KeptSearches, type KeptSearch } from './kept'
import type { PlacesIndex } from './places'
import { RecentSearchStore } from './recent'
import { buildRowsInTurns } from './rows'


/** When FR24 names no currency at all (no offers), the consolidator's home currency. */
const CURRENCY_WHEN_NO_OFFERS = 'CNY'

export interface SearchServiceDeps {
  /** FR24 shopping for one connection (Fr24Clients.for(connection).shopping). */
  shopping: (connection: Fr24Connection, request: ShoppingRequest, options: CallOptions) => Promise<Fr24Reply<ShoppingData>>
  profiles: { activeProfileId(): string; resolveCredentials(profileId: string): Fr24Connection }
  clock: Clock
  timers: Timers
  log: Logger
  settings: SettingsStore
  places: PlacesIndex
  newId?: () => string
}

export type SearchRun = Pick<LongCallRun, 'signal'> & { progress(step: { stage: SearchStage }): void }

/** The ISO date `ms` falls on in the given offset from UTC. */
function isoDateAt(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10)
}

/**
 * A date is past once it has ended everywhere: the earliest time zone (UTC−12) still on it keeps it
 * searchable, whatever the agent's own zone or the origin's.
 */
export function firstSearchableDate(now: number): string {
  return isoDateAt(now, -12 * 60)
}

/**
 * Shopping in main: the raw answer stays here (kept per search for the detail and pricing), the
 * window gets compact rows. One instance per desk.
 */
export class SearchService {
  private readonly kept: KeptSearches
  private readonly recent: RecentSearchStore
  private readonly newId: () => string
  /** Per profile: the sequence number of the newest search started, and the newest that answered (with its batch). */
  private readonly started = new Map<string, number>()
  private readonly answered = new Map<string, { seq: number; batch?: string }[]>()
  private sequence = 0

  constructor(private readonly deps: SearchServiceDeps) {
    this.kept = new KeptSearches(() => deps.clock.now())
    this.recent = new RecentSearchStore(deps.settings, deps.timers, deps.log)
    this.newId = deps.newId ?? (() => randomUUID())
  }

  async search(request: SearchRequest, run: SearchRun): Promise<SearchResults> {
    this.refusePastDates(request)
    const profileId = this.deps.profiles.activeProfileId()
    const connection = this.deps.profiles.resolveCredentials(profileId)
    const mine = ++this.sequence
    this.started.set(profileId, mine)

    run.progress({ stage: 'sending' })
    const ticker = waitingTicks(this.deps.timers, () => run.progress({ stage: 'waiting' }))
    let reply: Fr24Reply<ShoppingData>
    try {
      reply = await this.deps.shopping(connection, this.toFr24(request), { signal: run.signal })
    } catch (error) {
      if (run.signal.aborted) throw new DeskFailure(deskError('cancelled', 'desk.call.cancelled'))
      if (error instanceof DeskFailure) throw error
      throw new DeskFailure(toDeskError(error))
    } finally {
      ticker.stop()
    }
    if (run.signal.aborted) throw new DeskFailure(deskError('cancelled', 'desk.call.cancelled'))
    // A newer search for this profile answered first: its results are the ones on screen.
    if (this.supersededBy(profileId, mine, request.batch)) throw new DeskFailure(deskError('cancelled', 'desk.search.superseded'))
    // Answered now, before the rows are built over several turns: a newer search answering meanwhile
    // is newer, not first (the two days of flexible dates in flight must both land).
    this.noteAnswered(profileId, mine, request.batch)

    run.progress({ stage: 'reading' })
    const pax = request.passengers
    // In slices between turns of the event loop: as one task 2,000 offers held every other call.
    const built = await buildRowsInTurns(reply.data, this.deps.places, pax, request.cabin)
    if (run.signal.aborted) throw new DeskFailure(deskError('cancelled', 'desk.call.cancelled'))
    const rows = this.keepAsked(built.rows, request)
    if (built.skipped > 0) this.deps.log.warn('offers that could not be read into rows were left out', { skipped: built.skipped, offers: reply.data.offers.length })

    const receivedAt = this.deps.clock.now()
    const searchId = this.newId()
    const traceId = reply.traceId ? redactText(reply.traceId) : undefined
    this.kept.keep({ searchId, profileId, receivedAt, expiresAt: receivedAt + KEPT_FOR_MS, answer: reply.data, pax, cabin: request.cabin, ...(traceId ? { traceId } : {}) })
    const { batch: _batch, ...asked } = request
    this.recent.add(profileId, asked, receivedAt)
    run.progress({ stage: 'done' })
    const results: SearchResults = {
      searchId,
      receivedAt,
      expiresAt: receivedAt + KEPT_FOR_MS,
      currency: rows[0]?.currency ?? reply.data.offers[0]?.currency ?? CURRENCY_WHEN_NO_OFFERS,
      offerCount: reply.data.offers.length,
      rows
    }
    if (traceId) results.traceId = traceId
    return results
  }

  /** Saves what is still queued (the last search's place in the recent list) before the desk stops. */
  stop(): void {
    this.recent.save()
  }

  offerDetail({ searchId, offerId }: OfferDetailRequest): OfferDetail {
    const { search, offer } = this.keptOffer(searchId, offerId)
    const detail = offerDetail(search, offer, this.deps.places)
    if (!detail) throw new DeskFailure(deskError('validation', 'desk.search.offerNotFound', { action: 'search-again' }))
    return detail
  }

  /**
   * A kept search of the active profile and one of its raw offers (for the detail and the price
   * check); expired or unknown throw the DeskFailure the agent reads as "search again".
   */
  keptOffer(searchId: string, offerId: string): { search: KeptSearch; offer: Offer } {
    const kept = this.kept.get(searchId)
    // Offers belong to the account that searched: after a switch, the agent searches again on the new one.
    const found = kept.kind === 'found' && kept.search.profileId !== this.deps.profiles.activeProfileId() ? ({ kind: 'unknown' } as const) : kept
    if (found.kind !== 'found')
      throw new DeskFailure(
        found.kind === 'expired'
          ? deskError('validation', 'desk.search.expired', { params: { minutes: KEPT_FOR_MS / 60_000 }, action: 'search-again' })
          : deskError('validation', 'desk.search.offerNotFound', { action: 'search-again' })
      )
    const offer = this.kept.offer(found.search, offerId)
    if (!offer) throw new DeskFailure(deskError('validation', 'desk.search.offerNotFound', { action: 'search-again' }))
    return { search: found.search, offer }
  }

  findPlaces({ query, limit }: FindPlacesRequest): { places: Place[] } {
    return { places: this.deps.places.find(query, limit ?? 10) }
  }

  recentSearches(): { searches: RecentSearch[] } {
    return { searches: this.recent.list(this.deps.profiles.activeProfileId()) }
  }

  /** A search started later and answered first sets this one aside, unless both belong to one batch. */
  private supersededBy(profileId: string, mine: number, batch: string | undefined): boolean {
    return (this.answered.get(profileId) ?? []).some((a) => a.seq > mine && (batch === undefined || a.batch !== batch))
  }

  private noteAnswered(profileId: string, seq: number, batch: string | undefined): void {
    // Only the newest answer of each batch (and of unbatched searches) can still set anything aside.
    const kept = (this.answered.get(profileId) ?? []).filter((a) => a.batch !== batch || a.seq > seq)
    kept.push({ seq, ...(batch !== undefined ? { batch } : {}) })
    this.answered.set(profileId, kept.sort((x, y) => y.seq - x.seq).slice(0, 8))
  }

  private refusePastDates(request: SearchRequest): void {
    const first = firstSearchableDate(this.deps.clock.now())
    const past = request.legs.find((leg) => leg.date < first)
    if (past) throw new DeskFailure(deskError('validation', 'desk.search.pastDate', { params: { date: past.date }, action: 'fix-input' }))
  }

  /** SearchRequest → FR24's shopping request; a metro code goes as `airportgroup` (a city). */
  private toFr24(request: SearchRequest): ShoppingRequest {
    const type = (code: string) => (this.deps.places.isCity(code) ? 'airportgroup' : 'airportcode')
    const preferences: NonNullable<ShoppingRequest['preferences']> = { cabin: request.cabin }
    if (request.carriers?.include?.length) preferences.preferredCarrier = [...request.carriers.include]
    if (request.carriers?.exclude?.length) preferences.prohibitedCarrier = [...request.carriers.exclude]
    if (request.maxStops !== undefined) preferences.stops = request.maxStops
    return {
      searchLegs: request.legs.map((leg) => ({ origin: leg.from, typeO: type(leg.from), destination: leg.to, typeD: type(leg.to), depDate: leg.date })),
      adultNum: request.passengers.adults,
      childNum: request.passengers.children,
      infantNum: request.passengers.infants,
      preferences
    }
  }

  /**
   * FR24's `stops` is an inference and `prohibitedCarrier` may not cover operating carriers, so the
   * agent's hard rules are applied again here. Preferred carriers stay a preference (FR24's word).
   */
  private keepAsked(rows: OfferRow[], request: SearchRequest): OfferRow[] {
    const exclude = new Set(request.carriers?.exclude ?? [])
    const maxStops = request.maxStops
    if (exclude.size === 0 && maxStops === undefined) return rows
    return rows.filter(
      (row) =>
        row.legs.every((leg) => maxStops === undefined || leg.stops <= maxStops) &&
        !row.legs.some((leg) => leg.segments.some((s) => exclude.has(s.carrier) || (s.operatingCarrier !== undefined && exclude.has(s.operatingCarrier))))
    )
  }
}
