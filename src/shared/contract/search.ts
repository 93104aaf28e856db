import {
  FindPlacesRequest,
  FindPlacesResult,
  OfferDetail,
  OfferDetailRequest,
  RecentSearches,
  SearchRequest,
  SearchResults
} from '../domain/search'
import { call, longCall, NoArgs, type CallSpec, type EventSpec } from './define'

/** A 6-leg search with carrier lists stays far below this; anything bigger is not a search. */
const SEARCH_REQUEST_BYTES = 8 * 1024

export const searchCalls = {
  /** Runs under a request id; progress stages are SearchStage ('sending', 'waiting', 'reading', 'done'). */
  search: longCall(SearchRequest, SearchResults, { maxRequestBytes: SEARCH_REQUEST_BYTES }),
  /** One offer of a kept search in full; an expired or unknown search answers action 'search-again'. */
  offerDetail: call(OfferDetailRequest, OfferDetail),
  /** Type-ahead for From/To: IATA code, city or airport name (English, and Chinese where the data has it). */
  findPlaces: call(FindPlacesRequest, FindPlacesResult),
  /** The active profile's last 20 searches, newest first. */
  recentSearches: call(NoArgs, RecentSearches)
} satisfies Record<string, CallSpec>

export const searchEvents = {} satisfies Record<string, EventSpec>
