import { describe, expect, it } from 'vitest'
import type { SeatMapView, SeatView } from '../../../../shared/domain/booking'
import { aisleAfter, characteristicsOf, firstSeat, gridCommand, isExitRow, moveInGrid, posOfSeat, seatAt, seatOffer, type GridKeyPress, type GridPos } from './seatGrid'

const seat = (seatNo: string, over: Partial<SeatView> = {}): SeatView => ({
  seatNo,
  column: seatNo.replace(/^\d+/, ''),
  state: 'free',
  price: '0',
  characteristics: [],
  ...over
})

/**
 * Rows 10…33 in columns A B C | D E F; row 11 has no seat in B (a galley), row 12 none in A or F,
 * row 13 is missing entirely at C and D.
 */
function narrowBody(): SeatMapView {
  const columns = ['A', 'B', 'C', 'D', 'E', 'F']
  const rows = Array.from({ length: 24 }, (_, i) => {
    const rowNo = 10 + i
    const seats = columns.map((c) => {
      if (rowNo === 11 && c === 'B') return null
      if (rowNo === 12 && (c === 'A' || c === 'F')) return null
      if (rowNo === 13 && (c === 'C' || c === 'D')) return null
      return seat(`${rowNo}${c}`)
    })
    return { rowNo, exit: false, seats }
  })
  return { segmentId: 'seg-1', columns, aisleAfter: ['C'], rows, currency: 'SGD' }
}

const map = narrowBody()
const at = (seatNo: string): GridPos => posOfSeat(map, seatNo)!
const seatNoAt = (pos: GridPos): string | undefined => seatAt(map, pos)?.seatNo
const press = (key: string, over: Partial<GridKeyPress> = {}): GridKeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...over })

describe('the seat map keyboard', () => {
  it('reads the grid keys, and leaves the frame its chords', () => {
    expect(gridCommand(press('ArrowLeft'))).toEqual({ kind: 'move', move: 'left' })
    expect(gridCommand(press('PageDown'))).toEqual({ kind: 'move', move: 'pageDown' })
    expect(gridCommand(press('Home'))).toEqual({ kind: 'move', move: 'rowStart' })
    expect(gridCommand(press('End', { ctrlKey: true }))).toEqual({ kind: 'move', move: 'last' })
    expect(gridCommand(press('Enter'))).toEqual({ kind: 'pick' })
    expect(gridCommand(press(' '))).toEqual({ kind: 'pick' })
    expect(gridCommand(press('ArrowLeft', { altKey: true }))).toBeUndefined()
    expect(gridCommand(press('ArrowDown', { metaKey: true }))).toBeUndefined()
    expect(gridCommand(press('x'))).toBeUndefined()
  })

  it('moves left and right over places without a seat, and stays at the row ends', () => {
    expect(seatNoAt(moveInGrid(map, at('11A'), 'right'))).toBe('11C')
    expect(seatNoAt(moveInGrid(map, at('11C'), 'left'))).toBe('11A')
    // Across the aisle: the aisle is no cell, so C → D directly.
    expect(seatNoAt(moveInGrid(map, at('10C'), 'right'))).toBe('10D')
    expect(seatNoAt(moveInGrid(map, at('13B'), 'right'))).toBe('13E')
    expect(moveInGrid(map, at('10F'), 'right')).toEqual(at('10F'))
    expect(moveInGrid(map, at('12B'), 'left')).toEqual(at('12B'))
  })

  it('keeps the column going up and down, passing rows without a seat there', () => {
    expect(seatNoAt(moveInGrid(map, at('10B'), 'down'))).toBe('12B')
    expect(seatNoAt(moveInGrid(map, at('14A'), 'up'))).toBe('13A')
    expect(seatNoAt(moveInGrid(map, at('13A'), 'up'))).toBe('11A')
    expect(moveInGrid(map, at('10A'), 'up')).toEqual(at('10A'))
    expect(moveInGrid(map, at('33F'), 'down')).toEqual(at('33F'))
  })

  it('goes to the row ends with Home and End, and to the map ends with Ctrl', () => {
    expect(seatNoAt(moveInGrid(map, at('12D'), 'rowStart'))).toBe('12B')
    expect(seatNoAt(moveInGrid(map, at('12C'), 'rowEnd'))).toBe('12E')
    expect(seatNoAt(moveInGrid(map, at('20C'), 'first'))).toBe('10A')
    expect(seatNoAt(moveInGrid(map, at('20C'), 'last'))).toBe('33F')
  })

  it('jumps ten rows with PageUp and PageDown, stopping at the first or last row', () => {
    expect(seatNoAt(moveInGrid(map, at('10C'), 'pageDown'))).toBe('20C')
    expect(seatNoAt(moveInGrid(map, at('30C'), 'pageDown'))).toBe('33C')
    expect(seatNoAt(moveInGrid(map, at('15E'), 'pageUp'))).toBe('10E')
    // Row 13 has no C: a jump landing there takes the nearest seat before it.
    expect(seatNoAt(moveInGrid(map, at('23C'), 'pageUp'))).toBe('14C')
  })

  it('starts at the first seat of the map', () => {
    expect(seatNoAt(firstSeat(map)!)).toBe('10A')
    const empty: SeatMapView = { ...map, rows: [{ rowNo: 1, exit: false, seats: [null, null] }] }
    expect(firstSeat(empty)).toBeUndefined()
    expect(moveInGrid(empty, { row: 0, col: 0 }, 'last')).toEqual({ row: 0, col: 0 })
  })

  it('draws the aisle after the columns FR24 names, never after the last', () => {
    expect(map.columns.map((_, i) => aisleAfter(map, i))).toEqual([false, false, true, false, false, false])
    expect(aisleAfter({ ...map, aisleAfter: ['F'] }, 5)).toBe(false)
  })
})

