import {
  AgencyContact,
  BookOutcome,
  BookRequest,
  DuplicateCheck,
  DuplicateCheckRequest,
  OfferExtras,
  PriceOfferRequest,
  PricedOffer,
  PricingRef,
  SavedAgencyContact
} from '../domain/booking'
import { call, longCall, NoArgs, type CallSpec, type EventSpec } from './define'

/** Nine passengers with documents, seats and bags stay far below this. */
const BOOK_REQUEST_BYTES = 32 * 1024

export const bookingCalls = {
  /** FR24 pricing of one kept search offer; progress stages are BookingStage. A sold-out offer answers action 'search-again'. */
  priceOffer: longCall(PriceOfferRequest, PricedOffer),
  /** Seat maps (seatMap, per segment) and bags (presaleAncillaryShopping) of a priced offer; either may be missing (its gap says why). */
  offerExtras: longCall(PricingRef, OfferExtras),
  /** The same person (name + birthday) already on a live order from this desk on an overlapping trip. */
  checkDuplicates: call(DuplicateCheckRequest, DuplicateCheck),
  /**
   * FR24 booking through the money path. Not cancellable on purpose: once a booking may have left,
   * stopping the wait would only make its outcome unknown. A second call for a pricing that already
   * booked (or whose booking is uncertain) sends nothing: it answers that order, or looks it up first.
   */
  bookOffer: call(BookRequest, BookOutcome, { maxRequestBytes: BOOK_REQUEST_BYTES }),
  /** The agency contact remembered for the active profile (null until the first booking saves one). */
  agencyContact: call(NoArgs, SavedAgencyContact),
  saveAgencyContact: call(AgencyContact, SavedAgencyContact)
} satisfies Record<string, CallSpec>

export const bookingEvents = {} satisfies Record<string, EventSpec>
