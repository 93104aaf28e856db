import { z } from 'zod'
import { status } from './common'
import { amount, expected, inferred, maybe, text } from './kit'
import { AfterSalePax, AfterSaleSegment, Cabin, Carrier, FlightRef, Iata, LocalTime, OrderNo, PartnerNo } from './input'

/** refundReason: "0" voluntary, "1" involuntary (schedule change), "2" illness/death, "3" other (inference). */
export const RefundReason = z.enum(['0', '1', '2', '3'])
/** Proof documents: the docs type fileId as an array of objects. */
export const FileRef = z.object({ fileId: z.string().min(1).max(200) })

// ---- reissueRequest ----

export const ReissueRequest = z.object({
  tktOrderNo: OrderNo,
  partnerOrderNo: PartnerNo,
  originalSegments: z.array(FlightRef).min(1),
  newLegs: z
    .array(
      z.object({
        carrier: Carrier,
        flightNo: z.string().regex(/^[A-Z0-9]{1,8}$/),
        depAirport: Iata,
        depTime: LocalTime,
        arrAirport: Iata,
        arrTime: LocalTime,
        cabin: Cabin
      })
    )
    .min(1),
  passengers: z.array(AfterSalePax).optional(),
  remarks: z.string().max(500).optional()
})
export type ReissueRequest = z.input<typeof ReissueRequest>

export const ReissueData = inferred(
  z.looseObject({
    tktOrderNo: maybe(text),
    reissueOrderNo: text,
    orderStatus: expected(status),
    currency: expected(z.string()),
    totalPrice: expected(amount),
    changeFee: maybe(amount),
    fareDifference: maybe(amount),
    payDeadline: expected(z.string())
  }),
  'the reissue quote comes back synchronously: reissueOrderNo, status 48, amount to pay'
)
export type ReissueData = z.output<typeof ReissueData>

// ---- refundRequest / refundConfirming ----

export const RefundRequest = z.object({
  tktOrderNo: OrderNo,
  partnerOrderNo: PartnerNo,
  passengers: z.array(AfterSalePax).min(1),
  segments: z.array(AfterSaleSegment).min(1),
  refundReason: RefundReason.optional(),
  remarks: z.string().max(500).optional(),
  fileId: z.array(FileRef).optional()
})
export type RefundRequest = z.input<typeof RefundRequest>

export const RefundQuoteData = inferred(
  z.looseObject({
    tktOrderNo: maybe(text),
    refundOrderNo: text,
    orderStatus: expected(status),
    currency: maybe(z.string()),
    refundAmount: maybe(amount),
    refundFee: maybe(amount)
  }),
  'refund quote: refundOrderNo, status 73 (amounts present) or 72 (still quoting)'
)
export type RefundQuoteData = z.output<typeof RefundQuoteData>

export const RefundConfirmingRequest = z
  .object({
    refundOrderNo: OrderNo.optional(),
    tktOrderNo: OrderNo.optional(),
    passengers: z.array(AfterSalePax).optional(),
    segments: z.array(AfterSaleSegment).optional(),
    refundReason: RefundReason.optional(),
    remarks: z.string().max(500).optional(),
    fileId: z.array(FileRef).optional()
  })
  .refine((v) => v.refundOrderNo !== undefined || (v.tktOrderNo !== undefined && (v.passengers?.length ?? 0) > 0), {
    message: 'give the refund order number, or the ticket order number with the passengers',
    path: ['refundOrderNo']
  })
export type RefundConfirmingRequest = z.input<typeof RefundConfirmingRequest>

export const RefundConfirmData = inferred(
  z.looseObject({
    refundOrderNo: expected(text),
    tktOrderNo: maybe(text),
    orderStatus: expected(status),
    currency: maybe(z.string()),
    refundAmount: maybe(amount)
  }),
  'refundConfirming data = { refundOrderNo, tktOrderNo, orderStatus "25", currency, refundAmount }'
)
export type RefundConfirmData = z.output<typeof RefundConfirmData>

// ---- voidRequest ----

export const VoidRequest = z.object({
  tktOrderNo: OrderNo,
  partnerOrderNo: PartnerNo,
  passengers: z.array(AfterSalePax).min(1)
})
export type VoidRequest = z.input<typeof VoidRequest>

export const VoidData = inferred(
  z.looseObject({ tktOrderNo: maybe(text), voidOrderNo: expected(text), orderStatus: expected(status) }),
  'voidRequest data = { tktOrderNo, voidOrderNo, orderStatus "36" }'
)
export type VoidData = z.output<typeof VoidData>

// ---- fileUpload ----

export const FileUploadRequest = inferred(
  z.object({
    fileName: z.string().min(1).max(200),
    fileType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'a MIME type like application/pdf'),
    bytes: z.instanceof(Uint8Array).refine((b) => b.length > 0, 'the file is empty')
  }),
  'fileUpload is JSON: { fileName, fileType, content (Base64) } (T3)'
)
export type FileUploadRequest = z.input<typeof FileUploadRequest>

export const FileUploadData = inferred(
  z.looseObject({ fileId: text, fileName: maybe(z.string()) }),
  'fileUpload data = { fileId, fileName }'
)
export type FileUploadData = z.output<typeof FileUploadData>
