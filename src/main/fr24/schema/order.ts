import { z } from 'zod'
import { Offer, Segment, TicketInfo, legs, status } from './common'
import { amount, expected, inferred, maybe, text } from './kit'
import {
  Amount,
  Currency,
  DateText,
  Gender,
  Id,
  OrderNo,
  PartnerNo,
  PaxName,
  PaxTypeIn,
  PaymentMethod
} from './input'
import { AncillaryItem } from './ancillaryInput'

// ---- booking ----

export const CardType = z.enum(['ID', 'PP', 'GA', 'TW', 'TB', 'HX', 'HY'])

/** One traveller as FR24's `decodePassengers` describes them; sent only encrypted. */
export const Passenger = z.object({
  paxId: z.number().int().min(1).max(9),
  name: PaxName,
  paxType: PaxTypeIn,
  birthday: DateText,
  gender: Gender,
  cardNum: z.string().min(1).max(20),
  cardType: CardType,
  cardIssuedPlace: z.string().regex(/^[A-Z]{2}$/).optional(),
  cardExpiryDate: DateText.optional(),
  nationality: z.string().regex(/^[A-Z]{2}$/).optional(),
  paxEmail: z.string().max(100).optional(),
  paxMobile: z.string().max(30).optional(),
  areaCode: z.string().max(8).optional(),
  accompaniedPaxId: z.string().regex(/^\d+$/).optional()
})
export type Passenger = z.input<typeof Passenger>

function checkPassengers(list: z.output<typeof Passenger>[], ctx: z.RefinementCtx): void {
  const ids = new Set<number>()
  const adults = new Map<string, { chd: number; inf: number }>()
  for (const p of list) {
    if (ids.has(p.paxId)) ctx.addIssue({ code: 'custom', path: [], message: `paxId ${p.paxId} used twice` })
    ids.add(p.paxId)
    if (p.paxType === 'ADT') adults.set(String(p.paxId), { chd: 0, inf: 0 })
  }
  const chd = list.filter((p) => p.paxType === 'CHD').length
  if (chd > 2 * adults.size) ctx.addIssue({ code: 'custom', path: [], message: 'at most 2 children per adult' })
  list.forEach((p, i) => {
    if (p.paxType === 'ADT') return
    const adult = p.accompaniedPaxId === undefined ? undefined : adults.get(p.accompaniedPaxId)
    if (!adult) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'accompaniedPaxId'],
        message: 'children and infants need the paxId of an accompanying adult'
      })
      return
    }
    if (p.paxType === 'CHD' && ++adult.chd > 2)
      ctx.addIssue({ code: 'custom', path: [i], message: 'an adult can accompany at most 2 children' })
    if (p.paxType === 'INF' && ++adult.inf > 1)
      ctx.addIssue({ code: 'custom', path: [i], message: 'an adult can accompany at most 1 infant' })
  })
}

export const AgentContact = z.object({
  agentName: z.string().min(1).max(100),
  agentEmail: z.email(),
  mobile: z.string().regex(/^[0-9+\- ]{5,20}$/, 'a phone number'),
  areaCode: z.string().max(8)
})

export const BookingRequest = z.object({
  offerId: Id,
  partnerOrderNo: PartnerNo,
  passengers: z.array(Passenger).min(1).max(9).superRefine(checkPassengers),
  agentContact: AgentContact,
  ancillary: z.array(AncillaryItem).optional()
})
export type BookingRequest = z.input<typeof BookingRequest>

/** Booking response (schema-125436276) — also the base of orderDetail. */
export const BookingData = z.looseObject({
  orderNo: text,
  orderStatus: expected(status),
  partnerOrderNo: maybe(text),
  currency: z.string(),
  totalPrice: amount,
  payDeadline: expected(z.string()),
  createTime: inferred(expected(z.string()), 'booking carries createTime like orderDetail'),
  offer: expected(Offer),
  legs: expected(legs()),
  segments: expected(z.array(Segment))
})
export type BookingData = z.output<typeof BookingData>

