/** Main's booking, payment and order failures (desk/booking, desk/orders): the keys under desk.booking and desk.orders. English first; the Chinese is typed against it, so no key can be missing. */
export const deskBookingEn = {
  booking: {
    pricingExpired: 'The price check is older than {{minutes}} minutes: check the price again before booking.'
  },
  orders: {
    notFound: 'Order {{orderNo}} is not among the orders booked from this desk on this account.'
  }
}

export const deskBookingZh: typeof deskBookingEn = {
  booking: {
    pricingExpired: '验价已超过 {{minutes}} 分钟：请重新验价后再预订。'
  },
  orders: {
    notFound: '订单 {{orderNo}} 不在本账户从此工作台预订的订单中。'
  }
}
