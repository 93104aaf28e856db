import { useVirtualizer } from '@tanstack/react-virtual'
import { forwardRef, memo, useEffect, useImperativeHandle, useRef, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferRow, TripType } from '../../../../shared/domain/search'
import { OfferRowCells } from './OfferRowCells'
import { cellsTextFor, columnLabels, type GridColumn, type RowCellsText } from './rowCells'
import { useSearchStore } from './searchStore'
import { useAfterPaint } from './useAfterPaint'

/** A row's height: fixed per search (every offer has the same number of legs), so scrolling never re-measures. */
export function rowHeight(legs: number): number {
  return 30 + 20 * Math.max(1, legs) + 24
}

export interface OffersGridHandle {
  focus(): void
}

interface Props {
  rows: readonly OfferRow[]
  tripType: TripType
  activeIndex: number
  onActivate(index: number): void
  onOpen(index: number): void
}

export const rowDomId = (index: number) => `offer-row-${index}`

const NONE_SOLD_OUT: readonly string[] = []
/** More keys than the rows any screen draws at once (a row is 74 px or more). */
const SLOTS = 64

interface RowProps {
  index: number
  row: OfferRow
  active: boolean
  height: number
  start: number
  text: RowCellsText
  label: Record<GridColumn, string>
  soldOut: string | undefined
  /** A row beyond the view still showing what its slot showed before new rows came (for one frame). */
  stale?: boolean
}

/**
 * One drawn row. Memoised on what it shows: after a filter, the rows whose place in the list still
 * holds the same offer are not rendered again (their texts are kept per row, so equal props mean
 * an equal row).
 */
const OfferRowView = memo(function OfferRowView({ index, row, active, height, start, text, label, soldOut, stale }: RowProps) {
  return (
    <div
      aria-hidden={stale || undefined}
      id={rowDomId(index)}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={active}
      data-offer-id={row.offerId}
      className={active ? 'offer-row active' : 'offer-row'}
      style={{ height, transform: `translateY(${start}px)` }}
    >
      <OfferRowCells row={row} text={text} label={label} soldOut={soldOut} />
    </div>
  )
})

/** The place in the list of the row a click landed in (rows carry aria-rowindex, 1-based). */
function clickedIndex(event: MouseEvent): number | undefined {
  const row = (event.target as Element).closest?.('[role="row"]')
  const at = Number(row?.getAttribute('aria-rowindex'))
  return Number.isInteger(at) && at > 0 ? at - 1 : undefined
}

/**
 * The offers, virtualized: only the rows in view (and a few around) are in the page, so 2,000+
 * offers scroll as smoothly as 20. The grid holds focus and names the active row with
 * aria-activedescendant; the active row is always scrolled into view, so it is always drawn.
 */
export const OffersGrid = forwardRef<OffersGridHandle, Props>(function OffersGrid({ rows, tripType, activeIndex, onActivate, onOpen }, ref) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const label = columnLabels(t, language)
  const soldOutIds = useSearchStore((s) => s.soldOut[s.view.searchId ?? ''] ?? NONE_SOLD_OUT)
  const soldOutMark = soldOutIds.length > 0 ? t('booking.soldOut.mark') : undefined
  const scroller = useRef<HTMLDivElement>(null)
  const height = rowHeight(rows[0]?.legs.length ?? 1)
  // New rows (results, a sort, a filter) are drawn first in view only; the rows beyond it follow
  // once that frame is painted, so the frame the agent waits for lays out no row it does not show.
  const settled = useAfterPaint(rows, rows) === rows
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => height,
    // Rows drawn beyond the view on each side: 3 keeps keyboard moves and wheel scrolling drawn ahead
    // at half the cost of 8.
    overscan: 3
  })
  /** What each slot last showed fresh: a row beyond the view keeps it, unread, while new rows are drawn. */
  const drawn = useRef(new Map<number, RowProps>())

  useImperativeHandle(ref, () => ({ focus: () => scroller.current?.focus() }), [])

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < rows.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, rows.length, virtualizer])

  const active = activeIndex >= 0 && activeIndex < rows.length ? activeIndex : undefined
  const items = virtualizer.getVirtualItems()
  const view = virtualizer.range
  const freshInView = (index: number) => settled || !view || (index >= view.startIndex && index <= view.endIndex)
  const drawnActive = active !== undefined && items.some((item) => item.index === active) && freshInView(active)
  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={t('results.grid.label')}
      aria-rowcount={rows.length}
      aria-colcount={8}
      aria-activedescendant={drawnActive ? rowDomId(active) : undefined}
      aria-readonly="true"
      tabIndex={0}
      className="offers-grid"
      data-testid="offers-grid"
      // One listener for every row: a row then is only what it shows, and stays the same (memoised) between renders.
      onClick={(event) => {
        const index = clickedIndex(event)
        if (index === undefined || index >= rows.length) return
        onActivate(index)
        onOpen(index)
      }}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          // Keyed by slot (the drawn rows are consecutive, so their places modulo the slots are
          // distinct), not by offer nor by place: a sort, a filter or a scroll then rewrites the
          // texts of rows already in the page instead of taking rows out and building new ones.
          const slot = item.index % Math.max(SLOTS, items.length)
          if (!freshInView(item.index)) {
            // Beyond the view, in the frame that draws new rows: the slot's row stays exactly as it
            // was (it is outside the grid's scrolled view, so nobody sees it), kept from screen
            // readers with aria-hidden, and is rewritten in the next frame. Hiding it (`hidden`, or
            // visibility) cost style and paint work in that frame; removing it cost more than the
            // rows in view.
            const before = drawn.current.get(slot)
            return before ? <OfferRowView key={slot} {...before} stale /> : null
          }
          const row = rows[item.index]!
          const props: RowProps = {
            index: item.index,
            row,
            active: item.index === active,
            height,
            start: item.start,
            text: cellsTextFor(t, language, row, tripType),
            label,
            soldOut: soldOutMark !== undefined && soldOutIds.includes(row.offerId) ? soldOutMark : undefined
          }
          drawn.current.set(slot, props)
          return <OfferRowView key={slot} {...props} />
        })}
      </div>
    </div>
  )
})
