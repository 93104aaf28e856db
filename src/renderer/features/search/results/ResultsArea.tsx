import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferDetail, OfferRow, SearchRequest, SearchResults } from '../../../../shared/domain/search'
import { fareMatrix, filterCounts, type OfferFilters } from '../../../../shared/search'
import { navigate } from '../../../navigation/useRoute'
import { FareMatrix } from './FareMatrix'
import { FiltersPanel, FiltersPending } from './FiltersPanel'
import { OfferDetailPanel } from './OfferDetailPanel'
import { OffersGrid, type OffersGridHandle } from './OffersGrid'
import { HeldUntil, KeysHint, OffersCount } from './ResultsBarTexts'
import { activeIndexIn } from './resultsView'
import { shownRows } from './shownRows'
import { SortBar } from './SortBar'
import { useSearchStore } from './searchStore'
import { useAfterPaint } from './useAfterPaint'
import { useResultsKeys } from './useResultsKeys'
import { useWarmTexts } from './useWarmTexts'

/** Before the side panels have read the rows (one frame after new results). */
const NOTHING_YET: { rows: readonly OfferRow[]; filters: OfferFilters } = { rows: [], filters: {} }

/** One search's offers: filters, the matrix, the sort, the grid and the detail panel, and their keys. */
export function ResultsArea({ request, results }: { request: SearchRequest; results: SearchResults }) {
  const { t, i18n } = useTranslation()
  const view = useSearchStore((s) => s.view)
  const filters = view.filters
  const { sortBy, sortDirection, moveTo, open, close, setFilters } = useSearchStore.getState()
  const grid = useRef<OffersGridHandle>(null)
  const filtersRef = useRef<HTMLElement>(null)

  // The grid answers first: new rows, a filter or a sort are drawn in the same frame. The side
  // panels (counts beside every filter value, the matrix) read every row, so they follow a copy
  // taken once that frame is painted: on new results the first screenful of offers is painted
  // before them, and a filter click does not wait for the counts it changes.
  const shown = useMemo(() => shownRows(results.rows, view.sort, filters), [results.rows, view.sort, filters])
  useWarmTexts(results.rows, view.sort, filters, t, i18n.language, request.tripType)
  const current = useMemo(() => ({ rows: results.rows, filters }), [results.rows, filters])
  const side = useAfterPaint(current, NOTHING_YET)
  const sideReady = side.rows === results.rows
  const counts = useMemo(() => (sideReady ? filterCounts(side.rows, side.filters) : undefined), [sideReady, side])
  const matrix = useMemo(() => (sideReady ? fareMatrix(side.rows) : undefined), [sideReady, side.rows])
  const activeIndex = activeIndexIn(view, shown)

  useResultsKeys((command) => {
    switch (command.kind) {
      case 'move':
        moveTo(shown, activeIndex + command.by)
        grid.current?.focus()
        return true
      case 'first':
        moveTo(shown, 0)
        return true
      case 'last':
        moveTo(shown, shown.length - 1)
        return true
      case 'open': {
        const row = shown[activeIndex]
        if (!row) return false
        open(row.offerId)
        return true
      }
      case 'escape':
        if (!view.detail) return false
        close()
        grid.current?.focus()
        return true
      case 'sortPrefix':
        return true
      case 'sort':
        sortBy(command.key)
        return true
      case 'focusFilters':
        filtersRef.current?.querySelector<HTMLElement>('input')?.focus()
        return true
      default: {
        const unreachable: never = command
        return unreachable
      }
    }
  })

  const priceOffer = (detail: OfferDetail) => navigate({ screen: 'book', searchId: detail.searchId, offerId: detail.offerId, step: 'price' })

  return (
    <div className="results">
      {counts ? (
        <FiltersPanel
          ref={filtersRef}
          rows={side.rows}
          filters={filters}
          countedFor={side.filters}
          counts={counts}
          legs={request.legs.length}
          tripType={request.tripType}
          onChange={setFilters}
        />
      ) : (
        <FiltersPending ref={filtersRef} />
      )}
      <div className="results-main">
        {matrix && <FareMatrix matrix={matrix} filters={filters} currency={results.currency} onChange={setFilters} />}
        <div className="results-bar">
          <OffersCount shown={shown.length} total={results.rows.length} />
          <SortBar sort={view.sort} onSort={sortBy} onDirection={sortDirection} />
          <HeldUntil expiresAt={results.expiresAt} />
        </div>
        <KeysHint />
        <OffersGrid
          ref={grid}
          rows={shown}
          tripType={request.tripType}
          activeIndex={activeIndex}
          onActivate={(index) => moveTo(shown, index)}
          onOpen={(index) => {
            const row = shown[index]
            if (row) open(row.offerId)
          }}
        />
        {view.detail && (
          <OfferDetailPanel
            view={view.detail}
            tripType={request.tripType}
            onClose={() => {
              close()
              grid.current?.focus()
            }}
            onPrice={priceOffer}
          />
        )}
      </div>
    </div>
  )
}
