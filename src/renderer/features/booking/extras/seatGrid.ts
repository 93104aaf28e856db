import type { SeatMapView, SeatRowView, SeatView } from '../../../../shared/domain/booking'
import { isZero } from '../../../../shared/money'

/**
 * A seat map as the keyboard and the labels read it. Pure: SeatMap.tsx draws it.
 * A position is (row index, column index) into the map's rows and columns, never a seat number,
 * so a row without a seat in some column (null) is a place the cursor passes over.
 */

export interface GridPos {
  readonly row: number
  readonly col: number
}

export type GridMove =
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'rowStart'
  | 'rowEnd'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'

export type GridCommand = { kind: 'move'; move: GridMove } | { kind: 'pick' }

/** Rows a PageUp/PageDown jumps, as in the results. */
export const PAGE_SEAT_ROWS = 10

export interface GridKeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** The seat map's keys (the ARIA grid pattern): arrows, Home/End (Ctrl: the whole map), PageUp/PageDown, Enter/Space to pick. */
export function gridCommand(press: GridKeyPress): GridCommand | undefined {
  // Alt+←/→ is the frame's back/forward; Cmd/Ctrl+arrows belong to the system.
  if (press.altKey) return undefined
  const chord = press.ctrlKey || press.metaKey
  switch (press.key) {
    case 'Home':
      return { kind: 'move', move: chord ? 'first' : 'rowStart' }
    case 'End':
      return { kind: 'move', move: chord ? 'last' : 'rowEnd' }
  }
  if (chord) return undefined
  switch (press.key) {
    case 'ArrowLeft':
      return { kind: 'move', move: 'left' }
    case 'ArrowRight':
      return { kind: 'move', move: 'right' }
    case 'ArrowUp':
      return { kind: 'move', move: 'up' }
    case 'ArrowDown':
      return { kind: 'move', move: 'down' }
    case 'PageUp':
      return { kind: 'move', move: 'pageUp' }
    case 'PageDown':
      return { kind: 'move', move: 'pageDown' }
    case 'Enter':
    case ' ':
      return { kind: 'pick' }
    default:
      return undefined
  }
}

export function seatAt(map: SeatMapView, pos: GridPos): SeatView | undefined {
  return map.rows[pos.row]?.seats[pos.col] ?? undefined
}

export function posOfSeat(map: SeatMapView, seatNo: string): GridPos | undefined {
  for (let row = 0; row < map.rows.length; row++) {
    const col = map.rows[row]!.seats.findIndex((s) => s?.seatNo === seatNo)
    if (col >= 0) return { row, col }
  }
  return undefined
}

const hasSeat = (map: SeatMapView, row: number, col: number): boolean => seatAt(map, { row, col }) !== undefined

/** The nearest seat of a row from `col` going `step` (±1), `col` included; undefined past the row's end. */
function seatInRow(map: SeatMapView, row: number, col: number, step: 1 | -1): number | undefined {
  const width = map.rows[row]?.seats.length ?? 0
  for (let c = col; c >= 0 && c < width; c += step) if (hasSeat(map, row, c)) return c
  return undefined
}

/** The nearest row from `row` going `step` with a seat in column `col`, `row` included. */
function rowWithSeat(map: SeatMapView, row: number, col: number, step: 1 | -1): number | undefined {
  for (let r = row; r >= 0 && r < map.rows.length; r += step) if (hasSeat(map, r, col)) return r
  return undefined
}

/** The first seat of the map (top row first), if it has any. */
export function firstSeat(map: SeatMapView): GridPos | undefined {
  for (let row = 0; row < map.rows.length; row++) {
    const col = seatInRow(map, row, 0, 1)
    if (col !== undefined) return { row, col }
  }
  return undefined
}

function lastSeat(map: SeatMapView): GridPos | undefined {
  for (let row = map.rows.length - 1; row >= 0; row--) {
    const col = seatInRow(map, row, (map.rows[row]?.seats.length ?? 0) - 1, -1)
    if (col !== undefined) return { row, col }
  }
  return undefined
}

/** A vertical jump of `by` rows in the same column: lands on the target row, or the nearest seat before it, never back past `from`. */
function jumpRows(map: SeatMapView, from: GridPos, by: number): GridPos {
  const step = by > 0 ? 1 : -1
  const target = Math.min(map.rows.length - 1, Math.max(0, from.row + by))
  for (let r = target; r !== from.row; r -= step) if (hasSeat(map, r, from.col)) return { row: r, col: from.col }
  return from
}

/**
 * Where a move from `from` lands: the next seat cell, passing over places without a seat (and so
 * over the aisles, which are no cells). Up and Down keep the column; at an edge the cursor stays.
 */
