import { z } from 'zod'
import { badParameter } from './errors'

/**
 * Request bodies, checked the way FR24 would: a wrong field answers 10100010
 * with the field's path in the message. Lenient where the docs themselves
 * are inconsistent (paxId number or string, null for absent optionals,
 * numbers sent as numeric strings).
 */

const optionalText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => v ?? '')

const digits = z.string().regex(/^\d+$/, 'must be a digit string')
const iata3 = z.string().regex(/^[A-Za-z]{3}$/, 'must be a 3-letter IATA code').transform((s) => s.toUpperCase())
const carrierCode = z.string().regex(/^[A-Za-z0-9]{2}$/, 'must be a 2-character airline code').transform((s) => s.toUpperCase())
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be YYYY-MM-DDTHH:mm')

/** Integers may arrive as JSON numbers or numeric strings. */
const count = (min: number, max: number) =>
  z
    .union([z.number(), z.string().regex(/^\d+$/).transform(Number), z.null()])
    .optional()
    .transform((v) => v ?? 0)
    .pipe(z.number().int().min(min).max(max))

const idText = z.union([z.string().min(1), z.number().int().transform(String)]).transform(String)

/** Money the partner sends back: a number or a decimal string, compared as decimals. */
const amount = z.union([
  z.number().finite().transform((n) => String(n)),
  z.string().trim().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal amount')
])

const placeType = z.enum(['airportcode', 'airportgroup']).nullable().optional()

export const searchLeg = z.object({
  origin: iata3,
  typeO: placeType,
  destination: iata3,
  typeD: placeType,
  depDate: date
})
export type SearchLegRequest = z.infer<typeof searchLeg>

const paxCounts = {
  adultNum: count(1, 9),
  childNum: count(0, 9),
  infantNum: count(0, 9)
}

const cabin = z
  .union([z.enum(['F', 'C', 'P', 'Y']), z.literal(''), z.null()])
  .optional()
  .transform((v) => (v ? v : 'Y'))

const carrierList = z
  .array(carrierCode)
  .nullable()
  .optional()
  .transform((v) => v ?? [])

export const shoppingRequest = z.object({
  searchLegs: z.array(searchLeg).min(1, 'must have at least 1 leg').max(6, 'must have at most 6 legs'),
  ...paxCounts,
  preferences: z
    .object({
      cabin,
      preferredCarrier: carrierList,
      prohibitedCarrier: carrierList,
      stops: z.number().int().min(0).max(3).nullable().optional(),
      resultCtrl: z.unknown().optional()
    })
    .nullable()
    .optional()
})
export type ShoppingRequest = z.infer<typeof shoppingRequest>

export const pricingRequest = z.object({ offerId: idText, ...paxCounts })

/** An ancillary line: auxType 1 = baggage, 2 = seat (auxId = seat number); fr24-inferences §6. */
function auxItemSchema() {
  return z.object({
    paxId: idText,
    segmentIds: z.array(z.string().min(1)).min(1),
    auxId: z.string().min(1),
    quantity: count(1, 9),
    auxType: z
      .union([z.literal(1), z.literal(2), z.literal('1'), z.literal('2')])
      .optional()
      .transform((v) => (v === undefined ? 1 : Number(v)))
  })
}

export const bookingRequest = z.object({
  offerId: idText,
  partnerOrderNo: optionalText,
  passengers: z.string().min(1, 'must not be empty'),
  agentContact: z.object({
    agentName: optionalText,
    agentEmail: optionalText,
    mobile: optionalText,
    areaCode: optionalText
  }),
  ancillary: z.array(auxItemSchema()).nullable().optional()
})

const payment = {
  currency: z.string().regex(/^[A-Za-z]{3}$/, 'must be a 3-letter currency code'),
  totalPrice: amount
}

export const ticketingRequest = z.object({
  orderNo: digits,
  partnerOrderNo: optionalText,
  ...payment,
  paymentMethod: z.union([z.string(), z.number().transform(String)])
})

export const payVerifyRequest = z.object({ orderNo: digits, partnerOrderNo: optionalText, ...payment })

export const orderDetailRequest = z.object({ orderNo: digits, partnerOrderNo: optionalText })

export const presaleAuxRequest = z.object({ offerId: idText })
export const postsaleAuxRequest = z.object({ orderNo: digits })

