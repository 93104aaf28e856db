import { z } from 'zod'
import { amount, count, expected, flag, inferred, maybe, text } from './kit'
import { Cabin, Carrier, Id, Iata, LocalTime, PaxTypeIn } from './input'

export const SeatMapRequest = z
  .object({
    offerId: Id.optional(),
    orderNo: z.string().regex(/^\d{1,32}$/).optional(),
    segments: z
      .array(
        z.object({
          segmentId: Id,
          carrier: Carrier,
          flightNo: z.string().max(10),
          depAirport: Iata,
          arrAirport: Iata,
          cabin: Cabin,
          depTime: LocalTime,
          arrTime: LocalTime
        })
      )
      .default([]),
    passengers: z
      .array(z.object({ count: z.union([z.number().int().min(1).max(9), z.string().regex(/^[1-9]$/)]).transform(String), paxType: PaxTypeIn }))
      .min(1)
  })
  .refine((v) => (v.offerId === undefined) !== (v.orderNo === undefined), {
    message: 'give an offerId (before booking) or an orderNo (after), not both',
    path: ['offerId']
  })
export type SeatMapRequest = z.input<typeof SeatMapRequest>

export const Seat = z.looseObject({
  seatNo: z.string(),
  available: expected(flag),
  price: expected(amount),
  currency: expected(z.string()),
  characteristics: maybe(z.array(z.string()))
})
export type Seat = z.output<typeof Seat>

export const SeatRow = z.looseObject({ rowNo: count, seats: z.array(Seat) })

export const SegmentSeatMap = z.looseObject({
  segmentId: text,
  cabin: maybe(z.string()),
  columns: expected(z.array(z.string())),
  aisleAfter: maybe(z.array(z.string())),
  rows: z.array(SeatRow)
})
export type SegmentSeatMap = z.output<typeof SegmentSeatMap>

export const SeatMapData = inferred(
  z.looseObject({ seatMaps: z.array(SegmentSeatMap) }),
  'seat map = { seatMaps[]: { segmentId, cabin, columns, aisleAfter, rows[]: { rowNo, seats[] } } }'
)
export type SeatMapData = z.output<typeof SeatMapData>