export function moveInGrid(map: SeatMapView, from: GridPos, move: GridMove): GridPos {
  const stay = (found: GridPos | undefined): GridPos => found ?? from
  switch (move) {
    case 'left': {
      const col = seatInRow(map, from.row, from.col - 1, -1)
      return col === undefined ? from : { row: from.row, col }
    }
    case 'right': {
      const col = seatInRow(map, from.row, from.col + 1, 1)
      return col === undefined ? from : { row: from.row, col }
    }
    case 'up': {
      const row = rowWithSeat(map, from.row - 1, from.col, -1)
      return row === undefined ? from : { row, col: from.col }
    }
    case 'down': {
      const row = rowWithSeat(map, from.row + 1, from.col, 1)
      return row === undefined ? from : { row, col: from.col }
    }
    case 'rowStart': {
      const col = seatInRow(map, from.row, 0, 1)
      return col === undefined ? from : { row: from.row, col }
    }
    case 'rowEnd': {
      const col = seatInRow(map, from.row, (map.rows[from.row]?.seats.length ?? 0) - 1, -1)
      return col === undefined ? from : { row: from.row, col }
    }
    case 'pageUp':
      return jumpRows(map, from, -PAGE_SEAT_ROWS)
    case 'pageDown':
      return jumpRows(map, from, PAGE_SEAT_ROWS)
    case 'first':
      return stay(firstSeat(map))
    case 'last':
      return stay(lastSeat(map))
    default: {
      const unreachable: never = move
      return unreachable
    }
  }
}

// ---- what a seat is to the agent ------------------------------------------------------------

/**
 * Whether a seat can be picked, and why not. A free seat without a price FR24 gave cannot be:
 * booking it could cost an amount the agent never saw (the rule). A price in another
 * currency than the fare's is not added to the fare's total either.
 */
export type SeatOffer =
  | { kind: 'pickable'; price: string; charge: 'free' | 'paid' }
  | { kind: 'taken' }
  | { kind: 'priceUnknown' }
  | { kind: 'otherCurrency'; currency: string }

export function seatOffer(seat: SeatView, mapCurrency: string, bookingCurrency: string): SeatOffer {
  if (seat.state === 'taken') return { kind: 'taken' }
  if (seat.price === undefined) return { kind: 'priceUnknown' }
  if (mapCurrency !== bookingCurrency && !isZero(seat.price)) return { kind: 'otherCurrency', currency: mapCurrency }
  return { kind: 'pickable', price: seat.price, charge: isZero(seat.price) ? 'free' : 'paid' }
}

/**
 * FR24's seat characteristic codes the desk words (as the Sandbox sends them, fr24-inferences §6
 * seatMap), by their key in the extras text. Read without regard to case, since FR24's own
 * spelling is undocumented; a code not here is shown as FR24 sent it.
 */
export const CHARACTERISTIC_WORDS = {
  window: 'window',
  aisle: 'aisle',
  middle: 'middle',
  center: 'middle',
  exit: 'exit',
  exitrow: 'exit',
  extralegroom: 'extraLegroom',
  legroom: 'extraLegroom',
  front: 'front',
  bassinet: 'bassinet'
} as const satisfies Record<string, string>

export type CharacteristicWord = (typeof CHARACTERISTIC_WORDS)[keyof typeof CHARACTERISTIC_WORDS]

/** One entry per distinct characteristic, in FR24's order: a known word's key, or the code as sent. */
export type Characteristic = { kind: 'known'; word: CharacteristicWord } | { kind: 'asSent'; code: string }

export function characteristicsOf(seat: SeatView): Characteristic[] {
  const seen = new Set<string>()
  const out: Characteristic[] = []
  for (const code of seat.characteristics) {
    const word = (CHARACTERISTIC_WORDS as Record<string, CharacteristicWord>)[code.toLowerCase().replace(/[\s_-]/g, '')]
    const id = word ?? code
    if (seen.has(id) || code.trim() === '') continue
    seen.add(id)
    out.push(word ? { kind: 'known', word } : { kind: 'asSent', code })
  }
  return out
}

/** An exit row: main says so, or one of its seats is at an exit. */
export function isExitRow(row: SeatRowView): boolean {
  return row.exit || row.seats.some((seat) => seat !== null && characteristicsOf(seat).some((c) => c.kind === 'known' && c.word === 'exit'))
}

/** Whether an aisle is drawn after the column at `col`. */
export function aisleAfter(map: SeatMapView, col: number): boolean {
  const letter = map.columns[col]
  return letter !== undefined && col < map.columns.length - 1 && map.aisleAfter.includes(letter)
}
