import type { searchCalls } from '../../../shared/contract/search'
import { deskError } from '../../../shared/errors'
import type { HandlerMap } from '../core/dispatch'
import { DeskFailure } from '../core/failure'

const notReady = (): never => {
  throw new DeskFailure(deskError('internal', 'desk.search.notReady', { action: 'retry-later' }))
}

/** Search room (contract/search.ts). Stubs until the service lands. */
export function searchHandlers(): HandlerMap<typeof searchCalls> {
  return {
    search: notReady,
    offerDetail: notReady,
    findPlaces: notReady,
    recentSearches: notReady
  }
}
