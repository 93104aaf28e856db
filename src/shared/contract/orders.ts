import { LocalOrders, OrderRef, OrderSummary, OrderViewRequest, OrderView, PayOutcome, PayQuote, PayRequest } from '../domain/booking'
import { call, event, NoArgs, type CallSpec, type EventSpec } from './define'

export const orderCalls = {
  /** One order from the journal; with `refresh`, FR24's orderDetail first (which also settles an uncertain booking or payment). */
  orderView: call(OrderViewRequest, OrderView),
  /** The active profile's orders booked from this desk, newest first (the Orders screen's list). */
  localOrders: call(NoArgs, LocalOrders),
  /** payVerify and the balance, just before the agent confirms a payment. A short balance answers `shortBy`. */
  payQuote: call(OrderRef, PayQuote),
  /**
   * FR24 ticketing from the balance, through the money path, at most once per order: a second call
   * while one runs, or after one paid, sends nothing. Not cancellable (see bookOffer).
   */
  payOrder: call(PayRequest, PayOutcome)
} satisfies Record<string, CallSpec>

export const orderEvents = {
  /** An order the desk booked changed (booked, paid, ticketed, found after a lost answer). */
  orderChanged: event(OrderSummary)
} satisfies Record<string, EventSpec>
