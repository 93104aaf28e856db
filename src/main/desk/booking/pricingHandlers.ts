import type { bookingCalls } from '../../../shared/contract/booking'
import type { HandlerMap } from '../core/dispatch'
import type { PricingService } from './pricing'

type PricingCalls = Pick<typeof bookingCalls, 'priceOffer' | 'offerExtras'>

/** Price check and extras (contract/booking.ts). */
export function pricingHandlers(service: PricingService): HandlerMap<PricingCalls> {
  return {
    priceOffer: (request, run) => service.priceOffer(request, run),
    offerExtras: (request, run) => service.offerExtras(request, run)
  }
}
