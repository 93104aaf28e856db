import type { TFunction } from 'i18next'
import type { OfferRow, PaxType, TripType } from '../../../../shared/domain/search'
import { clockText, dayMark, dayText, moneyText } from './format'
import { rememberingT } from './rememberedT'
import { connectionText, durationText, stopsText, warningText } from './rowText'

const PAX_ORDER: readonly PaxType[] = ['ADT', 'CHD', 'INF']

/** Every text one offer's row shows, in the agent's language: the grid draws these, nothing else. */
export interface RowCellsText {
  /** "Operated by …" when another airline flies a segment. */
  operatedBy?: string
  legs: {
    depart: string
    departDay: string
    arrive: string
    /** "+1" and its spoken title, when the leg lands on another date. */
    dayMark?: { mark: string; title: string }
    duration: string
    stops: string
    connections?: string
  }[]
  cabins: string
  bookingClass?: string
  bags: string
  total: string
  perPassenger: string
  warnings: { kind: string; text: string }[]
}

/** The row's texts, worked out once (pure: the grid keeps them per row, see cellsTextFor). */
export function rowCellsText(t: TFunction, language: string, row: OfferRow, tripType: TripType): RowCellsText {
  const segments = row.legs.flatMap((leg) => leg.segments)
  const operating = [...new Set(segments.flatMap((s) => (s.operatingCarrier && s.operatingCarrier !== s.carrier ? [s.operatingCarrier] : [])))]
  const cabins = [...new Set(segments.map((s) => s.cabin))]
  const classes = [...new Set(segments.flatMap((s) => (s.bookingClass ? [s.bookingClass] : [])))]
  return {
    ...(operating.length > 0 ? { operatedBy: t('results.row.operatedBy', { carriers: operating.join(', ') }) } : {}),
    legs: row.legs.map((leg) => ({
      depart: clockText(language, leg.departLocal),
      departDay: dayText(language, leg.departLocal),
      arrive: clockText(language, leg.arriveLocal),
      ...(leg.dayOffset !== 0 ? { dayMark: { mark: dayMark(leg.dayOffset), title: t('results.row.dayMark', { mark: dayMark(leg.dayOffset) }) } } : {}),
      duration: durationText(t, leg.durationMinutes),
      stops: stopsText(t, leg.stops),
      ...(leg.connections.length > 0 ? { connections: leg.connections.map((c) => connectionText(t, c)).join(', ') } : {})
    })),
    cabins: cabins.map((c) => t(`results.cabin.${c}`)).join(' / '),
    ...(classes.length > 0 ? { bookingClass: t('results.row.bookingClass', { code: classes.join('/') }) } : {}),
    bags: row.bagsIncluded ? t('results.row.bags') : t('results.row.noBags'),
    total: moneyText(language, row.totalPrice, row.currency),
    perPassenger: PAX_ORDER.flatMap((pax) => {
      const price = row.perPassenger[pax]
      return price ? [t('results.row.perPassenger', { pax: t(`results.pax.${pax}`), price: moneyText(language, price, row.currency) })] : []
    }).join(' · '),
    warnings: row.warnings.map((w) => ({ kind: w.kind, text: warningText(t, w, row.legs, tripType) }))
  }
}

const kept = new WeakMap<OfferRow, { key: string; text: RowCellsText }>()

/**
 * The row's texts, kept per row (a search's rows are fixed objects): formatting a row costs about
 * twenty translations and a dozen Intl calls, and sorting or filtering brings the same rows back into
 * view again and again. Only rows the grid draws are ever formatted.
 */
export function cellsTextFor(t: TFunction, language: string, row: OfferRow, tripType: TripType): RowCellsText {
  const key = `${language}|${tripType}`
  const known = kept.get(row)
  if (known?.key === key) return known.text
  const text = rowCellsText(rememberingT(t, language), language, row, tripType)
  kept.set(row, { key, text })
  return text
}

const COLUMNS = ['airline', 'departure', 'arrival', 'duration', 'stops', 'fare', 'price', 'warnings'] as const
export type GridColumn = (typeof COLUMNS)[number]
const labels = new Map<string, Record<GridColumn, string>>()

/** The columns' names each row starts its cells with (for screen readers), per language. */
export function columnLabels(t: TFunction, language: string): Record<GridColumn, string> {
  let known = labels.get(language)
  if (!known) {
    known = Object.fromEntries(COLUMNS.map((c) => [c, t(`results.grid.${c}`)])) as Record<GridColumn, string>
    labels.set(language, known)
  }
  return known
}
