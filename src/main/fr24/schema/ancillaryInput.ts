import { z } from 'zod'
import { JsonNumber } from '../json'
import { Currency, Id, Iata, LocalTime, OrderNo, PartnerNo, PaxIdText, Amount, PaymentMethod, PaxName } from './input'

/** Seat chosen from a seat map, booked as an ancillary (6 props, inference). */
export const SeatInfoInput = z.object({
  paxId: PaxIdText,
  segmentId: Id,
  seatNo: z.string().regex(/^\d{1,3}[A-Z]$/, 'a seat number like 12A'),
  price: z.string().regex(/^\d+(\.\d+)?$/),
  serviceFee: z.string().regex(/^\d+(\.\d+)?$/).default('0'),
  currency: Currency
})

export const BaggageInput = z.object({
  size: z.string().optional(),
  piece: z.number().int().min(0).optional(),
  weight: z.number().min(0).optional(),
  type: z.string().optional()
})

/** auxType: 1 = baggage, 2 = seat (inference, docs/fr24-inferences.md). */
export const AUX_BAGGAGE = 1
export const AUX_SEAT = 2

/** One ancillary to book, in booking (pre-sale) or ancillaryBooking (post-sale). */
export const AncillaryItem = z.object({
  paxId: PaxIdText,
  segmentIds: z.array(Id).min(1),
  auxId: Id,
  quantity: z.number().int().min(1).max(9),
  auxType: z.union([z.literal(AUX_BAGGAGE), z.literal(AUX_SEAT)]).default(AUX_BAGGAGE),
  baggage: z.array(BaggageInput).optional(),
  seatInfos: z
    .array(SeatInfoInput.transform((s) => ({ ...s, price: new JsonNumber(s.price), serviceFee: new JsonNumber(s.serviceFee) })))
    .optional()
})
export type AncillaryItem = z.input<typeof AncillaryItem>

/** A segment as orderDetail lists it, passed back unchanged (nulls and unknown keys included). */
export const SegmentInput = z.looseObject({
  segmentId: Id,
  carrier: z.string().nullish(),
  flightNo: z.string().nullish(),
  depAirport: Iata.nullish(),
  depTime: LocalTime.nullish(),
  arrAirport: Iata.nullish(),
  arrTime: LocalTime.nullish()
})

export const PresaleAncillaryRequest = z.object({ offerId: Id })
export const PostsaleAncillaryRequest = z.object({ orderNo: OrderNo })

export const AncillaryBookingRequest = z.object({
  orderNo: OrderNo,
  partnerOrderNo: PartnerNo,
  ancillary: z.array(AncillaryItem).min(1),
  passengers: z.array(z.object({ paxId: PaxIdText, name: PaxName })).min(1),
  segments: z.array(SegmentInput).min(1)
})
export type AncillaryBookingRequest = z.input<typeof AncillaryBookingRequest>

export const AncillaryPurchaseRequest = z.object({
  auxOrderNo: OrderNo,
  partnerAuxOrderNo: PartnerNo,
  orderNo: OrderNo.optional(),
  currency: Currency,
  totalPrice: Amount,
  paymentMethod: PaymentMethod
})
export type AncillaryPurchaseRequest = z.input<typeof AncillaryPurchaseRequest>

export const AncillaryOrderDetailRequest = z.object({ auxOrderNo: OrderNo, partnerAuxOrderNo: PartnerNo })
export type AncillaryOrderDetailRequest = z.input<typeof AncillaryOrderDetailRequest>
