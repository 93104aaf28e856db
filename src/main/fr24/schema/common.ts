import { z } from 'zod'
import { amount, count, expected, flag, inferred, listOrOne, maybe, text, textList } from './kit'

/** "Flight information", 16 documented properties. Times are airport-local `YYYY-MM-DDTHH:mm`. */
export const Segment = z.looseObject({
  segmentId: text,
  duration: expected(count),
  carrier: expected(z.string()),
  flightNo: expected(text),
  codeShare: maybe(flag),
  operatingCarrier: maybe(z.string()),
  operatingFlightNo: maybe(text),
  aircraftCode: maybe(text),
  depAirport: expected(z.string()),
  depTerminal: maybe(text),
  depTime: expected(z.string()),
  arrAirport: expected(z.string()),
  arrTerminal: maybe(text),
  arrTime: expected(z.string()),
  stopAirport: maybe(z.string()),
  stopDuration: maybe(count)
})
export type Segment = z.output<typeof Segment>

/** A journey in one direction: which segments it flies. */
export const Leg = z.looseObject({
  legId: text,
  segmentIds: z.array(text)
})
export type Leg = z.output<typeof Leg>

export const legs = () =>
  inferred(listOrOne(Leg), 'one leg per searched direction; sent as an array, schema skeleton shows one object (B22)')

export const PaxType = z.enum(['ADT', 'CHD', 'INF'])

export const TaxLine = z.looseObject({ taxType: maybe(z.string()), taxAmount: maybe(amount) })

export const PricePerPax = z.looseObject({
  paxType: z.string(),
  baseFare: expected(amount),
  totalTax: expected(amount),
  taxBreakdown: maybe(z.array(TaxLine)),
  serviceFee: maybe(amount)
})
export type PricePerPax = z.output<typeof PricePerPax>

export const BaggageAllowance = z.looseObject({
  segmentId: maybe(text),
  cabinBagPc: maybe(z.string()),
  cabinBagSize: maybe(z.string()),
  cabinBagWeight: maybe(z.string()),
  checkedBagPc: maybe(z.string()),
  checkedBagSize: maybe(z.string()),
  checkedBagWeight: maybe(z.string())
})

export const RefundRule = z.looseObject({
  paxType: maybe(z.string()),
  couponStatus: maybe(count),
  refundPolicy: maybe(z.string()),
  applicableTime: maybe(z.array(z.number().nullable())),
  refundFee: maybe(amount),
  fullRefundAP: maybe(z.number())
})

export const ChangeRule = z.looseObject({
  paxType: maybe(z.string()),
  couponStatus: maybe(count),
  changePolicy: maybe(z.string()),
  applicableTime: maybe(z.array(z.number().nullable())),
  changeFee: maybe(amount)
})

/** Fare rules of an offer: what refunds and changes cost. */
export const FareRules = z.looseObject({
  refund: maybe(z.array(RefundRule)),
  change: maybe(z.array(ChangeRule))
})
export type FareRules = z.output<typeof FareRules>

export const ProductTag = z.looseObject({
  ticketPromise: maybe(z.number()),
  refuseDeadline: maybe(z.number()),
  ticketingTime: maybe(z.number()),
  reschedulePendingTime: maybe(z.number()),
  voluntaryServiceStandard: maybe(z.number()),
  voluntaryRefundTime: maybe(z.number()),
  involuntaryServiceStandard: maybe(z.number()),
  involuntaryRefundTime: maybe(z.number()),
  RBDChangedRisk: maybe(z.boolean()),
  refundCondition: maybe(z.number()),
  reissueCondition: maybe(z.number()),
  voidingCondition: maybe(z.boolean()),
  fareBrand: maybe(z.array(z.string().nullable())),
  posArea: maybe(z.array(z.string().nullable()))
})

export const EligibilityDetail = z.looseObject({
  paxType: maybe(z.string()),
  minPaxNum: maybe(z.number()),
  minAge: maybe(z.number()),
  maxPaxNum: maybe(z.number()),
  maxAge: maybe(z.number()),
  nationalityType: maybe(z.number()),
  nationality: maybe(z.array(z.string()))
})

/**
 * An offer as shopping, pricing, booking and payVerify return it. `totalPrice` is ours to rely on
 * (inference M3); payVerify's documented example has neither `currency` nor `availability`.
 */
export const Offer = z.looseObject({
  offerId: text,
  legId: expected(text),
  currency: expected(z.string()),
  totalPrice: inferred(expected(amount), 'every offer carries the total for the searched passengers (M3)'),
  platingCarrier: expected(z.string()),
  pricePerPax: expected(z.array(PricePerPax)),
  cabin: maybe(textList),
  RBD: maybe(textList),
  fareBasis: maybe(textList),
  availability: maybe(textList),
  extraInfo: maybe(z.looseObject({ freeBaggageAllowance: maybe(z.array(BaggageAllowance)) })),
  eligibilityFlag: maybe(z.boolean()),
  eligibilityDetail: maybe(EligibilityDetail),
  rules: maybe(FareRules),
  productType: maybe(z.string()),
  productTag: maybe(ProductTag),
  productSource: maybe(z.string()),
  paymentMethod: maybe(text)
})
export type Offer = z.output<typeof Offer>

/** Passenger name and id as after-sale and ancillary answers list them. */
export const PaxRef = z.looseObject({ paxId: text, name: expected(z.string()) })

/** Per-passenger tickets, shaped like orderChangeInforming `info.ticketInfo[]`. */
export const TicketInfo = z.looseObject({
  paxId: text,
  airlinePnr: maybe(textList),
  gdsPnr: maybe(textList),
  ticketNo: expected(textList),
  segmentIds: expected(textList)
})
export type TicketInfo = z.output<typeof TicketInfo>

/** Order status codes arrive as strings or numbers (B4); the app keeps strings. */
export const status = text
