import { useVirtualizer } from '@tanstack/react-virtual'
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferRow, TripType } from '../../../../shared/domain/search'
import { OfferRowCells } from './OfferRowCells'

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

/**
 * The offers, virtualized: only the rows in view (and a few around) are in the page, so 2,000+
 * offers scroll as smoothly as 20. The grid holds focus and names the active row with
 * aria-activedescendant; the active row is always scrolled into view, so it is always drawn.
 */
export const OffersGrid = forwardRef<OffersGridHandle, Props>(function OffersGrid({ rows, tripType, activeIndex, onActivate, onOpen }, ref) {
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const height = rowHeight(rows[0]?.legs.length ?? 1)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => height,
    // Rows drawn beyond the view on each side. Every drawn row is laid out and painted again on each
    // sort or filter; 3 keeps keyboard moves and wheel scrolling drawn ahead at half the cost of 8.
    overscan: 3
  })

  useImperativeHandle(ref, () => ({ focus: () => scroller.current?.focus() }), [])

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < rows.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, rows.length, virtualizer])

  const active = activeIndex >= 0 && activeIndex < rows.length ? activeIndex : undefined
  const items = virtualizer.getVirtualItems()
  const drawnActive = active !== undefined && items.some((item) => item.index === active)
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
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index]!
          // Keyed by place in the list, not by offer: a sort or a filter then rewrites the texts of
          // the rows in view instead of taking 20–30 rows out of the page and building new ones.
          return (
            <div
              key={item.index}
              id={rowDomId(item.index)}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={item.index === active}
              data-offer-id={row.offerId}
              className={item.index === active ? 'offer-row active' : 'offer-row'}
              style={{ height, transform: `translateY(${item.start}px)` }}
              onClick={() => {
                onActivate(item.index)
                onOpen(item.index)
              }}
            >
              <OfferRowCells row={row} tripType={tripType} />
            </div>
          )
        })}
      </div>
    </div>
  )
})
