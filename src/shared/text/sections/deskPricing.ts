/** Main's price check and extras failures (desk/booking pricing and extras): the keys under desk.pricing. English first; the Chinese is typed against it, so no key can be missing. */
export const deskPricingEn = {
  soldOut: 'FR24 can no longer sell this offer: choose another one.'
}

export const deskPricingZh: typeof deskPricingEn = {
  soldOut: 'FR24 已无法出售此报价：请选择其他报价。'
}
