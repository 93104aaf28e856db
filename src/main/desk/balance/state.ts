import type { Language } from '../../../shared/domain/app'
import type { AvailableToSpend, BalanceFigures, BalanceThresholds, BalanceView } from '../../../shared/domain/balanceView'
import type { Environment } from '../../../shared/domain/environments'
import { formatMoney, ageOf } from '../../../shared/balance/format'
import { trayStrings } from '../tray/trayText'
import type { BalanceSettings } from './settings'
import { balanceLevel, fundsLevel, type Freshness } from './status'

/** An account as the balance names it. */
export interface AccountRef {
  id: string
  name: string
  environment: Environment
}

/**
 * The state of one account's balance at `now`: what the monitor knows, and all the tray
 * and notifications compose from (main-only; the window gets `BalanceView`).
 */
export interface BalanceState {
  now: number
  account: AccountRef
  /** Every account the agent has, for switching. */
  accounts: readonly AccountRef[]
  figures?: BalanceFigures
  /** Shortcut for figures.available. */
  available?: AvailableToSpend
  lastSuccessAt?: number
  lastAttemptAt?: number
  nextRefreshAt?: number
  /** First failure of the current run of failures. */
  failingSince?: number
  consecutiveFailures: number
  freshness: Freshness
  thresholds: BalanceThresholds
  settings: BalanceSettings
  refreshing: boolean
}

const MAX_TOOLTIP = 200

/**
 * The window's view of a balance state: the figures, the level and one tooltip line
 * (the account, the amount and how fresh it is). The tray's menu and icon are the tray's.
 */
export function balanceView(state: BalanceState, language: Language): BalanceView {
  const funds = state.available ? fundsLevel(state.available.amount, state.thresholds) : undefined
  const level = balanceLevel(state.freshness, funds)
  const view: BalanceView = {
    profileId: state.account.id,
    profileName: state.account.name,
    environment: state.account.environment,
    refreshing: state.refreshing,
    consecutiveFailures: state.consecutiveFailures,
    stale: state.freshness.stale,
    thresholds: state.thresholds,
    intervalSeconds: state.settings.intervalSeconds,
    closeToTray: state.settings.closeToTray,
    level,
    tooltip: tooltipLine(state, language, level),
    computedAt: state.now
  }
  if (funds) view.fundsLevel = funds
  if (state.figures) view.figures = state.figures
  if (state.lastSuccessAt !== undefined) view.lastSuccessAt = state.lastSuccessAt
  if (state.lastAttemptAt !== undefined) view.lastAttemptAt = state.lastAttemptAt
  if (state.nextRefreshAt !== undefined) view.nextRefreshAt = state.nextRefreshAt
  if (state.freshness.reason) view.staleReason = state.freshness.reason
  return view
}

/** "Agency live — PRODUCTION · Available to spend: CNY 800.00 · Updated 2 min ago — Offline" */
function tooltipLine(state: BalanceState, language: Language, level: BalanceView['level']): string {
  const s = trayStrings(language)
  const account = state.account.environment === 'production' ? `${state.account.name} — ${s.environments.production}` : state.account.name
  const amount = state.available ? `${s.available}: ${formatMoney(state.available.amount, state.available.currency)}` : s.levels[level]
  const reason = state.freshness.stale && state.freshness.reason ? s.reasons[state.freshness.reason.kind] : undefined
  const updated = state.lastSuccessAt !== undefined ? s.updated(ageOf(state.lastSuccessAt, state.now)) : undefined
  const freshness = [updated, reason].filter(Boolean).join(' — ')
  const line = [account, amount, freshness].filter(Boolean).join(' · ')
  return line.length <= MAX_TOOLTIP ? line : `${line.slice(0, MAX_TOOLTIP - 1)}…`
}
