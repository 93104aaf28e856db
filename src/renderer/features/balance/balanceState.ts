import type { BalanceHistory, BalanceView } from '../../../shared/domain/balanceView'
import type { MoneyMovementList } from '../../../shared/domain/moneyMovement'
import type { DeskError } from '../../../shared/errors'

/**
 * The Balance screen's and the header indicator's state, and the pure functions that
 * change it (the zustand store in balanceStore.ts only calls these).
 */
export interface BalanceState {
  /** The monitor's view, as main last sent it. */
  view: BalanceView | undefined
  /** getBalance itself failed (the desk could not answer; not a failed FR24 read). */
  loadError: DeskError | undefined
  /** A refresh the agent asked for is under way. */
  refreshing: boolean
  /** Samples and movements since `since` for the active account. */
  since: number
  history: BalanceHistory | undefined
  movements: MoneyMovementList | undefined
  /** The last failure of a screen action (history, movements, settings). */
  actionError: DeskError | undefined
}

export const DAY_MS = 24 * 60 * 60 * 1000

export function initialBalanceState(now: number): BalanceState {
  return {
    view: undefined,
    loadError: undefined,
    refreshing: false,
    since: startOfLocalDay(now - 6 * DAY_MS),
    history: undefined,
    movements: undefined,
    actionError: undefined
  }
}

/**
 * A view from main. Views can cross (an event and a call answer): an older one for the
 * same account never replaces a newer one. A new account drops the old account's lists.
 * A view carrying a reading the history does not have yet adds it, so the chart gains
 * the point without asking main again.
 */
export function applyView(state: BalanceState, view: BalanceView): BalanceState {
  const previous = state.view
  if (previous && previous.profileId === view.profileId && view.computedAt < previous.computedAt) return state
  if (previous && previous.profileId !== view.profileId) {
    return { ...state, view, loadError: undefined, history: undefined, movements: undefined }
  }
  return { ...state, view, loadError: undefined, history: mergeSample(state.history, view) }
}

function mergeSample(history: BalanceHistory | undefined, view: BalanceView): BalanceHistory | undefined {
  const snapshot = view.figures?.snapshot
  if (!history || !snapshot || history.profileId !== view.profileId || snapshot.receivedAt < history.since) return history
  const last = history.samples[history.samples.length - 1]
  if (last && last.receivedAt >= snapshot.receivedAt) return history
  return { ...history, samples: [...history.samples, snapshot] }
}

/** Lists for another account or another date than the one on screen are dropped. */
export function applyHistory(state: BalanceState, history: BalanceHistory): BalanceState {
  if (history.since !== state.since || (state.view && state.view.profileId !== history.profileId)) return state
  return { ...state, history }
}

export function applyMovements(state: BalanceState, movements: MoneyMovementList): BalanceState {
  if (movements.since !== state.since || (state.view && state.view.profileId !== movements.profileId)) return state
  return { ...state, movements }
}

export function changeSince(state: BalanceState, since: number): BalanceState {
  if (since === state.since) return state
  return { ...state, since, history: undefined, movements: undefined }
}

/** The level to show: main's (the tray draws the same one), or "stale" until main answered. */
export function shownLevel(state: BalanceState): BalanceView['level'] {
  if (state.loadError) return 'error'
  return state.view?.level ?? 'stale'
}

/** Local midnight of the day containing `ms`. */
export function startOfLocalDay(ms: number): number {
  const d = new Date(ms)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}

/** `<input type="date">` value for epoch ms (local day). */
export function dateInputValue(ms: number): string {
  const d = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Local midnight of a `<input type="date">` value, or undefined when it is not a date. */
export function sinceFromDateInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return undefined
  const ms = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime()
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined
}
