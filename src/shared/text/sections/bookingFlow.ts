/** The booking flow, the order page and the orders list (renderer features/booking, features/orders): top-level keys booking, order, orders. English first; the Chinese is typed against it, so no key can be missing. */
export const bookingFlowEn = {
  booking: {
    title: 'Book an offer',
    comingSoon: 'Checking the price, seats and bags, passengers and booking this offer arrive here next.'
  },
  order: {
    title: 'Order {{orderNo}}',
    comingSoon: 'This order’s details, tickets, payment deadline, changes, refunds and voids will be shown here.'
  },
  orders: {
    title: 'Orders',
    comingSoon: 'Your orders, their payment deadlines, tickets, changes, refunds and voids will be followed here.'
  }
}

export const bookingFlowZh: typeof bookingFlowEn = {
  booking: {
    title: '预订报价',
    comingSoon: '接下来这里将提供该报价的验价、选座与加购行李、填写乘客和预订。'
  },
  order: {
    title: '订单 {{orderNo}}',
    comingSoon: '这里将显示该订单的详情、票号、支付截止时间、改签、退票和废票。'
  },
  orders: {
    title: '订单',
    comingSoon: '这里将跟踪您的订单、支付截止时间、票号、改签、退票和废票。'
  }
}
