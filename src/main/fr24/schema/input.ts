import { z } from 'zod'
import { DecimalString } from '../../../shared/money'
import { JsonNumber } from '../json'

/**
 * Building blocks for what the desk sends. Unlike answers, requests are checked strictly: a bad
 * request is caught here, with the field named, before anything reaches FR24.
 */
export const Iata = z.string().regex(/^[A-Z]{3}$/, 'a 3-letter IATA code in capitals')
export const Carrier = z.string().regex(/^[A-Z0-9]{2}$/, 'a 2-character airline code')
export const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
export const LocalTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local time YYYY-MM-DDTHH:mm')
export const OrderNo = z.string().regex(/^\d{1,32}$/, 'an FR24 order number (digits)')
export const Id = z.string().min(1).max(200)
export const Cabin = z.enum(['F', 'C', 'P', 'Y'])
export const PaxTypeIn = z.enum(['ADT', 'CHD', 'INF'])
export const Gender = z.enum(['F', 'M'])
export const PaxName = z.string().regex(/^[A-Z]+\/[A-Z]+$/, 'SURNAME/GIVEN in capitals, no spaces')
/** Passenger ids: integers in decodePassengers, strings elsewhere (B10); we send strings outside booking. */
export const PaxIdText = z.union([z.string().regex(/^\d+$/), z.number().int().min(1)]).transform(String)
export const PartnerNo = z.string().max(64).default('')
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO currency code')
/** An amount to send: a decimal string in, an exact JSON number out. */
export const Amount = DecimalString.transform((v) => new JsonNumber(v))
/** `paymentMethod "0"`: pay from the B2B wallet balance — the only documented method. */
export const PaymentMethod = z.string().regex(/^\d+$/).default('0')

export const PaxCounts = z.object({
  adultNum: z.number().int().min(1).max(9),
  childNum: z.number().int().min(0).max(9).default(0),
  infantNum: z.number().int().min(0).max(9).default(0)
})

/** FR24's global passenger rules (pricing page, V1 error 25, FR24-MCP). */
export function checkPaxCounts(
  v: { adultNum: number; childNum: number; infantNum: number },
  ctx: z.RefinementCtx
): void {
  if (v.adultNum + v.childNum + v.infantNum > 9)
    ctx.addIssue({ code: 'custom', path: ['adultNum'], message: 'at most 9 passengers in one booking' })
  if (v.childNum > 2 * v.adultNum)
    ctx.addIssue({ code: 'custom', path: ['childNum'], message: 'at most 2 children per adult' })
  if (v.infantNum > v.adultNum)
    ctx.addIssue({ code: 'custom', path: ['infantNum'], message: 'at most 1 infant per adult' })
}

export const SearchLeg = z.object({
  origin: Iata,
  destination: Iata,
  depDate: DateText,
  typeO: z.enum(['airportcode', 'airportgroup']).nullable().optional(),
  typeD: z.enum(['airportcode', 'airportgroup']).nullable().optional()
})
export type SearchLeg = z.input<typeof SearchLeg>

/** A flight as after-sale requests name it: airline, number and local departure time. */
export const FlightRef = z.object({ carrier: Carrier, flightNo: z.string().regex(/^[A-Z0-9]{1,8}$/), depTime: LocalTime })

/** "Refund passenger information" (refund, void, reissue). */
export const AfterSalePax = z.object({
  paxId: PaxIdText,
  name: PaxName,
  birthday: DateText.optional(),
  gender: Gender.optional()
})
export type AfterSalePax = z.input<typeof AfterSalePax>

export const AfterSaleSegment = z.object({
  carrier: Carrier,
  flightNo: z.string().regex(/^[A-Z0-9]{1,8}$/),
  depAirport: Iata,
  depTime: LocalTime,
  arrAirport: Iata,
  arrTime: LocalTime
})
export type AfterSaleSegment = z.input<typeof AfterSaleSegment>
