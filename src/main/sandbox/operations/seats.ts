import type { SandboxCore } from '../state/core'
import { fromUsd, minorUnits } from '../world/fares'
import { Rng } from '../world/prng'
import type { CabinCode, Segment } from '../world/types'

/**
 * Seat maps (fr24-inferences §6 seatMap): one per segment, the cabin the
 * offer flies in, laid out by aircraft type. About half the seats are taken
 * by other travellers (seeded); seats sandbox orders chose are taken too.
 */

interface Layout {
  columns: string[]
  aisleAfter: string[]
  firstRow: number
  lastRow: number
  exitRows: number[]
}

const WIDE = new Set(['333', '332', '359', '789', '788', '77W', '351', '388', '77L', '21N'])

function layoutFor(aircraft: string, cabin: CabinCode): Layout {
  const wide = WIDE.has(aircraft)
  if (cabin === 'F') return { columns: ['A', 'D', 'G', 'K'], aisleAfter: ['A', 'G'], firstRow: 1, lastRow: 2, exitRows: [] }
  if (cabin === 'C') {
    return wide
      ? { columns: ['A', 'D', 'G', 'K'], aisleAfter: ['A', 'G'], firstRow: 11, lastRow: 18, exitRows: [] }
      : { columns: ['A', 'C', 'D', 'F'], aisleAfter: ['C'], firstRow: 1, lastRow: 4, exitRows: [] }
  }
  if (cabin === 'P') return { columns: ['A', 'C', 'D', 'E', 'F', 'H', 'K'], aisleAfter: ['C', 'F'], firstRow: 21, lastRow: 26, exitRows: [] }
  return wide
    ? { columns: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K'], aisleAfter: ['C', 'F'], firstRow: 31, lastRow: 62, exitRows: [31, 45] }
    : { columns: ['A', 'B', 'C', 'D', 'E', 'F'], aisleAfter: ['C'], firstRow: 6, lastRow: 33, exitRows: [12, 13] }
}

export interface Seat {
  seatNo: string
  available: boolean
  price: string
  characteristics: string[]
}

/** Extra seat charges, USD: legroom, the front of the cabin, window or aisle; the middle is free. */
function seatPriceUsd(cabin: CabinCode, chars: readonly string[]): number {
  if (cabin !== 'Y') return 0
  if (chars.includes('extraLegroom')) return 35
  if (chars.includes('front')) return 15
  if (chars.includes('window') || chars.includes('aisle')) return 8
  return 0
}

export function seatMapOf(core: SandboxCore, segment: Segment, cabin: CabinCode): { columns: string[]; aisleAfter: string[]; rows: { rowNo: number; seats: Seat[] }[] } {
  const layout = layoutFor(segment.aircraftCode, cabin)
  const rng = new Rng(core.seed, 'seatmap', segment.segmentId, cabin)
  const places = minorUnits(core.currency)
  const rows: { rowNo: number; seats: Seat[] }[] = []
  const last = layout.columns.length - 1
  for (let rowNo = layout.firstRow; rowNo <= layout.lastRow; rowNo++) {
    const seats = layout.columns.map((col, i) => {
      const chars: string[] = []
      if (i === 0 || i === last) chars.push('window')
      else if (layout.aisleAfter.includes(col) || layout.aisleAfter.includes(layout.columns[i - 1] ?? '')) chars.push('aisle')
      else chars.push('middle')
      if (layout.exitRows.includes(rowNo)) chars.push('exit', 'extraLegroom')
      if (rowNo === layout.firstRow) chars.push('extraLegroom')
      if (rowNo < layout.firstRow + 3) chars.push('front')
      if (rowNo === layout.firstRow && WIDE.has(segment.aircraftCode) && chars.includes('middle')) chars.push('bassinet')
      const seatNo = `${rowNo}${col}`
      const takenByOthers = rng.next() < 0.45
      const takenInSandbox = core.state.seatsAssigned[`${segment.segmentId}|${seatNo}`] !== undefined
      return {
        seatNo,
        available: !takenByOthers && !takenInSandbox,
        price: fromUsd(seatPriceUsd(cabin, chars), core.currency, places).toFixed(places),
        characteristics: [...new Set(chars)]
      }
    })
    rows.push({ rowNo, seats })
  }
  return { columns: layout.columns, aisleAfter: layout.aisleAfter, rows }
}

export function findSeat(core: SandboxCore, segment: Segment, cabin: CabinCode, seatNo: string): Seat | undefined {
  for (const row of seatMapOf(core, segment, cabin).rows) {
    const seat = row.seats.find((s) => s.seatNo === seatNo.toUpperCase())
    if (seat) return seat
  }
  return undefined
}
