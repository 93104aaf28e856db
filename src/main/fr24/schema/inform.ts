import { z } from 'zod'
import { Segment, TicketInfo, status } from './common'
import { amount, expected, inferred, maybe, text, textList } from './kit'

/** Key spellings seen in the docs for the same field (B1, B3). */
const ALIASES: Record<string, string> = { timeStamp: 'timestamp', Passengers: 'passengers', Ancillary: 'ancillary' }

function unalias(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unalias)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const name = ALIASES[key] ?? key
    // The documented spelling wins when both are present.
    if (name !== key && (value as Record<string, unknown>)[name] !== undefined) continue
    out[name] = unalias(v)
  }
  return out
}

export const InformingType = z.enum([
  'orderStatus',
  'ticketNo',
  'scheduleChange',
  'ancillaryOrderStatus',
  'ticketNoUpdate',
  'refund',
  'change',
  'void'
])

const TicketGroup = z.looseObject({
  airlinePnr: maybe(text),
  gdsPnr: maybe(text),
  tktInfo: expected(z.array(z.looseObject({ ticketNo: text, paxId: maybe(textList), segmentIds: maybe(textList) })))
})

export const OrderChangeInforming = z.preprocess(
  unalias,
  z.looseObject({
    authentication: expected(z.looseObject({ sign: maybe(z.string()), timestamp: maybe(text) })),
    traceId: expected(z.string()),
    /** The doc example writes "ticketNo/ticketNoUpdate"; any text is kept, known values listed above. */
    type: z.string(),
    orderNo: text,
    partnerOrderNo: expected(text),
    orderStatus: maybe(status),
    tktgAcctInfos: maybe(
      z.array(
        z.looseObject({
          paxIds: maybe(textList),
          segmentIds: maybe(textList),
          tktgAccount: maybe(z.string()),
          tktgPassword: maybe(z.string()),
          billingEmail: maybe(z.string())
        })
      )
    ),
    info: maybe(
      z.looseObject({
        ticketInfo: maybe(z.array(TicketInfo)),
        ticketInfo_V2: maybe(z.array(TicketGroup)),
        originInfo: inferred(maybe(z.array(z.looseObject({}))), '{ segmentId, depTime }'),
        newInfo: inferred(maybe(z.array(z.looseObject({}))), '{ segmentId, depTime, arrTime }'),
        segments: maybe(z.array(Segment)),
        passengers: inferred(
          maybe(z.array(z.looseObject({ paxId: text, name: maybe(z.string()), paxType: maybe(z.string()) }))),
          'Passengers[] = { paxId, name, paxType }'
        ),
        feeInfo: inferred(
          maybe(
            z.looseObject({
              currency: maybe(z.string()),
              totalPrice: maybe(amount),
              changeFee: maybe(amount),
              fareDifference: maybe(amount),
              refundAmount: maybe(amount),
              refundFee: maybe(amount)
            })
          ),
          'feeInfo = { currency, totalPrice, changeFee, fareDifference, refundAmount, refundFee }'
        ),
        ancillary: inferred(
          maybe(z.array(z.looseObject({ auxOrderNo: maybe(text), auxOrderStatus: maybe(status) }))),
          'Ancillary[] = { auxOrderNo, auxOrderStatus }'
        )
      })
    )
  })
)
export type OrderChangeInforming = z.output<typeof OrderChangeInforming>
