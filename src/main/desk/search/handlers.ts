import type { searchCalls } from '../../../shared/contract/search'
import type { HandlerMap } from '../core/dispatch'
import type { SearchService } from './service'

/** Search room (contract/search.ts). */
export function searchHandlers(service: SearchService): HandlerMap<typeof searchCalls> {
  return {
    search: (request, run) => service.search(request, run),
    offerDetail: (request) => service.offerDetail(request),
    findPlaces: (request) => service.findPlaces(request),
    recentSearches: () => service.recentSearches()
  }
}
