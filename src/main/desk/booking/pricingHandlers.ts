import type { bookingCalls } from '../../../shared/contract/booking'
import { deskError } from '../../../shared/errors'
import type { HandlerMap } from '../core/dispatch'
import { DeskFailure } from '../core/failure'

type PricingCalls = Pick<typeof bookingCalls, 'priceOffer' | 'offerExtras'>

// TEMPORARY (lead, this session): replaced by the pricing service's handlers before anything lands.
const notYet = (): never => {
  throw new DeskFailure(deskError('validation', 'desk.search.notReady'))
}

/** Price check and extras (contract/booking.ts). */
export function pricingHandlers(): HandlerMap<PricingCalls> {
  return { priceOffer: notYet, offerExtras: notYet }
}
