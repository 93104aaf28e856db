import { FLEX_SPREAD_DAYS, type SearchRequest, type SearchResults } from '../../../../shared/domain/search'
import type { DeskError, Result } from '../../../../shared/errors'
import { cmp } from '../../../../shared/money'

/**
 * Flexible dates: the same one-way search on the chosen day and up to 3 days either side, run
 * at most FLEX_PARALLEL at a time. Pure steps; flexStore.ts runs the calls and hands answers over.
 * Only the run named by `requestId` may settle a day, so a late answer after Stop is dropped.
 */
export const FLEX_SPREAD = FLEX_SPREAD_DAYS
/** How many of the day searches may be at FR24 at once: enough to fill the strip soon, few enough not to crowd FR24. */
export const FLEX_PARALLEL = 2

export type Cheapest = { amount: string; currency: string } | undefined

export type DayState =
  | { kind: 'queued' }
  | { kind: 'running'; requestId: string }
  | { kind: 'done'; searchId: string; cheapest: Cheapest; results: SearchResults }
  | { kind: 'failed'; error: DeskError }
  | { kind: 'cancelled' }

export interface FlexDay {
  readonly date: string
  readonly state: DayState
}

export type FlexState =
  | { kind: 'idle' }
  | { kind: 'flex'; request: SearchRequest; chosen: string; selected: string; days: readonly FlexDay[]; /** Names the days' searches as one batch (they never supersede each other in main). */ batch: string }

export const idleFlex: FlexState = { kind: 'idle' }

/** Adds days to a 'YYYY-MM-DD' date on the calendar (no clock, no zone). */
export function shiftDate(iso: string, days: number): string {
  return new Date(utcDay(iso) + days * DAY_MS).toISOString().slice(0, 10)
}

const DAY_MS = 86_400_000

/** Midnight UTC of a calendar date: days counted in UTC have no daylight-saving gaps. */
function utcDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

/** The chosen day −3…+3, without days before today (FR24 refuses a past departure). */
export function flexDates(chosen: string, today: string): string[] {
  const dates: string[] = []
  for (let offset = -FLEX_SPREAD; offset <= FLEX_SPREAD; offset++) {
    const date = shiftDate(chosen, offset)
    if (date >= today) dates.push(date)
  }
  return dates
}

/** Whether a request can be searched on flexible dates: one way only (a round trip would need pairs of days). */
export function canFlex(request: Pick<SearchRequest, 'tripType' | 'legs'>): boolean {
  return request.tripType === 'oneWay' && request.legs.length === 1
}

export function flexStarted(request: SearchRequest, today: string, batch: string): FlexState {
  const chosen = request.legs[0]?.date ?? today
  const days = flexDates(chosen, today).map((date): FlexDay => ({ date, state: { kind: 'queued' } }))
  return { kind: 'flex', request, chosen, selected: chosen, days, batch }
}

/** The request for one day: the agent's search with that departure date. */
export function requestFor(state: Extract<FlexState, { kind: 'flex' }>, date: string): SearchRequest {
  return { ...state.request, legs: state.request.legs.map((leg, i) => (i === 0 ? { ...leg, date } : leg)), batch: state.batch }
}

/**
 * The days to start now: queued ones, the chosen day first and then nearest to it, while fewer
 * than `limit` run.
 */
export function nextToStart(state: FlexState, limit = FLEX_PARALLEL): string[] {
  if (state.kind !== 'flex') return []
  const running = state.days.filter((d) => d.state.kind === 'running').length
  const free = Math.max(0, limit - running)
  const distance = (date: string) => Math.abs(dayDiff(state.chosen, date))
  return state.days
    .filter((d) => d.state.kind === 'queued')
    .map((d) => d.date)
    .sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1))
    .slice(0, free)
}

export function dayStarted(state: FlexState, date: string, requestId: string): FlexState {
  return withDay(state, (d) => d.date === date && d.state.kind === 'queued', { kind: 'running', requestId })
}

export function dayAnswered(state: FlexState, requestId: string, answer: Result<SearchResults>): FlexState {
  const next: DayState = answer.ok
    ? { kind: 'done', searchId: answer.value.searchId, cheapest: cheapestOf(answer.value), results: answer.value }
    : answer.error.kind === 'cancelled'
      ? { kind: 'cancelled' }
      : { kind: 'failed', error: answer.error }
  return withDay(state, (d) => d.state.kind === 'running' && d.state.requestId === requestId, next)
}

/** Stop: every day still queued or running is cancelled at once; days already in keep their prices. */
export function flexCancelled(state: FlexState): FlexState {
  if (state.kind !== 'flex') return state
  return { ...state, days: state.days.map((d) => (d.state.kind === 'queued' || d.state.kind === 'running' ? { ...d, state: { kind: 'cancelled' } } : d)) }
}

/** The request ids to cancel with main (the runs in flight). */
export function runningRequestIds(state: FlexState): string[] {
  if (state.kind !== 'flex') return []
  return state.days.flatMap((d) => (d.state.kind === 'running' ? [d.state.requestId] : []))
}

export function isFlexBusy(state: FlexState): boolean {
  return state.kind === 'flex' && state.days.some((d) => d.state.kind === 'queued' || d.state.kind === 'running')
}

export function selectDay(state: FlexState, date: string): FlexState {
  if (state.kind !== 'flex' || !state.days.some((d) => d.date === date)) return state
  return { ...state, selected: date }
}

/** The day `by` steps from the selected one, held at the ends (arrow keys in the strip). */
export function dayBeside(state: FlexState, by: number): string | undefined {
  if (state.kind !== 'flex') return undefined
  const index = state.days.findIndex((d) => d.date === state.selected)
  const target = state.days[Math.min(state.days.length - 1, Math.max(0, index + by))]
  return target?.date
}

export function selectedDay(state: FlexState): FlexDay | undefined {
  return state.kind === 'flex' ? state.days.find((d) => d.date === state.selected) : undefined
}

/** The cheapest total of an answer; undefined when FR24 found no offers. */
export function cheapestOf(results: Pick<SearchResults, 'rows' | 'currency'>): Cheapest {
  let best: Cheapest
  for (const row of results.rows) {
    if (!best || cmp(row.totalPrice, best.amount) < 0) best = { amount: row.totalPrice, currency: row.currency }
  }
  return best
}

function dayDiff(a: string, b: string): number {
  return Math.round((utcDay(b) - utcDay(a)) / DAY_MS)
}

function withDay(state: FlexState, match: (day: FlexDay) => boolean, next: DayState): FlexState {
  if (state.kind !== 'flex') return state
  let changed = false
  const days = state.days.map((d) => {
    if (changed || !match(d)) return d
    changed = true
    return { ...d, state: next }
  })
  return changed ? { ...state, days } : state
}