// ---- ticketing (pay and issue; also pays a reissue quote) ----

export const TicketingRequest = z.object({
  orderNo: OrderNo,
  partnerOrderNo: PartnerNo,
  currency: Currency,
  totalPrice: Amount,
  paymentMethod: PaymentMethod
})
export type TicketingRequest = z.input<typeof TicketingRequest>

export const TicketingData = inferred(
  z.looseObject({
    orderNo: expected(text),
    partnerOrderNo: maybe(text),
    orderStatus: expected(status),
    currency: expected(z.string()),
    totalPrice: expected(amount)
  }),
  'ticketing data = { orderNo, partnerOrderNo, orderStatus "12", currency, totalPrice }'
)
export type TicketingData = z.output<typeof TicketingData>

// ---- payVerify ----

export const PayVerifyRequest = z.object({
  orderNo: OrderNo,
  partnerOrderNo: PartnerNo,
  totalPrice: Amount,
  currency: Currency
})
export type PayVerifyRequest = z.input<typeof PayVerifyRequest>

export const PayVerifyData = z.looseObject({
  orderNo: text,
  partnerOrderNo: maybe(text),
  orderStatus: inferred(maybe(status), 'payVerify echoes the order status'),
  currency: expected(z.string()),
  totalPrice: inferred(expected(amount), 'payVerify returns the amount to pay now'),
  offer: expected(Offer)
})
export type PayVerifyData = z.output<typeof PayVerifyData>

// ---- orderDetail ----

/**
 * By FR24's order number, or — when a booking's answer was lost and no order number is known —
 * by the partner order number alone with `orderNo` empty (the documented pattern `^\d*$` allows
 * it; docs/fr24-inferences.md "Looking up a lost booking"). One of the two must be given.
 */
export const OrderDetailRequest = z
  .object({ orderNo: z.union([OrderNo, z.literal('')]), partnerOrderNo: PartnerNo })
  .refine((r) => r.orderNo !== '' || r.partnerOrderNo !== '', { message: 'an orderNo, or a partnerOrderNo when the orderNo is not known', path: ['orderNo'] })
export type OrderDetailRequest = z.input<typeof OrderDetailRequest>

export const OrderPassenger = inferred(
  z.looseObject({
    paxId: text,
    name: expected(z.string()),
    paxType: expected(z.string()),
    birthday: maybe(z.string()),
    gender: maybe(z.string()),
    cardType: maybe(z.string()),
    /** Masked except the last 4 characters. */
    cardNum: maybe(z.string())
  }),
  'orderDetail passengers[] = { paxId, name, paxType, birthday, gender, cardType, cardNum masked }'
)

export const OrderType = z.enum(['ticket', 'reissue', 'refund', 'void'])

export const OrderDetailData = z.looseObject({
  orderNo: text,
  orderStatus: status,
  orderType: inferred(expected(z.string()), 'ticket | reissue | refund | void'),
  originalOrderNo: inferred(maybe(text), 'the ticket order an after-sale order belongs to'),
  partnerOrderNo: maybe(text),
  currency: expected(z.string()),
  totalPrice: maybe(amount),
  payDeadline: maybe(z.string()),
  createTime: inferred(expected(z.string()), 'YYYY-MM-DDTHH:mm China time'),
  offer: maybe(Offer),
  legs: maybe(legs()),
  segments: expected(z.array(Segment)),
  passengers: inferred(expected(z.array(OrderPassenger)), 'orderDetail lists passengers'),
  ticketInfo: inferred(maybe(z.array(TicketInfo)), 'present from status 13, shaped like info.ticketInfo[]'),
  changeFee: inferred(maybe(amount), 'reissue orders'),
  fareDifference: inferred(maybe(amount), 'reissue orders'),
  refundAmount: inferred(maybe(amount), 'refund orders'),
  refundFee: inferred(maybe(amount), 'refund orders')
})
export type OrderDetailData = z.output<typeof OrderDetailData>
