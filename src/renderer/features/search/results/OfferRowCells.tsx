import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferRow, PaxType, TripType } from '../../../../shared/domain/search'
import { clockText, dayMark, dayText, moneyText } from './format'
import { connectionText, durationText, stopsText, warningText } from './rowText'

const PAX_ORDER: readonly PaxType[] = ['ADT', 'CHD', 'INF']

/**
 * One offer's cells. Each cell starts with its column's name for screen readers (the grid's
 * rows are all offers, so there is no header row in it); legs stack one line each.
 */
export const OfferRowCells = memo(function OfferRowCells({ row, tripType }: { row: OfferRow; tripType: TripType }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const operating = [...new Set(row.legs.flatMap((leg) => leg.segments.flatMap((s) => (s.operatingCarrier && s.operatingCarrier !== s.carrier ? [s.operatingCarrier] : []))))]
  const cabins = [...new Set(row.legs.flatMap((leg) => leg.segments.map((s) => s.cabin)))]
  const classes = [...new Set(row.legs.flatMap((leg) => leg.segments.flatMap((s) => (s.bookingClass ? [s.bookingClass] : []))))]
  return (
    <>
      <div role="gridcell" className="cell-airline">
        <span className="sr-only">{t('results.grid.airline')}: </span>
        {row.carriers.map((c) => (
          <span key={c.code} className="carrier">
            <b>{c.code}</b> {c.name}
          </span>
        ))}
        {operating.length > 0 && <span className="muted small">{t('results.row.operatedBy', { carriers: operating.join(', ') })}</span>}
      </div>
      <div role="gridcell" className="cell-time">
        <span className="sr-only">{t('results.grid.departure')}: </span>
        {row.legs.map((leg, i) => (
          <span key={i} className="leg-line">
            <b>{clockText(language, leg.departLocal)}</b> {leg.from} <span className="muted small">{dayText(language, leg.departLocal)}</span>
          </span>
        ))}
      </div>
      <div role="gridcell" className="cell-time">
        <span className="sr-only">{t('results.grid.arrival')}: </span>
        {row.legs.map((leg, i) => (
          <span key={i} className="leg-line">
            <b>{clockText(language, leg.arriveLocal)}</b>
            {leg.dayOffset !== 0 && (
              <sup className="day-mark" title={t('results.row.dayMark', { mark: dayMark(leg.dayOffset) })}>
                {dayMark(leg.dayOffset)}
              </sup>
            )}{' '}
            {leg.to}
          </span>
        ))}
      </div>
      <div role="gridcell" className="cell-duration">
        <span className="sr-only">{t('results.grid.duration')}: </span>
        {row.legs.map((leg, i) => (
          <span key={i} className="leg-line">
            {durationText(t, leg.durationMinutes)}
          </span>
        ))}
      </div>
      <div role="gridcell" className="cell-stops">
        <span className="sr-only">{t('results.grid.stops')}: </span>
        {row.legs.map((leg, i) => (
          <span key={i} className="leg-line">
            {stopsText(t, leg.stops)}
            {leg.connections.length > 0 && (
              <span className="muted small"> {leg.connections.map((c) => connectionText(t, c)).join(', ')}</span>
            )}
          </span>
        ))}
      </div>
      <div role="gridcell" className="cell-fare">
        <span className="sr-only">{t('results.grid.fare')}: </span>
        <span className="leg-line">
          {cabins.map((c) => t(`results.cabin.${c}`)).join(' / ')}
          {classes.length > 0 && <span className="muted small"> {t('results.row.bookingClass', { code: classes.join('/') })}</span>}
        </span>
        <span className="leg-line small">
          {row.bagsIncluded ? t('results.row.bags') : t('results.row.noBags')}
          {row.brand && <span className="brand-tag"> · {row.brand}</span>}
        </span>
      </div>
      <div role="gridcell" className="cell-price">
        <span className="sr-only">{t('results.grid.price')}: </span>
        <span className="price-total">{moneyText(language, row.totalPrice, row.currency)}</span>
        <span className="muted small">
          {PAX_ORDER.flatMap((pax) => {
            const price = row.perPassenger[pax]
            return price ? [t('results.row.perPassenger', { pax: t(`results.pax.${pax}`), price: moneyText(language, price, row.currency) })] : []
          }).join(' · ')}
        </span>
      </div>
      <div role="gridcell" className="cell-warnings">
        <span className="sr-only">{t('results.grid.warnings')}: </span>
        {row.warnings.map((w, i) => (
          <span key={i} className={`warning-badge warning-${w.kind}`}>
            <span aria-hidden="true">⚠ </span>
            {warningText(t, w, row.legs, tripType)}
          </span>
        ))}
      </div>
    </>
  )
})
