import type { bookingCalls } from '../../../shared/contract/booking'
import { deskError } from '../../../shared/errors'
import type { HandlerMap } from '../core/dispatch'
import { DeskFailure } from '../core/failure'

type BookCalls = Pick<typeof bookingCalls, 'checkDuplicates' | 'bookOffer' | 'agencyContact' | 'saveAgencyContact'>

// TEMPORARY (lead, this session): replaced by the booking service's handlers before anything lands.
const notYet = (): never => {
  throw new DeskFailure(deskError('validation', 'desk.search.notReady'))
}

/** Duplicate guard, booking and the agency contact (contract/booking.ts). */
export function bookHandlers(): HandlerMap<BookCalls> {
  return { checkDuplicates: notYet, bookOffer: notYet, agencyContact: notYet, saveAgencyContact: notYet }
}
