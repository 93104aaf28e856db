import type { OfferDetail, OfferRow } from '../../../../shared/domain/search'
import type { DeskError, Result } from '../../../../shared/errors'
import { NO_FILTERS, type OfferFilters, type SortDirection, type SortKey } from '../../../../shared/search'

/** The detail panel: the offer it shows, as far as main has answered. */
export type DetailView =
  | { kind: 'loading'; offerId: string }
  | { kind: 'shown'; offerId: string; detail: OfferDetail }
  | { kind: 'failed'; offerId: string; error: DeskError }

export interface SortOrder {
  key: SortKey
  dir: SortDirection
}

/** Cheapest first, as an agent looks at a fare display. */
export const DEFAULT_SORT: SortOrder = { key: 'price', dir: 'asc' }

/**
 * How the agent looks at one search's offers: the order, the offer the keyboard is on (by id, so
 * it stays on the same offer when the order or the filters change) and the detail panel.
 */
export interface ResultsView {
  searchId: string | undefined
  sort: SortOrder
  filters: OfferFilters
  activeOfferId: string | undefined
  detail: DetailView | undefined
}

export const emptyView: ResultsView = { searchId: undefined, sort: DEFAULT_SORT, filters: NO_FILTERS, activeOfferId: undefined, detail: undefined }

/** New results start in the default order, unfiltered, on the first offer, the panel closed. */
export function viewForSearch(view: ResultsView, searchId: string): ResultsView {
  return view.searchId === searchId ? view : { ...emptyView, searchId }
}

/** The same key again turns the order round; another key starts in that key's natural order. */
export function sortBy(view: ResultsView, key: SortKey): ResultsView {
  const dir: SortDirection = view.sort.key === key ? (view.sort.dir === 'asc' ? 'desc' : 'asc') : 'asc'
  return { ...view, sort: { key, dir } }
}

/** Filters change what is shown; the keyboard stays on its offer while it is still shown. */
export function filterWith(view: ResultsView, filters: OfferFilters): ResultsView {
  return { ...view, filters }
}

export function sortDirection(view: ResultsView, dir: SortDirection): ResultsView {
  return view.sort.dir === dir ? view : { ...view, sort: { ...view.sort, dir } }
}

/** Where the keyboard is among the rows shown: the active offer, or the first when it is not shown. */
export function activeIndexIn(view: ResultsView, shown: readonly OfferRow[]): number {
  if (shown.length === 0) return -1
  if (view.activeOfferId === undefined) return 0
  const index = shown.findIndex((row) => row.offerId === view.activeOfferId)
  return index === -1 ? 0 : index
}

export function moveActive(view: ResultsView, shown: readonly OfferRow[], to: number): ResultsView {
  if (shown.length === 0) return view
  const index = Math.min(shown.length - 1, Math.max(0, to))
  const offerId = shown[index]!.offerId
  if (offerId === view.activeOfferId) return view
  // An open panel follows the keyboard: it shows the offer now active.
  const detail = view.detail ? { kind: 'loading' as const, offerId } : undefined
  return { ...view, activeOfferId: offerId, detail }
}

export function openDetail(view: ResultsView, offerId: string): ResultsView {
  if (view.detail?.offerId === offerId && view.detail.kind !== 'failed') return { ...view, activeOfferId: offerId }
  return { ...view, activeOfferId: offerId, detail: { kind: 'loading', offerId } }
}

export function closeDetail(view: ResultsView): ResultsView {
  return view.detail ? { ...view, detail: undefined } : view
}

/** An answer for an offer the panel no longer shows (the agent moved on) is dropped. */
export function detailAnswered(view: ResultsView, offerId: string, answer: Result<OfferDetail>): ResultsView {
  if (view.detail?.kind !== 'loading' || view.detail.offerId !== offerId) return view
  const detail: DetailView = answer.ok ? { kind: 'shown', offerId, detail: answer.value } : { kind: 'failed', offerId, error: answer.error }
  return { ...view, detail }
}