describe('what a seat is', () => {
  it('can be picked when free and priced; free of charge when the price is zero', () => {
    expect(seatOffer(seat('12A', { price: '35.00' }), 'SGD', 'SGD')).toEqual({ kind: 'pickable', price: '35.00', charge: 'paid' })
    expect(seatOffer(seat('12B', { price: '0' }), 'SGD', 'SGD')).toEqual({ kind: 'pickable', price: '0', charge: 'free' })
  })

  it('cannot be picked when taken, when FR24 gave no price, or priced in another currency', () => {
    expect(seatOffer(seat('12A', { state: 'taken', price: '8' }), 'SGD', 'SGD')).toEqual({ kind: 'taken' })
    expect(seatOffer(seat('12A', { price: undefined }), 'SGD', 'SGD')).toEqual({ kind: 'priceUnknown' })
    expect(seatOffer(seat('12A', { price: '8' }), 'USD', 'SGD')).toEqual({ kind: 'otherCurrency', currency: 'USD' })
    // Nothing to convert in a free seat.
    expect(seatOffer(seat('12A', { price: '0.00' }), 'USD', 'SGD').kind).toBe('pickable')
  })

  it('words the Sandbox characteristic codes, once each, and keeps unknown codes as sent', () => {
    const s = seat('31A', { characteristics: ['window', 'exit', 'extraLegroom', 'front', 'EXTRA_LEGROOM', 'OverWing', ''] })
    expect(characteristicsOf(s)).toEqual([
      { kind: 'known', word: 'window' },
      { kind: 'known', word: 'exit' },
      { kind: 'known', word: 'extraLegroom' },
      { kind: 'known', word: 'front' },
      { kind: 'asSent', code: 'OverWing' }
    ])
    expect(characteristicsOf(seat('1E', { characteristics: ['middle', 'bassinet', 'Aisle'] }))).toEqual([
      { kind: 'known', word: 'middle' },
      { kind: 'known', word: 'bassinet' },
      { kind: 'known', word: 'aisle' }
    ])
  })

  it('marks an exit row from main or from its seats', () => {
    expect(isExitRow({ rowNo: 12, exit: true, seats: [seat('12A')] })).toBe(true)
    expect(isExitRow({ rowNo: 12, exit: false, seats: [null, seat('12B', { characteristics: ['aisle', 'exit'] })] })).toBe(true)
    expect(isExitRow({ rowNo: 14, exit: false, seats: [seat('14A', { characteristics: ['window'] })] })).toBe(false)
  })
})
