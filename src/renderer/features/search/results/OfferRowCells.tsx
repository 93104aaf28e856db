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
 * "Airline: …" while the page lays out no hidden span per cell. Legs stack one line each. The
 * texts come from rowCells.ts, kept per row; the grid hands them in, so a row whose offer did not
 * change is not drawn again.
 *
 * A sort rewrites every row in view, and the browser's work for those rows (style, layout, paint)
 * grows with the boxes in them, and more with boxes taken out and put in. So:
 * - each cell is one block of text whose lines are separated by line breaks;
 * - a line is its words in one text, with at most one bold part (the times, the carrier codes,
 *   the total): what else a line says (the day, the connections, the class, the brand) is plain
 *   text in it, not a box of its own;
 * - what only some offers have is text that is empty or not, where it can be (the arrival's
 *   "+1", named in the line's title), not a box that comes and goes.
 * The lean rows took about 2–3 ms off a sort's frame here (bench/searchBrowser.ts).
 */
export const OfferRowCells = memo(function OfferRowCells({ row, text, label, soldOut }: Props) {
  return (
    <>
      <div role="gridcell" className="cell-airline" data-label={`${label.airline}: `}>
        {lines([
          // By place, not by code: a sort or a scroll puts another offer in this row, and another
          // carrier's name is then a text rewritten in place, not a box taken out and built again.
          ...row.carriers.map((c, i) => (
            <Fragment key={i}>
              <b>{c.code}</b>
              {` ${c.name}`}
            </Fragment>
          )),
          text.operatedBy && <span className="muted small">{text.operatedBy}</span>
        ])}
      </div>
      <div role="gridcell" className="cell-time" data-label={`${label.departure}: `}>
        {lines(
          row.legs.map((leg, i) => (
            <span className="leg-line">
              <b>{text.legs[i]!.depart}</b>
              {` ${leg.from} ${text.legs[i]!.departDay}`}
            </span>
          ))
        )}
      </div>
      <div role="gridcell" className="cell-time" data-label={`${label.arrival}: `}>
        {lines(
          row.legs.map((leg, i) => {
            const mark = text.legs[i]!.dayMark
            return (
              <span className="leg-line" title={mark?.title}>
                <b>{`${text.legs[i]!.arrive}${mark?.mark ?? ''}`}</b>
                {` ${leg.to}`}
              </span>
            )
          })
        )}
      </div>
      <div role="gridcell" className="cell-duration" data-label={`${label.duration}: `}>
        {lines(text.legs.map((leg) => <span className="leg-line">{leg.duration}</span>))}
      </div>
      <div role="gridcell" className="cell-stops" data-label={`${label.stops}: `}>
        {lines(text.legs.map((leg) => <span className="leg-line">{leg.connections ? `${leg.stops} ${leg.connections}` : leg.stops}</span>))}
      </div>
      <div role="gridcell" className="cell-fare" data-label={`${label.fare}: `}>
        {lines([
          <span className="leg-line">{text.bookingClass ? `${text.cabins} ${text.bookingClass}` : text.cabins}</span>,
          <span className="leg-line small">{row.brand ? `${text.bags} · ${row.brand}` : text.bags}</span>
        ])}
      </div>
      <div role="gridcell" className="cell-price" data-label={`${label.price}: `}>
        {lines([
          // The cell's text is the per-passenger line's (results.css): the total is the one box.
          <span className="price-total">{text.total}</span>,
          soldOut !== undefined && <span className="warning-badge sold-out">{soldOut}</span>,
          text.perPassenger
        ])}
      </div>
      <div role="gridcell" className="cell-warnings" data-label={`${label.warnings}: `}>
        {text.warnings.map((w, i) => (
          <span key={i} className={`warning-badge warning-${w.kind}`}>
            {w.text}
          </span>
        ))}
      </div>
    </>
  )
})
