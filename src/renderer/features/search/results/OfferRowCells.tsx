import { Fragment, memo, type ReactNode } from 'react'
import type { OfferRow } from '../../../../shared/domain/search'
import type { GridColumn, RowCellsText } from './rowCells'

interface Props {
  row: OfferRow
  text: RowCellsText
  label: Record<GridColumn, string>
  /** The "sold out" mark, when a price check found no seats left on this offer. */
  soldOut: string | undefined
}

/** Lines of one cell, a line break between each: the cell lays them out as one block of text. */
function lines(items: readonly (ReactNode | false | undefined)[]): ReactNode[] {
  return items.filter((item) => item !== undefined && item !== false && item !== '').map((item, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {item}
    </Fragment>
  ))
}

/**
 * One offer's cells. Each cell starts with its column's name for screen readers (the grid's
 * rows are all offers, so there is no header row in it): the cell's `data-label`, which
 * results.css gives as the alternative text of an empty generated box, so screen readers read
 * "Airline: …" as before while the page lays out no hidden span per cell (8 a row, about a
 * fifth of a row's layout objects, all laid out again on every sort). Legs stack one line each. The texts come
 * from rowCells.ts, kept per row; the grid hands them in, so a row whose offer did not change
 * is not drawn again.
 *
 * Each cell is one block of text whose lines are separated by line breaks, not a column of boxes:
 * a sort rewrites every row in view, and laying out and painting a clipped box per line (about 20
 * a row) was most of the time from the click to the next frame. The texts, the `.leg-line` of
 * each leg and what screen readers read are the same.
 */
export const OfferRowCells = memo(function OfferRowCells({ row, text, label, soldOut }: Props) {
  return (
    <>
      <div role="gridcell" className="cell-airline" data-label={`${label.airline}: `}>
        {lines([
          // By place, not by code: a sort or a scroll puts another offer in this row, and another
          // carrier's name is then a text rewritten in place, not a span taken out and built again.
          ...row.carriers.map((c, i) => (
            <span key={i} className="carrier">
              <b>{c.code}</b> {c.name}
            </span>
          )),
          text.operatedBy && <span className="muted small">{text.operatedBy}</span>
        ])}
      </div>
      <div role="gridcell" className="cell-time" data-label={`${label.departure}: `}>
        {lines(
          row.legs.map((leg, i) => (
            <span className="leg-line">
              <b>{text.legs[i]!.depart}</b> {leg.from} <span className="muted small">{text.legs[i]!.departDay}</span>
            </span>
          ))
        )}
      </div>
      <div role="gridcell" className="cell-time" data-label={`${label.arrival}: `}>
        {lines(
          row.legs.map((leg, i) => {
            const mark = text.legs[i]!.dayMark
            return (
              <span className="leg-line">
                <b>{text.legs[i]!.arrive}</b>
                {mark && (
                  <sup className="day-mark" title={mark.title}>
                    {mark.mark}
                  </sup>
                )}{' '}
                {leg.to}
              </span>
            )
          })
        )}
      </div>
      <div role="gridcell" className="cell-duration" data-label={`${label.duration}: `}>
        {lines(text.legs.map((leg) => <span className="leg-line">{leg.duration}</span>))}
      </div>
      <div role="gridcell" className="cell-stops" data-label={`${label.stops}: `}>
        {lines(
          text.legs.map((leg) => (
            <span className="leg-line">
              {leg.stops}
              {leg.connections && <span className="muted small"> {leg.connections}</span>}
            </span>
          ))
        )}
      </div>
      <div role="gridcell" className="cell-fare" data-label={`${label.fare}: `}>
        {lines([
          <span className="leg-line">
            {text.cabins}
            {text.bookingClass && <span className="muted small"> {text.bookingClass}</span>}
          </span>,
          <span className="leg-line small">
            {text.bags}
            {row.brand && <span className="brand-tag"> · {row.brand}</span>}
          </span>
        ])}
      </div>
      <div role="gridcell" className="cell-price" data-label={`${label.price}: `}>
        {lines([
          <span className="price-total">{text.total}</span>,
          soldOut !== undefined && <span className="warning-badge sold-out">{soldOut}</span>,
          <span className="muted small">{text.perPassenger}</span>
        ])}
      </div>
      <div role="gridcell" className="cell-warnings" data-label={`${label.warnings}: `}>
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
