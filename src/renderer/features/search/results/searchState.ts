import type { Progress } from '../../../../shared/contract/core'
import { SearchStage, type SearchRequest, type SearchResults } from '../../../../shared/domain/search'
import type { DeskError, Result } from '../../../../shared/errors'

/**
 * One search as the screen holds it, and the pure steps that move it on (the zustand store in
 * searchStore.ts only calls these). Only the run named by `requestId` may move a search on:
 * an answer or a progress step of a run the agent replaced or cancelled is dropped.
 */
export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; requestId: string; request: SearchRequest; startedAt: number; stage: SearchStage }
  | { kind: 'results'; request: SearchRequest; results: SearchResults }
  | { kind: 'failed'; request: SearchRequest; error: DeskError }
  | { kind: 'cancelled'; request: SearchRequest }

/** After this long without an answer the screen says it is still waiting for FR24, so nobody thinks it hung. */
export const STILL_WAITING_AFTER_MS = 4_000

export const idleSearch: SearchState = { kind: 'idle' }

/** A new run: it replaces whatever was on screen (the store cancels a run still in flight first). */
export function searchStarted(requestId: string, request: SearchRequest, startedAt: number): SearchState {
  return { kind: 'searching', requestId, request, startedAt, stage: 'sending' }
}

export function searchProgressed(state: SearchState, step: Progress): SearchState {
  if (state.kind !== 'searching' || step.requestId !== state.requestId) return state
  const stage = SearchStage.safeParse(step.stage)
  return stage.success && stage.data !== state.stage ? { ...state, stage: stage.data } : state
}

export function searchAnswered(state: SearchState, requestId: string, answer: Result<SearchResults>): SearchState {
  if (state.kind !== 'searching' || state.requestId !== requestId) return state
  if (answer.ok) return { kind: 'results', request: state.request, results: answer.value }
  if (answer.error.kind === 'cancelled') return { kind: 'cancelled', request: state.request }
  return { kind: 'failed', request: state.request, error: answer.error }
}

/** The agent stopped it (Escape or Cancel): the screen says so at once; the run's late answer is dropped. */
export function searchCancelled(state: SearchState): SearchState {
  return state.kind === 'searching' ? { kind: 'cancelled', request: state.request } : state
}

/** The run in flight, if any: what a new search or Escape cancels. */
export function runningRequestId(state: SearchState): string | undefined {
  return state.kind === 'searching' ? state.requestId : undefined
}

export function isStillWaiting(state: SearchState, now: number): boolean {
  return state.kind === 'searching' && now - state.startedAt >= STILL_WAITING_AFTER_MS
}

export function elapsedSeconds(state: SearchState, now: number): number {
  return state.kind === 'searching' ? Math.max(0, Math.floor((now - state.startedAt) / 1000)) : 0
}
