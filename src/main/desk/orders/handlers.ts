import type { orderCalls } from '../../../shared/contract/orders'
import type { HandlerMap } from '../core/dispatch'
import type { OrderService } from './service'

/** Orders room (contract/orders.ts). */
export function orderHandlers(service: OrderService): HandlerMap<typeof orderCalls> {
  return {
    orderView: (request) => service.orderView(request),
    localOrders: () => service.localOrders(),
    payQuote: (request) => service.payQuote(request),
    payOrder: (request) => service.payOrder(request)
  }
}
