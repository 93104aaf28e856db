/** Main's booking, payment and order failures (desk/booking, desk/orders): the keys under desk.booking and desk.orders. English first; the Chinese is typed against it, so no key can be missing. */
export const deskBookingEn = {
  booking: {
    pricingExpired: 'The price check is older than {{minutes}} minutes: check the price again before booking.',
    passengerCounts: 'The price was checked for {{adults}} adult(s), {{children}} child(ren) and {{infants}} infant(s): the passengers must be the same.',
    companion: 'Passenger {{passenger}} is a child or an infant and must travel with one of the adults (each infant with a different adult, at most 2 children per adult).',
    picksInvalid: 'A seat or bag was picked for a passenger who cannot have it (an infant has no seat; one seat per passenger per flight): check the seats and bags.',
    extrasChanged: 'A seat or bag picked is no longer offered at the price shown: check the price, seats and bags again.',
    totalChanged: 'The total is {{actual}} {{currency}}, not {{expected}} {{currency}} as shown: check the price again before booking.',
    duplicates: '{{count}} passenger(s) already hold a live order from this desk on an overlapping trip: airlines cancel duplicate bookings and charge the agency. Read the warning and confirm to book anyway.',
    uncertainFirst: 'An earlier booking’s answer was lost and FR24 could not be asked about it yet: look at that order first (partner order number {{partnerOrderNo}}), then book.',
    notBooked: 'FR24 did not make the booking (its answer was lost, and FR24 has no order under this booking’s reference): nothing was booked. You may book again.'
  },
  orders: {
    notFound: 'Order {{orderNo}} is not among the orders booked from this desk on this account.',
    confirmAmount: 'This is a Production account: type the amount to pay ({{amount}} {{currency}}) again to confirm it.',
    amountChanged: 'The amount to pay for order {{orderNo}} is {{amount}} {{currency}}, not {{given}} {{currency}}: check the payment again.',
    insufficientBalance: 'The balance does not cover this payment: {{missing}} {{currency}} is missing. Top up the FR24 balance, then pay.',
    notPayable: 'Order {{orderNo}} cannot be paid: it is {{state}}.',
    uncertainFirst: 'An earlier payment of order {{orderNo}} had its answer lost and FR24 could not be asked about it yet: nothing more is sent until it is known. Refresh the order.',
    notPaid: 'FR24 did not take the payment for order {{orderNo}} (its answer was lost, and the order is still unpaid): nothing was paid. You may pay again.',
    profileChanged: 'The balance shown is for another account than order {{orderNo}}: switch back to the account that booked it.'
  }
}

export const deskBookingZh: typeof deskBookingEn = {
  booking: {
    pricingExpired: '验价已超过 {{minutes}} 分钟：请重新验价后再预订。',
    passengerCounts: '验价时为 {{adults}} 名成人、{{children}} 名儿童和 {{infants}} 名婴儿：乘客必须与之一致。',
    companion: '乘客 {{passenger}} 是儿童或婴儿，必须由一名成人陪同（每名婴儿由不同的成人陪同，每名成人最多陪同 2 名儿童）。',
    picksInvalid: '为不能选择的乘客选了座位或行李（婴儿没有座位；每名乘客每个航班只能选一个座位）：请检查座位和行李。',
    extrasChanged: '所选座位或行李已不再以显示的价格提供：请重新核对价格、座位和行李。',
    totalChanged: '总价为 {{actual}} {{currency}}，而不是显示的 {{expected}} {{currency}}：请重新验价后再预订。',
    duplicates: '{{count}} 名乘客已在本工作台有行程重叠的有效订单：航空公司会取消重复预订并向代理收费。请阅读提示并确认后仍可预订。',
    uncertainFirst: '之前一次预订的答复丢失，且暂时无法向 FR24 查询：请先查看该订单（合作方订单号 {{partnerOrderNo}}），再预订。',
    notBooked: 'FR24 没有生成订单（答复丢失，且 FR24 在此预订的编号下没有订单）：没有预订任何内容。您可以重新预订。'
  },
  orders: {
    notFound: '订单 {{orderNo}} 不在本账户从此工作台预订的订单中。',
    confirmAmount: '这是生产环境账户：请再次输入支付金额（{{amount}} {{currency}}）以确认。',
    amountChanged: '订单 {{orderNo}} 的应付金额为 {{amount}} {{currency}}，而不是 {{given}} {{currency}}：请重新核对支付。',
    insufficientBalance: '余额不足以支付：还差 {{missing}} {{currency}}。请先为 FR24 余额充值，再支付。',
    notPayable: '订单 {{orderNo}} 无法支付：当前状态为 {{state}}。',
    uncertainFirst: '订单 {{orderNo}} 之前一次支付的答复丢失，且暂时无法向 FR24 查询：在弄清之前不会再发送任何请求。请刷新订单。',
    notPaid: 'FR24 没有扣款（订单 {{orderNo}} 的答复丢失，且订单仍未支付）：没有支付任何款项。您可以重新支付。',
    profileChanged: '显示的余额属于另一个账户，而不是订单 {{orderNo}} 的账户：请切换回预订该订单的账户。'
  }
}
