import type { BagOption, PricedOffer, SeatMapView } from '../../../shared/domain/booking'
import type { Environment } from '../../../shared/domain/environments'
import type { PricingData } from '../../fr24'
import type { PaxCounts } from '../search/rows'

/**
 * The price checks of the last half hour, kept in main under their pricingId: the raw FR24 priced
 * offer (what booking sends), the view the window got, and the extras once fetched. Booking reads
 * only from here, so nothing the window sends can change a price. Bounded in count and in age.
 */
export const KEPT_PRICINGS = 20

export interface PricedExtras {
  seatMaps: readonly SeatMapView[]
  bags: readonly BagOption[]
}

export interface KeptPricing {
  pricingId: string
  profileId: string
  environment: Environment
  searchId: string
  /** The search's offer id that was priced. */
  searchOfferId: string
  /** FR24's answer: `offer[0].offerId` is the id to book. */
  answer: PricingData
  pax: PaxCounts
  pricedAt: number
  expiresAt: number
  view: PricedOffer
  /** Set by offerExtras; booking checks seat and bag picks against it. */
  extras?: PricedExtras
}

export type PricingLookup = { kind: 'found'; pricing: KeptPricing } | { kind: 'expired'; pricing: KeptPricing } | { kind: 'unknown' }

export class PricedOffers {
  private readonly pricings = new Map<string, KeptPricing>()

  constructor(
    private readonly now: () => number,
    private readonly limit = KEPT_PRICINGS
  ) {}

  keep(pricing: KeptPricing): void {
    this.pricings.set(pricing.pricingId, pricing)
    while (this.pricings.size > this.limit) this.pricings.delete(this.pricings.keys().next().value as string)
  }

  /**
   * An expired pricing is still answered (with its search ids), so the flow can re-price the same
   * offer; only the booking refuses it. Pricings of another profile read as unknown.
   */
  get(pricingId: string, profileId: string): PricingLookup {
    const pricing = this.pricings.get(pricingId)
    if (!pricing || pricing.profileId !== profileId) return { kind: 'unknown' }
    return pricing.expiresAt <= this.now() ? { kind: 'expired', pricing } : { kind: 'found', pricing }
  }

  setExtras(pricingId: string, extras: PricedExtras): void {
    const pricing = this.pricings.get(pricingId)
    if (pricing) pricing.extras = extras
  }
}
