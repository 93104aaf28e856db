import { ageOf, formatMoney, minutesUntil } from '../../../shared/balance/format'
import type { Language } from '../../../shared/domain/app'
import type { AvailableToSpend, BalanceLevel, BalanceThresholds } from '../../../shared/domain/balanceView'
import type { Environment } from '../../../shared/domain/environments'
import type { PaymentDeadline } from '../../../shared/domain/moneyMovement'
import { balanceLevel, fundsLevel, type Freshness } from '../balance/status'
import type { TrayMenuItem, TrayState } from './trayModel'
import { trayStrings, type TrayStrings } from './trayText'

export interface TrayProfile {
  id: string
  name: string
  environment: Environment
}

/** Everything the tray shows, and nothing else: no clock, no OS, no I/O. */
export interface TrayInput {
  now: number
  /** process.platform: 'darwin' gets template icons and a menu-bar title. */
  platform: string
  language: Language
  /** For deadline times; the machine's zone when absent. */
  timeZone?: string
  profile: TrayProfile
  profiles: readonly TrayProfile[]
  /** "Available to spend" of the last successful reading, if there is one. */
  available?: AvailableToSpend
  lastSuccessAt?: number
  freshness: Freshness
  thresholds: BalanceThresholds
  /** Orders waiting for payment (any order; past deadlines are ignored). */
  deadlines: readonly PaymentDeadline[]
  refreshing: boolean
}

export const MAX_MENU_DEADLINES = 5
/** A deadline this close is marked urgent in the menu (and notified, see notifications.ts). */
export const DEADLINE_URGENT_MS = 15 * 60_000
/** Windows cuts tray tooltips at 127 characters. */
export const MAX_TOOLTIP = 127

/** `low` on Windows/Linux (colour), `lowTemplate` on macOS (black + alpha, tinted by the menu bar). */
export function trayIconName(level: BalanceLevel, platform: string): string {
  return platform === 'darwin' ? `${level}Template` : level
}

/**
 * The tray, computed. The level follows `balanceLevel` (status.ts); the title is the
 * available-to-spend amount with the level in words when it is not ok; the tooltip
 * says which account, how much and how old the figure is; the menu is data the
 * Electron glue draws. Production is marked in the title, the tooltip and the menu.
 */
export function computeTrayState(input: TrayInput): TrayState {
  const s = trayStrings(input.language)
  const funds = input.available ? fundsLevel(input.available.amount, input.thresholds) : undefined
  const level = balanceLevel(input.freshness, funds)
  const production = input.profile.environment === 'production'
  const levelText = s.levels[level]
  const amount = input.available ? formatMoney(input.available.amount, input.available.currency) : undefined

  const mark = production ? '● ' : ''
  const short = s.levelShort[level]
  const title = amount
    ? `${mark}${amount}${short ? ` · ${short}` : ''}`
    : `${mark}${s.noFigure}${level === 'error' ? ` · ${short}` : ''}`

  const freshnessLine = describeFreshness(input, s)
  const tooltip = clip(
    [
      `${production ? `${s.production} — ` : ''}${s.appName} · ${profileLabel(input.profile, s)}`,
      // The money level beside the amount; staleness and errors are said by the next line.
      amount ? `${s.available}: ${amount}${level === 'low' || level === 'critical' ? ` · ${levelText}` : ''}` : levelText,
      freshnessLine
    ]
      .filter(Boolean)
      .join('\n'),
    MAX_TOOLTIP
  )

  const result: TrayState = {
    level,
    title,
    levelText,
    tooltip,
    icon: trayIconName(level, input.platform),
    production,
    menu: buildMenu(input, s, { level, levelText, amount, freshnessLine })
  }
  if (funds) result.fundsLevel = funds
  return result
}

function buildMenu(
  input: TrayInput,
  s: TrayStrings,
  shown: { level: BalanceLevel; levelText: string; amount: string | undefined; freshnessLine: string }
): TrayMenuItem[] {
  const warn = shown.level !== 'ok'
  const menu: TrayMenuItem[] = []
  if (input.profile.environment === 'production') menu.push({ type: 'label', label: s.production, emphasis: 'production' })
  menu.push({
    type: 'label',
    label: shown.amount ? `${s.available}: ${shown.amount}${warn ? ` (${shown.levelText})` : ''}` : `${s.noFigure} (${shown.levelText})`,
    emphasis: warn ? 'warning' : 'normal'
  })
  const available = input.available
  if (available && available.balance !== available.amount) {
    menu.push({ type: 'label', label: `${s.balance}: ${formatMoney(available.balance, available.currency)}`, emphasis: 'normal' })
  }
  if (shown.freshnessLine) menu.push({ type: 'label', label: shown.freshnessLine, emphasis: input.freshness.stale ? 'warning' : 'normal' })
  menu.push({ type: 'separator' })
  menu.push({ type: 'action', action: 'refresh', label: input.refreshing ? s.refreshing : s.refresh, enabled: !input.refreshing })
  menu.push({ type: 'action', action: 'open', label: s.open, enabled: true })

  const upcoming = input.deadlines.filter((d) => d.payDeadline > input.now).sort((a, b) => a.payDeadline - b.payDeadline)
  if (upcoming.length > 0) {
    menu.push({ type: 'separator' })
    menu.push({ type: 'label', label: s.awaitingPayment, emphasis: 'normal' })
    const time = timeFormatter(input.language, input.timeZone)
    for (const d of upcoming.slice(0, MAX_MENU_DEADLINES)) {
      menu.push({
        type: 'deadline',
        orderNo: d.orderNo,
        label: s.deadline(d.orderNo, formatMoney(d.amount, d.currency), time.format(d.payDeadline), minutesUntil(d.payDeadline, input.now)),
        urgent: d.payDeadline - input.now <= DEADLINE_URGENT_MS
      })
    }
    if (upcoming.length > MAX_MENU_DEADLINES) {
      menu.push({ type: 'label', label: s.moreDeadlines(upcoming.length - MAX_MENU_DEADLINES), emphasis: 'normal' })
    }
  }

  if (input.profiles.length > 1) {
    menu.push({ type: 'separator' })
    menu.push({
      type: 'profiles',
      label: s.switchProfile,
      profiles: input.profiles.map((p) => ({
        profileId: p.id,
        label: profileLabel(p, s),
        environment: p.environment,
        checked: p.id === input.profile.id
      }))
    })
  }
  menu.push({ type: 'separator' })
  menu.push({ type: 'action', action: 'quit', label: s.quit, enabled: true })
  return menu
}

function describeFreshness(input: TrayInput, s: TrayStrings): string {
  const reason = input.freshness.stale && input.freshness.reason ? s.reasons[input.freshness.reason.kind] : undefined
  if (input.lastSuccessAt === undefined) return reason ?? ''
  const updated = s.updated(ageOf(input.lastSuccessAt, input.now))
  return reason ? `${updated} — ${reason}` : updated
}

/** "Sandbox", "Agency live — PRODUCTION", "Agency test (Test)". */
function profileLabel(profile: TrayProfile, s: TrayStrings): string {
  const name = clip(profile.name, 40)
  const env = s.environments[profile.environment]
  if (profile.environment === 'production') return `${name} — ${env}`
  return name.toLowerCase() === env.toLowerCase() ? name : `${name} (${env})`
}

function timeFormatter(language: Language, timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {})
  })
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
