/**
 * The shapes the sandbox speaks: FR24's documented field names
 * (shopping.md, booking.md) plus the inferred ones agreed in
 * docs/fr24-inferences.md §6. Amounts are decimal strings inside the
 * sandbox and become JSON numbers only at the edge.
 */

export type PaxType = 'ADT' | 'CHD' | 'INF'
export type CabinCode = 'F' | 'C' | 'P' | 'Y'

export interface PaxCounts {
  adultNum: number
  childNum: number
  infantNum: number
}

/** Flight information, 16 documented properties. */
export interface Segment {
  segmentId: string
  duration: number
  carrier: string
  flightNo: string
  codeShare: boolean
  operatingCarrier: string | null
  operatingFlightNo: string | null
  aircraftCode: string
  depAirport: string
  depTerminal: string | null
  depTime: string
  arrAirport: string
  arrTerminal: string | null
  arrTime: string
  stopAirport: string | null
  stopDuration: number | null
}

export interface Leg {
  legId: string
  segmentIds: string[]
}

export interface TaxLine {
  taxType: string
  taxAmount: string
}

export interface PaxPrice {
  paxType: PaxType
  baseFare: string
  totalTax: string
  taxBreakdown: TaxLine[]
  serviceFee: string
}

export interface RefundRule {
  paxType: PaxType
  couponStatus: number
  refundPolicy: string
  applicableTime: number[] | null
  refundFee: string | null
  fullRefundAP: number | null
}

export interface ChangeRule {
  paxType: PaxType
  couponStatus: number
  changePolicy: string
  applicableTime: number[] | null
  changeFee: string | null
}

export interface Baggage {
  segmentId: string
  cabinBagPc: string
  cabinBagSize: string
  cabinBagWeight: string
  checkedBagPc: string
  checkedBagSize: string
  checkedBagWeight: string
}

export interface ProductTag {
  ticketPromise: number | null
  refuseDeadline: number | null
  ticketingTime: number | null
  reschedulePendingTime: number | null
  voluntaryServiceStandard: number | null
  voluntaryRefundTime: number | null
  involuntaryServiceStandard: number | null
  involuntaryRefundTime: number | null
  RBDChangedRisk: boolean
  refundCondition: number | null
  reissueCondition: number | null
  voidingCondition: boolean
  fareBrand: string[]
  posArea: string[]
}

/** An offer as the sandbox holds it (amounts as decimal strings). */
export interface Offer {
  offerId: string
  legId: string
  currency: string
  platingCarrier: string
  pricePerPax: PaxPrice[]
  totalPrice: string
  cabin: CabinCode[]
  RBD: string[]
  fareBasis: string[]
  availability: string[]
  extraInfo: { freeBaggageAllowance: Baggage[] }
  eligibilityFlag: boolean
  eligibilityDetail: null
  rules: { refund: RefundRule[]; change: ChangeRule[] }
  productType: string
  productTag: ProductTag
  productSource: string
  paymentMethod: string
}

/** An offer with the legs and segments it flies: what pricing and booking carry around. */
export interface PricedItinerary {
  offer: Offer
  legs: Leg[]
  segments: Segment[]
}

export interface SearchLegInput {
  origin: string
  typeO?: 'airportcode' | 'airportgroup' | null | undefined
  destination: string
  typeD?: 'airportcode' | 'airportgroup' | null | undefined
  depDate: string
}

export interface SearchInput extends PaxCounts {
  legs: SearchLegInput[]
  cabin: CabinCode
  preferredCarrier: string[]
  prohibitedCarrier: string[]
  maxStops: number | null
  /** The load knob: at least this many offers (0 = what the route naturally has). */
  minOffers: number
}

export function seatsNeeded(p: PaxCounts): number {
  return p.adultNum + p.childNum // infants sit on laps
}
