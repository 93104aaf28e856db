import type { OfferRow } from '../domain/search'
import { factsOf, STOPS_BUCKETS, type StopsBucket } from './facts'

export interface MatrixCell {
  /** The cheapest total of the rows in the cell, as the row has it (decimal string). */
  cheapest: string
  offerId: string
  count: number
}

export interface MatrixColumn {
  carrier: string
  name: string
  /** Cheapest of the carrier's cells. */
  cheapest: string
  cells: Partial<Record<StopsBucket, MatrixCell>>
}

export interface FareMatrix {
  /** Carriers, cheapest first (ties by code). */
  columns: MatrixColumn[]
  /** The stops rows that have at least one cell. */
  stops: StopsBucket[]
  /** Cheapest per stops row, over every carrier. */
  cheapestByStops: Partial<Record<StopsBucket, MatrixCell>>
}

/**
 * Carrier × stops, the cheapest of each (like a GDS fare display or ITA Matrix). A row counts for
 * every marketing carrier it flies, so clicking a cell and filtering by that carrier and those stops
 * (shared/search/filters) shows exactly the cell's rows.
 */
export function fareMatrix(rows: readonly OfferRow[]): FareMatrix {
  const columns = new Map<string, MatrixColumn & { best: number; bestBy: Partial<Record<StopsBucket, number>> }>()
  const byStops: Partial<Record<StopsBucket, MatrixCell & { price: number }>> = {}
  for (const row of rows) {
    const f = factsOf(row)
    for (const carrier of row.carriers) {
      let column = columns.get(carrier.code)
      if (!column) {
        column = { carrier: carrier.code, name: carrier.name, cheapest: row.totalPrice, cells: {}, best: f.price, bestBy: {} }
        columns.set(carrier.code, column)
      }
      const cell = column.cells[f.stops]
      if (!cell) {
        column.cells[f.stops] = { cheapest: row.totalPrice, offerId: row.offerId, count: 1 }
        column.bestBy[f.stops] = f.price
      } else {
        cell.count++
        if (f.price < (column.bestBy[f.stops] ?? Infinity)) {
          cell.cheapest = row.totalPrice
          cell.offerId = row.offerId
          column.bestBy[f.stops] = f.price
        }
      }
      if (f.price < column.best) {
        column.best = f.price
        column.cheapest = row.totalPrice
      }
    }
    const overall = byStops[f.stops]
    if (!overall) byStops[f.stops] = { cheapest: row.totalPrice, offerId: row.offerId, count: 1, price: f.price }
    else {
      overall.count++
      if (f.price < overall.price) Object.assign(overall, { cheapest: row.totalPrice, offerId: row.offerId, price: f.price })
    }
  }
  const cheapestByStops: Partial<Record<StopsBucket, MatrixCell>> = {}
  for (const bucket of STOPS_BUCKETS) {
    const cell = byStops[bucket]
    if (cell) cheapestByStops[bucket] = { cheapest: cell.cheapest, offerId: cell.offerId, count: cell.count }
  }
  return {
    columns: [...columns.values()]
      .sort((a, b) => a.best - b.best || (a.carrier < b.carrier ? -1 : 1))
      .map(({ carrier, name, cheapest, cells }) => ({ carrier, name, cheapest, cells })),
    stops: STOPS_BUCKETS.filter((b) => cheapestByStops[b] !== undefined),
    cheapestByStops
  }
}
