import { create } from 'zustand'
import type { OfferRow, SearchRequest, SearchResults } from '../../../../shared/domain/search'
import { callDesk, startLongCall } from '../../../desk/client'
import type { LongCallRun } from '../../../desk/deskCaller'
import {
  idleSearch,
  runningRequestId,
  searchAnswered,
  searchCancelled,
  searchProgressed,
  searchStarted,
  type SearchState
} from './searchState'
import { closeDetail, detailAnswered, emptyView, filterWith, moveActive, openDetail, sortBy, sortDirection, viewForSearch, type ResultsView } from './resultsView'
import type { OfferFilters, SortDirection, SortKey } from '../../../../shared/search'

export interface SearchStore {
  search: SearchState
  /** Runs a search; one still in flight is cancelled first (its answer is dropped either way). */
  start(request: SearchRequest): void
  /** Stops the search in flight (Escape, Cancel). */
  cancel(): void
  /** Shows an answer that came in by another run (a day of flexible dates) as the results on screen. */
  show(request: SearchRequest, results: SearchResults): void
  /** How the results are looked at: order, the offer the keyboard is on, the detail panel. */
  view: ResultsView
  sortBy(key: SortKey): void
  sortDirection(dir: SortDirection): void
  setFilters(filters: OfferFilters): void
  moveTo(shown: readonly OfferRow[], index: number): void
  /** Opens the panel on an offer and asks main for its details. */
  open(offerId: string): void
  close(): void
  /** Offers a price check found sold out, by search: the results mark them (booking flow). */
  soldOut: Readonly<Record<string, readonly string[]>>
  markSoldOut(searchId: string, offerId: string): void
}

/**
 * The search on screen. Kept outside the screen so going to a booking and coming back keeps the
 * results. Decisions are in searchState.ts; this only runs the call and hands steps over.
 */
export const useSearchStore = create<SearchStore>()((set, get) => {
  let run: LongCallRun<unknown> | undefined

  const stopRunning = () => {
    const running = run
    run = undefined
    if (running && runningRequestId(get().search) === running.requestId) void running.cancel()
  }

  const loadDetail = (offerId: string) => {
    const searchId = get().view.searchId
    if (!searchId) return
    void callDesk('offerDetail', { searchId, offerId }).then((answer) => set((s) => ({ view: detailAnswered(s.view, offerId, answer) })))
  }

  return {
    search: idleSearch,
    start: (request) => {
      stopRunning()
      const started = startLongCall('search', request, {
        onProgress: (step) => set((s) => ({ search: searchProgressed(s.search, step) }))
      })
      run = started
      set({ search: searchStarted(started.requestId, request, Date.now()) })
      void started.answer.then((answer) => {
        if (run === started) run = undefined
        set((s) => {
          const search = searchAnswered(s.search, started.requestId, answer)
          return { search, view: search.kind === 'results' ? viewForSearch(s.view, search.results.searchId) : s.view }
        })
      })
    },
    cancel: () => {
      stopRunning()
      set((s) => ({ search: searchCancelled(s.search) }))
    },
    show: (request, results) => {
      stopRunning()
      set((s) => ({ search: { kind: 'results', request, results }, view: viewForSearch(s.view, results.searchId) }))
    },

    view: emptyView,
    sortBy: (key) => set((s) => ({ view: sortBy(s.view, key) })),
    sortDirection: (dir) => set((s) => ({ view: sortDirection(s.view, dir) })),
    setFilters: (filters) => set((s) => ({ view: filterWith(s.view, filters) })),
    moveTo: (shown, index) => {
      const before = get().view
      set({ view: moveActive(before, shown, index) })
      const after = get().view
      if (after.detail?.kind === 'loading' && after.detail !== before.detail) loadDetail(after.detail.offerId)
    },
    open: (offerId) => {
      const before = get().view
      set({ view: openDetail(before, offerId) })
      const after = get().view
      if (after.detail?.kind === 'loading' && after.detail !== before.detail) loadDetail(offerId)
    },
    close: () => set((s) => ({ view: closeDetail(s.view) })),
    soldOut: {},
    markSoldOut: (searchId, offerId) =>
      set((s) => {
        const marked = s.soldOut[searchId] ?? []
        return marked.includes(offerId) ? s : { soldOut: { ...s.soldOut, [searchId]: [...marked, offerId] } }
      })
  }
})
