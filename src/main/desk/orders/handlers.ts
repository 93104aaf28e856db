import type { orderCalls } from '../../../shared/contract/orders'
import { deskError } from '../../../shared/errors'
import type { HandlerMap } from '../core/dispatch'
import { DeskFailure } from '../core/failure'

// TEMPORARY (lead, this session): replaced by the orders service's handlers before anything lands.
const notYet = (): never => {
  throw new DeskFailure(deskError('validation', 'desk.search.notReady'))
}

/** Orders room (contract/orders.ts). */
export function orderHandlers(): HandlerMap<typeof orderCalls> {
  return { orderView: notYet, localOrders: notYet, payQuote: notYet, payOrder: notYet }
}
