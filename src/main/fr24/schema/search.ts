import { z } from 'zod'
import { Offer, Segment, legs } from './common'
import { amount, expected, inferred, maybe } from './kit'
import { Cabin, Carrier, FlightRef, OrderNo, PaxCounts, SearchLeg, checkPaxCounts, Id } from './input'

// ---- shopping ----

export const ShoppingRequest = PaxCounts.extend({
  searchLegs: z.array(SearchLeg).min(1).max(6),
  preferences: z
    .object({
      cabin: Cabin.optional(),
      preferredCarrier: z.array(Carrier).optional(),
      prohibitedCarrier: z.array(Carrier).optional(),
      stops: z.number().int().min(0).max(3).optional()
    })
    .optional()
}).superRefine(checkPaxCounts)
export type ShoppingRequest = z.input<typeof ShoppingRequest>

export const ShoppingData = z.looseObject({
  offers: z.array(Offer),
  legs: inferred(expected(legs()), 'shopping data = { offers, legs, segments }'),
  segments: inferred(expected(z.array(Segment)), 'shopping data = { offers, legs, segments }')
})
export type ShoppingData = z.output<typeof ShoppingData>

// ---- pricing ----

export const PricingRequest = PaxCounts.extend({ offerId: Id }).superRefine(checkPaxCounts)
export type PricingRequest = z.input<typeof PricingRequest>

/** `offer` is an array of one; its offerId is the one to book (FR24-skill reads `offer[0]`). */
export const PricingData = z.looseObject({
  offer: z.array(Offer),
  legs: inferred(expected(legs()), 'pricing data = { offer: [Offer], legs, segments }'),
  segments: inferred(expected(z.array(Segment)), 'pricing data = { offer: [Offer], legs, segments }')
})
export type PricingData = z.output<typeof PricingData>

// ---- changeReshop ----

export const ChangeReshopRequest = PaxCounts.extend({
  orderNo: OrderNo,
  originalSegments: z.array(FlightRef).min(1),
  newLegs: z.array(SearchLeg).min(1).max(6),
  preferences: z.object({ cabin: z.union([Cabin, z.literal('')]).optional() }).optional()
}).superRefine(checkPaxCounts)
export type ChangeReshopRequest = z.input<typeof ChangeReshopRequest>

/** A change offer: a shopping offer plus what the change costs for the passengers changing. */
export const ChangeOffer = Offer.extend({
  changeFee: inferred(maybe(amount), 'change offers carry changeFee'),
  fareDifference: inferred(maybe(amount), 'change offers carry fareDifference')
})
export type ChangeOffer = z.output<typeof ChangeOffer>

export const ChangeReshopData = inferred(
  z.looseObject({
    offers: z.array(ChangeOffer),
    legs: expected(legs()),
    segments: expected(z.array(Segment))
  }),
  'changeReshop data has the shopping shape'
)
export type ChangeReshopData = z.output<typeof ChangeReshopData>
