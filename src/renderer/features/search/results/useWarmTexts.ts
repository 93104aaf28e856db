import type { TFunction } from 'i18next'
import { useEffect } from 'react'
import type { OfferRow, TripType } from '../../../../shared/domain/search'
import type { OfferFilters } from '../../../../shared/search'
import type { SortOrder } from './resultsView'
import { cellsTextFor } from './rowCells'
import { firstShown, otherOrders } from './shownRows'

/** More rows than the grid draws at once on a tall screen (it draws the rows in view and 3 beyond). */
const WARM_ROWS = 24

// Electron's and Chromium's windows have requestIdleCallback; elsewhere (tests) a timer stands in.
const whenIdle = (work: (deadline: { timeRemaining(): number }) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work)
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(() => work({ timeRemaining: () => 10 }), 50)
  return () => clearTimeout(handle)
}

/**
 * While the window is idle, sorts the rows every other way and formats the rows each of those
 * orders would bring into view: the first sort or turn of the order after new results (or a filter)
 * then draws rows whose texts are ready, instead of formatting 10–20 rows never shown before (a
 * dozen translations and Intl calls each) between the click and the frame.
 */
export function useWarmTexts(rows: readonly OfferRow[], sort: SortOrder, filters: OfferFilters, t: TFunction, language: string, tripType: TripType): void {
  useEffect(() => {
    const orders = otherOrders(sort)
    let next = 0
    let cancel: () => void = () => {}
    const work = (deadline: { timeRemaining(): number }) => {
      while (next < orders.length && deadline.timeRemaining() > 3) {
        for (const row of firstShown(rows, orders[next++]!, filters, WARM_ROWS)) cellsTextFor(t, language, row, tripType)
      }
      if (next < orders.length) cancel = whenIdle(work)
    }
    cancel = whenIdle(work)
    return () => cancel()
  }, [rows, sort, filters, t, language, tripType])
}
