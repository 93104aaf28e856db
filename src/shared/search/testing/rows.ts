import type { Connection, OfferRow, RowLeg } from '../../domain/search'

/** Offer rows written in a line, for the pure filter/sort/matrix/warning tests. */
export interface LegSpec {
  from?: string
  to?: string
  depart?: string
  arrive?: string
  duration?: number
  /** Connection airports with layover minutes, e.g. [['HKG', 90]]. */
  via?: [string, number, { overnight?: boolean; departAirport?: string }?][]
  dayOffset?: number
}

export function leg(spec: LegSpec = {}): RowLeg {
  const from = spec.from ?? 'SIN'
  const to = spec.to ?? 'HKG'
  const depart = spec.depart ?? '2026-04-15T08:00'
  const arrive = spec.arrive ?? '2026-04-15T12:00'
  const via = spec.via ?? []
  const stops = [from, ...via.map((v) => v[0]), to]
  const connections: Connection[] = via.map(([airport, layoverMinutes, more]) => {
    const c: Connection = { airport, layoverMinutes, overnight: more?.overnight ?? false }
    if (more?.departAirport) Object.assign(c, { arriveAirport: airport, departAirport: more.departAirport })
    return c
  })
  return {
    from,
    to,
    departLocal: depart,
    arriveLocal: arrive,
    dayOffset: spec.dayOffset ?? 0,
    durationMinutes: spec.duration ?? 240,
    stops: via.length,
    connections,
    segments: stops.slice(0, -1).map((a, i) => ({
      carrier: 'SQ',
      flightNo: String(100 + i),
      from: i > 0 && via[i - 1]?.[2]?.departAirport ? via[i - 1]![2]!.departAirport! : a,
      to: stops[i + 1]!,
      departLocal: depart,
      arriveLocal: arrive,
      cabin: 'Y' as const
    }))
  }
}

export function row(offerId: string, more: Omit<Partial<OfferRow>, 'carriers'> & { price?: string; carriers?: (string | OfferRow['carriers'][number])[] } = {}): OfferRow {
  const { price, carriers, ...rest } = more
  const list = (carriers ?? ['SQ']).map((c) => (typeof c === 'string' ? { code: c, name: `${c} Airways` } : c))
  return {
    offerId,
    totalPrice: price ?? '1000',
    perPassenger: { ADT: price ?? '1000' },
    currency: 'CNY',
    carriers: list,
    validatingCarrier: list[0]!.code,
    legs: [leg()],
    bagsIncluded: false,
    refundable: 'unknown',
    changeable: 'unknown',
    warnings: [],
    ...rest
  }
}
