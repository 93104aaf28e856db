import { create } from 'zustand'
import type { SearchRequest } from '../../../../shared/domain/search'
import { startLongCall } from '../../../desk/client'
import type { LongCallRun } from '../../../desk/deskCaller'
import { useSearchStore } from '../results/searchStore'
import {
  dayAnswered,
  dayStarted,
  flexCancelled,
  flexStarted,
  idleFlex,
  nextToStart,
  requestFor,
  runningRequestIds,
  selectDay,
  selectedDay,
  type FlexState
} from './flexState'

export interface FlexStore {
  flex: FlexState
  /** Runs the day searches (the single search on screen and any flexible one before are stopped first). */
  start(request: SearchRequest, today: string): void
  /** Stops every day search still queued or running (Escape, Stop). */
  cancel(): void
  /** Leaves flexible dates (a plain search replaces them). */
  clear(): void
  /** Shows a day's offers in the results grid. */
  select(date: string): void
}

/**
 * Thin glue for flexible dates: decisions are in flexState.ts. The selected day's answer is handed
 * to the search store, so the grid, the filters and the offer detail work as for one search.
 */
export const useFlexStore = create<FlexStore>()((set, get) => {
  const runs = new Map<string, LongCallRun<unknown>>()

  const stopAll = () => {
    for (const id of runningRequestIds(get().flex)) void runs.get(id)?.cancel()
    runs.clear()
  }

  const showSelected = () => {
    const flex = get().flex
    const day = selectedDay(flex)
    if (flex.kind !== 'flex' || day?.state.kind !== 'done') return
    const shown = useSearchStore.getState().search
    if (shown.kind === 'results' && shown.results.searchId === day.state.searchId) return
    useSearchStore.getState().show(requestFor(flex, day.date), day.state.results)
  }

  const pump = () => {
    for (const date of nextToStart(get().flex)) {
      const flex = get().flex
      if (flex.kind !== 'flex') return
      const started = startLongCall('search', requestFor(flex, date))
      runs.set(started.requestId, started)
      set({ flex: dayStarted(flex, date, started.requestId) })
      void started.answer.then((answer) => {
        const ours = runs.delete(started.requestId)
        set((s) => ({ flex: dayAnswered(s.flex, started.requestId, answer) }))
        showSelected()
        if (ours) pump()
      })
    }
  }

  return {
    flex: idleFlex,
    start: (request, today) => {
      stopAll()
      useSearchStore.getState().cancel()
      set({ flex: flexStarted(request, today, `flex_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`) })
      pump()
    },
    cancel: () => {
      stopAll()
      set((s) => ({ flex: flexCancelled(s.flex) }))
    },
    clear: () => {
      stopAll()
      set({ flex: idleFlex })
    },
    select: (date) => {
      set((s) => ({ flex: selectDay(s.flex, date) }))
      showSelected()
    }
  }
})
