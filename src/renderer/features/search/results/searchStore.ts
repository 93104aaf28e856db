import { create } from 'zustand'
import type { SearchRequest } from '../../../../shared/domain/search'
import { startLongCall } from '../../../desk/client'
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

export interface SearchStore {
  search: SearchState
  /** Runs a search; one still in flight is cancelled first (its answer is dropped either way). */
  start(request: SearchRequest): void
  /** Stops the search in flight (Escape, Cancel). */
  cancel(): void
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
        set((s) => ({ search: searchAnswered(s.search, started.requestId, answer) }))
      })
    },
    cancel: () => {
      stopRunning()
      set((s) => ({ search: searchCancelled(s.search) }))
    }
  }
})
