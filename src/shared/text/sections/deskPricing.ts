/** Main's price check and extras failures (desk/booking pricing and extras): the keys under desk.pricing. English first; the Chinese is typed against it, so no key can be missing. */
export const deskPricingEn = {
  soldOut: 'FR24 can no longer sell this offer: choose another one.',
  expired: 'This price is older than {{minutes}} minutes and FR24 no longer holds it: price the offer again.',
  unknown: 'This price check is no longer held (the desk restarted, or another account is active): price the offer again.',
  unreadable: 'FR24 answered the price check with an offer FR24 Desk could not read, so it cannot be booked. Copy a support bundle.'
}

export const deskPricingZh: typeof deskPricingEn = {
  soldOut: 'FR24 已无法出售此报价：请选择其他报价。',
  expired: '此价格已超过 {{minutes}} 分钟，FR24 不再保留：请重新核价。',
  unknown: '此次核价已不再保留（FR24 Desk 已重启，或已切换到其他账户）：请重新核价。',
  unreadable: 'FR24 返回的核价报价无法被 FR24 Desk 读取，因此无法预订。请复制支持信息包。'
}
