import { FLEX_SPREAD_DAYS, type Cabin } from '../../../shared/domain/search'
import type { Offer, ShoppingData } from '../../fr24'
import type { PaxCounts } from './rows'

/**
 * The raw FR24 answers of the last few searches, kept in main for the offer detail and the pricing
 * step: bounded in count (a 2,000-offer answer is megabytes) and in age (FR24's offer validity,
 * docs/fr24-inferences.md "Search rows"). Nothing of it crosses to the window except by offerDetail.
 */
/**
 * Every day of a flexible-dates search (7 one-way searches, each on screen by a click in the price
 * strip) and the search before it: with 5, the first two days' offers answered "search again".
 */
export const KEPT_SEARCHES = 2 * FLEX_SPREAD_DAYS + 1 + 1
export const KEPT_FOR_MS = 30 * 60_000

export interface KeptSearch {
  searchId: string
  profileId: string
  receivedAt: number
  expiresAt: number
  answer: ShoppingData
  pax: PaxCounts
  cabin: Cabin
  traceId?: string
  /** Built on the first offerDetail: most searches never open one. */
  byId?: Map<string, Offer>
}

export type Lookup = { kind: 'found'; search: KeptSearch } | { kind: 'expired' } | { kind: 'unknown' }

export class KeptSearches {
  private readonly searches = new Map<string, KeptSearch>()
  /** Ids that aged out or were pushed out, so the agent hears "expired" rather than "unknown". */
  private readonly gone = new Set<string>()

  constructor(
    private readonly now: () => number,
    private readonly limit = KEPT_SEARCHES
  ) {}

  keep(search: KeptSearch): void {
    this.prune()
    this.searches.set(search.searchId, search)
    while (this.searches.size > this.limit) {
      const oldest = this.searches.keys().next().value as string
      this.drop(oldest)
    }
  }

  get(searchId: string): Lookup {
    this.prune()
    const search = this.searches.get(searchId)
    if (search) return { kind: 'found', search }
    return this.gone.has(searchId) ? { kind: 'expired' } : { kind: 'unknown' }
  }

  offer(search: KeptSearch, offerId: string): Offer | undefined {
    search.byId ??= new Map(search.answer.offers.map((o) => [o.offerId, o]))
    return search.byId.get(offerId)
  }

  size(): number {
    this.prune()
    return this.searches.size
  }

  private prune(): void {
    const now = this.now()
    for (const [id, s] of this.searches) if (s.expiresAt <= now) this.drop(id)
  }

  private drop(id: string): void {
    this.searches.delete(id)
    this.gone.add(id)
    // Remember a bounded number of gone ids; beyond that an old id reads as unknown (also "search again").
    if (this.gone.size > 200) this.gone.delete(this.gone.values().next().value as string)
  }
}
