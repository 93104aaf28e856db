import type { bookingCalls } from '../../../shared/contract/booking'
import type { HandlerMap } from '../core/dispatch'
import type { BookingService } from './book'

type BookCalls = Pick<typeof bookingCalls, 'checkDuplicates' | 'bookOffer' | 'agencyContact' | 'saveAgencyContact'>

/** Duplicate guard, booking and the agency contact (contract/booking.ts). */
export function bookHandlers(service: BookingService): HandlerMap<BookCalls> {
  return {
    checkDuplicates: (request) => service.checkDuplicates(request),
    bookOffer: (request) => service.bookOffer(request),
    agencyContact: () => service.agencyContact(),
    saveAgencyContact: (contact) => service.saveAgencyContact(contact)
  }
}