export const seatMapRequest = z.object({
  bookType: z.union([z.literal('1'), z.literal('2'), z.literal(1), z.literal(2)]).transform(String),
  offerId: optionalText,
  orderNo: optionalText,
  segments: z
    .array(z.object({ segmentId: optionalText }).passthrough())
    .nullable()
    .optional()
    .transform((v) => v ?? [])
})

export const auxItem = auxItemSchema()
export type AuxItem = z.infer<typeof auxItem>

export const ancillaryBookingRequest = z.object({
  orderNo: digits,
  partnerOrderNo: optionalText,
  ancillary: z.array(auxItem).min(1, 'must have at least 1 item')
})

export const ancillaryPurchaseRequest = z.object({
  auxOrderNo: digits,
  partnerAuxOrderNo: optionalText,
  orderNo: optionalText,
  ...payment,
  paymentMethod: z.union([z.string(), z.number().transform(String)])
})

export const ancillaryOrderDetailRequest = z.object({ auxOrderNo: digits })

const originalSegment = z.object({ carrier: carrierCode, flightNo: z.string().min(1), depTime: dateTime })

export const changeReshopRequest = z.object({
  orderNo: digits,
  originalSegments: z.array(originalSegment).min(1),
  newLegs: z.array(searchLeg).min(1).max(6),
  ...paxCounts,
  // Empty or absent cabin keeps the order's cabin (the documented example sends "").
  preferences: z
    .object({ cabin: z.union([z.enum(['F', 'C', 'P', 'Y']), z.literal(''), z.null()]).optional() })
    .nullable()
    .optional()
})

const refundPassenger = z.object({
  paxId: idText,
  name: z.string().min(1),
  birthday: z.string().nullable().optional(),
  gender: z.string().nullable().optional()
})

export const reissueRequest = z.object({
  tktOrderNo: digits,
  partnerOrderNo: optionalText,
  originalSegments: z.array(originalSegment).min(1),
  newLegs: z
    .array(
      z.object({
        carrier: carrierCode,
        flightNo: z.string().min(1),
        depAirport: iata3,
        depTime: dateTime,
        arrAirport: iata3.optional(),
        arrTime: dateTime.optional(),
        cabin: z.string().optional()
      })
    )
    .min(1),
  passengers: z.array(refundPassenger).nullable().optional(),
  remarks: optionalText
})

const refundSegment = z.object({
  carrier: carrierCode,
  flightNo: z.string().min(1),
  depAirport: iata3,
  depTime: dateTime,
  arrAirport: iata3,
  arrTime: dateTime
})

const refundReason = z
  .union([z.enum(['0', '1', '2', '3']), z.number().int().min(0).max(3).transform(String), z.null()])
  .optional()
  .transform((v) => v ?? '0')

const fileIds = z
  .array(z.union([z.object({ fileId: z.string().min(1) }).transform((o) => o.fileId), z.string().min(1)]))
  .nullable()
  .optional()
  .transform((v) => v ?? [])

export const refundRequest = z.object({
  tktOrderNo: digits,
  partnerOrderNo: optionalText,
  passengers: z.array(refundPassenger).min(1),
  segments: z.array(refundSegment).nullable().optional(),
  refundReason,
  remarks: optionalText,
  fileId: fileIds
})

export const refundConfirmingRequest = z.object({
  refundOrderNo: optionalText,
  tktOrderNo: optionalText,
  partnerOrderNo: optionalText,
  passengers: z.array(refundPassenger).nullable().optional(),
  segments: z.array(refundSegment).nullable().optional(),
  refundReason,
  remarks: optionalText,
  fileId: fileIds
})

export const voidRequest = z.object({
  tktOrderNo: digits,
  partnerOrderNo: optionalText,
  passengers: z.array(refundPassenger).min(1)
})

export const fileUploadRequest = z.object({
  fileName: z.string().min(1).max(255),
  fileType: z.string().min(1).max(100),
  content: z.string().min(1)
})

function pathText(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part)
  return out || 'body'
}

/** Parses a body with a schema or answers 10100010 naming the first offending field. */
export function read<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  if (!issue) badParameter('body', 'is invalid')
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message)
  badParameter(pathText(issue.path), missing ? 'is required' : issue.message)
}
