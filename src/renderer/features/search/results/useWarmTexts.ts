import type { TFunction } from 'i18next'
import { useEffect } from 'react'
import type { OfferRow, TripType } from '../../../../shared/domain/search'
import type { OfferFilters } from '../../../../shared/search'
import type { SortOrder } from './resultsView'
import { cellsTextFor } from './rowCells'
import { firstShown, nextOrders } from './shownRows'

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
 * While the window is idle, sorts the rows every way one step away (the order turned round,
 * another key) and formats the rows each of those orders would bring into view: the first sort
 * or turn of the order after new results (or a filter) then draws rows whose texts are ready,
 * instead of formatting 10–20 rows never shown before (a dozen translations and Intl calls each)
 * between the click and the frame.
 */
export function useWarmTexts(rows: readonly OfferRow[], sort: SortOrder, filters: OfferFilters, t: TFunction, language: string, tripType: TripType): void {
  useEffect(() => {
    // One small step at a time (one order sorted, or one row formatted), as long as the idle
    // period lasts: the agent's next key or click never waits behind this.
    function* steps(): Generator<void> {
      for (const order of nextOrders(sort)) {
        const first = firstShown(rows, order, filters, WARM_ROWS)
        yield
        for (const row of first) {
          cellsTextFor(t, language, row, tripType)
          yield
        }
      }
    }
    const todo = steps()
    let cancel: () => void = () => {}
    const work = (deadline: { timeRemaining(): number }) => {
      while (deadline.timeRemaining() > 2) if (todo.next().done) return
      cancel = whenIdle(work)
    }
    cancel = whenIdle(work)
    return () => cancel()
  }, [rows, sort, filters, t, language, tripType])
}
