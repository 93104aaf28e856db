import { z } from 'zod'
import { PaxRef, Segment, status } from './common'
import { amount, count, expected, inferred, maybe, text, textList } from './kit'

const num = z.union([z.number(), z.string().regex(/^\s*\d+(\.\d+)?\s*$/)]).transform((v) => Number(v))

/** An ancillary on offer ("Ancillary can be added to segments", 9 props). */
export const AuxOffer = z.looseObject({
  segmentIds: expected(textList),
  auxId: text,
  baseFare: expected(amount),
  serviceFee: maybe(amount),
  size: maybe(z.string()),
  piece: maybe(count),
  weight: maybe(num),
  limitPerPax: maybe(count),
  type: inferred(maybe(z.string()), 'the 9th aux property is `type`, e.g. CHECK_IN')
})
export type AuxOffer = z.output<typeof AuxOffer>

export const PresaleAncillaryData = z.looseObject({
  currency: expected(z.string()),
  auxes: z.array(AuxOffer),
  segments: expected(z.array(Segment))
})
export type PresaleAncillaryData = z.output<typeof PresaleAncillaryData>

export const PostsaleAncillaryData = inferred(
  z.looseObject({
    currency: expected(z.string()),
    auxes: z.array(AuxOffer),
    segments: expected(z.array(Segment)),
    passengers: inferred(expected(z.array(PaxRef)), 'post-sale offers list the passengers to book for')
  }),
  'postsale data = presale data + passengers'
)
export type PostsaleAncillaryData = z.output<typeof PostsaleAncillaryData>

export const BookedBaggage = z.looseObject({
  paxId: expected(text),
  segmentIds: expected(textList),
  auxId: expected(text),
  totalPrice: maybe(amount),
  baseFare: maybe(amount),
  serviceFee: maybe(amount),
  size: maybe(z.string()),
  piece: maybe(count),
  weight: maybe(num),
  quantity: maybe(count),
  type: maybe(z.string())
})

export const BookedSeat = inferred(
  z.looseObject({
    paxId: expected(text),
    segmentId: expected(text),
    seatNo: expected(z.string()),
    price: maybe(amount),
    serviceFee: maybe(amount),
    currency: maybe(z.string())
  }),
  'seatInfos[] = { paxId, segmentId, seatNo, price, serviceFee, currency }'
)

/**
 * ApiAuxOrderRs, "Ancillary booking response": what ancillaryBooking, ancillaryPurchase and
 * ancillaryOrderDetail all return. auxOrderStatus short codes "1".."4" are an inference.
 */
export const AuxOrderData = z.looseObject({
  auxOrderNo: text,
  auxOrderStatus: expected(status),
  partnerAuxOrderNo: maybe(text),
  orderNo: expected(text),
  createTime: expected(z.string()),
  currency: expected(z.string()),
  totalPrice: expected(amount),
  ancillary: expected(
    z.looseObject({
      baggage: maybe(z.array(BookedBaggage)),
      seatInfos: maybe(z.array(BookedSeat))
    })
  ),
  passengers: expected(z.array(PaxRef)),
  segments: expected(z.array(Segment)),
  payDeadline: expected(z.string())
})
export type AuxOrderData = z.output<typeof AuxOrderData>

export const AncillaryPurchaseData = inferred(AuxOrderData, 'ancillaryPurchase answers the ancillary order (status "2")')
