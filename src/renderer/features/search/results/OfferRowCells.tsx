import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferRow, TripType } from '../../../../shared/domain/search'
import { cellsTextFor, columnLabels } from './rowCells'
import { useSearchStore } from './searchStore'

/**
 * One offer's cells. Each cell starts with its column's name for screen readers (the grid's
 * rows are all offers, so there is no header row in it); legs stack one line each. The texts come
 * from rowCells.ts, kept per row.
 */
export const OfferRowCells = memo(function OfferRowCells({ row, tripType }: { row: OfferRow; tripType: TripType }) {
  const { t, i18n } = useTranslation()
  const text = cellsTextFor(t, i18n.language, row, tripType)
  const label = columnLabels(t, i18n.language)
  return (
    <>
      <div role="gridcell" className="cell-airline">
        <span className="sr-only">{label.airline}: </span>
        {row.carriers.map((c) => (
          <span key={c.code} className="carrier">
            <b>{c.code}</b> {c.name}
          </span>
        ))}
        {text.operatedBy && <span className="muted small">{text.operatedBy}</span>}
      </div>
      <div role="gridcell" className="cell-time">
        <span className="sr-only">{label.departure}: </span>
        {row.legs.map((leg, i) => (
          <span key={i} className="leg-line">
            <b>{text.legs[i]!.depart}</b> {leg.from} <span className="muted small">{text.legs[i]!.departDay}</span>
          </span>
        ))}
      </div>
      <div role="gridcell" className="cell-time">
        <span className="sr-only">{label.arrival}: </span>
        {row.legs.map((leg, i) => {
          const mark = text.legs[i]!.dayMark
          return (
            <span key={i} className="leg-line">
              <b>{text.legs[i]!.arrive}</b>
              {mark && (
                <sup className="day-mark" title={mark.title}>
                  {mark.mark}
                </sup>
              )}{' '}
              {leg.to}
            </span>
          )
        })}
      </div>
      <div role="gridcell" className="cell-duration">
        <span className="sr-only">{label.duration}: </span>
        {text.legs.map((leg, i) => (
          <span key={i} className="leg-line">
            {leg.duration}
          </span>
        ))}
      </div>
      <div role="gridcell" className="cell-stops">
        <span className="sr-only">{label.stops}: </span>
        {text.legs.map((leg, i) => (
          <span key={i} className="leg-line">
            {leg.stops}
            {leg.connections && <span className="muted small"> {leg.connections}</span>}
          </span>
        ))}
      </div>
      <div role="gridcell" className="cell-fare">
        <span className="sr-only">{label.fare}: </span>
        <span className="leg-line">
          {text.cabins}
          {text.bookingClass && <span className="muted small"> {text.bookingClass}</span>}
        </span>
        <span className="leg-line small">
          {text.bags}
          {row.brand && <span className="brand-tag"> · {row.brand}</span>}
        </span>
      </div>
      <div role="gridcell" className="cell-price">
        <span className="sr-only">{label.price}: </span>
        <span className="price-total">{text.total}</span>
        <SoldOutMark offerId={row.offerId} />
        <span className="muted small">{text.perPassenger}</span>
      </div>
      <div role="gridcell" className="cell-warnings">
        <span className="sr-only">{label.warnings}: </span>
        {text.warnings.map((w, i) => (
          <span key={i} className={`warning-badge warning-${w.kind}`}>
            <span aria-hidden="true">⚠ </span>
            {w.text}
          </span>
        ))}
      </div>
    </>
  )
})

/** A price check found no seats left on this offer (the booking flow marked it). */
function SoldOutMark({ offerId }: { offerId: string }) {
  const { t } = useTranslation()
  const soldOut = useSearchStore((s) => (s.soldOut[s.view.searchId ?? ''] ?? []).includes(offerId))
  return soldOut ? <span className="warning-badge sold-out">{t('booking.soldOut.mark')}</span> : null
}
