import type { BagOption, SeatMapView, SeatRowView, SeatView } from '../../../shared/domain/booking'
import { add, DecimalString } from '../../../shared/money'
import type { AuxOffer, SegmentSeatMap, Seat } from '../../fr24'

/**
 * FR24's seat maps and ancillary catalogue → what the window draws (docs/fr24-inferences.md
 * "seatMap", "presaleAncillaryShopping", "Extras gaps"). Pure. What cannot be drawn honestly is
 * left out and counted, never guessed: a seat with no price stays without one (the window will
 * not let it be picked), a seat FR24 does not call available is taken.
 */
const CURRENCY = /^[A-Z]{3}$/
const COLUMN = /^[A-Z]{1,2}$/
const SEAT_NO = /^(\d{1,3})([A-Z]{1,2})$/
const MAX_COLUMNS = 12
const MAX_ROWS = 120
const MAX_CHARACTERISTICS = 16
const MAX_ID = 64

export interface Mapped<T> {
  items: T[]
  /** What FR24 sent that could not be shown (a map without a known segment, an unpriced bag…). */
  skipped: number
}

const decimal = (value: string | null | undefined): string | undefined => (value != null && DecimalString.safeParse(value).success ? value : undefined)
const nonNegative = (value: string | undefined): string | undefined => (value !== undefined && !value.startsWith('-') ? value : undefined)

/** The map's currency: the first seat that names one, else the priced offer's. */
function currencyOf(map: SegmentSeatMap, fallback: string): string {
  for (const row of map.rows) for (const seat of row.seats) if (seat.currency && CURRENCY.test(seat.currency)) return seat.currency
  return fallback
}

function columnsOf(map: SegmentSeatMap): string[] {
  const given = (map.columns ?? []).filter((c) => COLUMN.test(c))
  if (given.length > 0) return [...new Set(given)]
  // FR24 left the letters out: the seats' own letters, in alphabetical order (how cabins are lettered).
  const letters = new Set<string>()
  for (const row of map.rows) for (const seat of row.seats) {
    const m = SEAT_NO.exec(seat.seatNo.trim().toUpperCase())
    if (m) letters.add(m[2] as string)
  }
  return [...letters].sort()
}

function seatView(seat: Seat, column: string, currency: string): SeatView {
  const view: SeatView = {
    seatNo: seat.seatNo.trim().toUpperCase(),
    column,
    state: seat.available === true ? 'free' : 'taken',
    characteristics: (seat.characteristics ?? []).filter((c): c is string => typeof c === 'string' && c.length > 0).map((c) => c.slice(0, 32)).slice(0, MAX_CHARACTERISTICS)
  }
  // A price in another currency than the map's cannot be added to the fare: shown as unknown.
  const sameCurrency = !seat.currency || seat.currency === currency
  const price = sameCurrency ? nonNegative(decimal(seat.price)) : undefined
  if (price !== undefined) view.price = price
  return view
}

const isExit = (seats: readonly (SeatView | null)[]): boolean => seats.some((s) => s?.characteristics.some((c) => /exit/i.test(c)))

/** One segment's map, or undefined when it cannot be drawn (too wide, too long, no columns). */
export function seatMapView(map: SegmentSeatMap, fallbackCurrency: string): { view?: SeatMapView; skipped: number } {
  const columns = columnsOf(map)
  if (columns.length === 0 || columns.length > MAX_COLUMNS || map.rows.length > MAX_ROWS) return { skipped: 1 }
  const currency = currencyOf(map, fallbackCurrency)
  let skipped = 0
  const rows: SeatRowView[] = [...map.rows]
    .sort((a, b) => a.rowNo - b.rowNo)
    .map((row) => {
      const byColumn = new Map<string, SeatView>()
      for (const seat of row.seats) {
        const m = SEAT_NO.exec(seat.seatNo.trim().toUpperCase())
        const column = m?.[2]
        if (!column || !columns.includes(column) || byColumn.has(column)) {
          skipped++
          continue
        }
        byColumn.set(column, seatView(seat, column, currency))
      }
      const seats = columns.map((c) => byColumn.get(c) ?? null)
      return { rowNo: row.rowNo, exit: isExit(seats), seats }
    })
  const view: SeatMapView = {
    segmentId: String(map.segmentId),
    columns,
    aisleAfter: (map.aisleAfter ?? []).filter((c) => columns.includes(c)),
    rows,
    currency
  }
  return { view, skipped }
}

/** The maps of the priced segments, in FR24's order; a map for a segment not on the offer is left out. */
export function seatMapViews(maps: readonly SegmentSeatMap[], segmentIds: readonly string[], fallbackCurrency: string): Mapped<SeatMapView> {
  const items: SeatMapView[] = []
  let skipped = 0
  const seen = new Set<string>()
  for (const map of maps) {
    const id = String(map.segmentId)
    if (!segmentIds.includes(id) || seen.has(id)) {
      skipped++
      continue
    }
    const one = seatMapView(map, fallbackCurrency)
    skipped += one.skipped
    if (one.view) {
      seen.add(id)
      items.push(one.view)
    }
  }
  return { items, skipped }
}

/**
 * Bags on offer: the price is what the agent pays per piece, FR24's fare plus its service fee.
 * A bag with no fare, or for a segment not on the priced offer, is left out.
 */
export function bagOptions(auxes: readonly AuxOffer[], currency: string | null | undefined, segmentIds: readonly string[], fallbackCurrency: string): Mapped<BagOption> {
  const money = currency && CURRENCY.test(currency) ? currency : fallbackCurrency
  const items: BagOption[] = []
  let skipped = 0
  for (const aux of auxes) {
    const fare = nonNegative(decimal(aux.baseFare))
    const fee = nonNegative(decimal(aux.serviceFee ?? '0'))
    const segments = [...new Set((aux.segmentIds ?? []).map(String))]
    const auxId = String(aux.auxId)
    if (fare === undefined || fee === undefined || segments.length === 0 || !segments.every((s) => segmentIds.includes(s)) || auxId.length > MAX_ID) {
      skipped++
      continue
    }
    const bag: BagOption = { auxId, segmentIds: segments, price: add(fare, fee), currency: money }
    if (typeof aux.piece === 'number' && Number.isInteger(aux.piece) && aux.piece >= 0) bag.pieces = aux.piece
    if (typeof aux.weight === 'number' && Number.isFinite(aux.weight) && aux.weight >= 0) bag.weightKg = aux.weight
    // "e" is FR24's "not specified" (GAPS A16).
    if (aux.size && aux.size !== 'e') bag.size = aux.size.slice(0, 32)
    if (typeof aux.limitPerPax === 'number' && Number.isInteger(aux.limitPerPax) && aux.limitPerPax > 0) bag.limitPerPassenger = aux.limitPerPax
    if (aux.type) bag.type = aux.type.slice(0, 32)
    items.push(bag)
  }
  return { items, skipped }
}
