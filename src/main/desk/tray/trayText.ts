import type { Age } from '../../../shared/balance/format'
import type { Language } from '../../../shared/domain/app'
import { StaleReasonKind, type BalanceLevel } from '../../../shared/domain/balanceView'
import { Environment } from '../../../shared/domain/environments'
import { translate, type MessageKey, type TextParams } from '../../../shared/text'

/**
 * Words the tray and the OS notifications use, in the desk's language. The sentences are the
 * shared dictionaries' (src/shared/text, section `tray`); this shapes them as the tray code asks.
 */
export interface TrayStrings {
  appName: string
  levels: Record<BalanceLevel, string>
  /** Short word beside the amount in the macOS menu bar; empty for ok. */
  levelShort: Record<BalanceLevel, string>
  reasons: Record<StaleReasonKind, string>
  environments: Record<Environment, string>
  production: string
  available: string
  balance: string
  noFigure: string
  updated: (age: Age) => string
  refresh: string
  refreshing: string
  open: string
  quit: string
  switchProfile: string
  awaitingPayment: string
  deadline: (orderNo: string, amount: string, time: string, minutes: number) => string
  moreDeadlines: (n: number) => string
  confirmProduction: { message: (name: string) => string; detail: string; confirm: string; cancel: string }
  notify: {
    lowTitle: string
    lowBody: (amount: string, profile: string) => string
    criticalTitle: string
    criticalBody: (amount: string, profile: string) => string
    failingTitle: string
    failingBody: (minutes: number, reason: string) => string
    deadlineTitle: string
    deadlineBody: (orderNos: string[], minutes: number) => string
    closedToTrayTitle: string
    closedToTrayBody: (platform: string) => string
  }
}

function strings(language: Language): TrayStrings {
  const say = (key: MessageKey, params?: TextParams): string => translate(language, key, params)
  const each = <K extends string>(names: readonly K[], keyOf: (name: K) => MessageKey): Record<K, string> =>
    Object.fromEntries(names.map((name) => [name, say(keyOf(name))])) as Record<K, string>
  const levels = ['ok', 'low', 'critical', 'stale', 'error'] as const
  return {
    appName: say('tray.appName'),
    levels: each(levels, (level) => `tray.levels.${level}`),
    levelShort: { ...each(['low', 'critical', 'stale', 'error'] as const, (level) => `tray.levelShort.${level}`), ok: '' },
    reasons: each(StaleReasonKind.options, (kind) => `tray.reasons.${kind}`),
    environments: each(Environment.options, (environment) => `tray.environments.${environment}`),
    production: say('tray.production'),
    available: say('tray.available'),
    balance: say('tray.balance'),
    noFigure: say('tray.noFigure'),
    updated: (age) => (age.unit === 'now' ? say('tray.updated.now') : say(`tray.updated.${age.unit}`, { n: age.n })),
    refresh: say('tray.refresh'),
    refreshing: say('tray.refreshing'),
    open: say('tray.open'),
    quit: say('tray.quit'),
    switchProfile: say('tray.switchProfile'),
    awaitingPayment: say('tray.awaitingPayment'),
    deadline: (orderNo, amount, time, minutes) => say('tray.deadline', { orderNo, amount, time, minutes }),
    moreDeadlines: (n) => say('tray.moreDeadlines', { n }),
    confirmProduction: {
      message: (name) => say('tray.confirmProduction.message', { name }),
      detail: say('tray.confirmProduction.detail'),
      confirm: say('tray.confirmProduction.confirm'),
      cancel: say('tray.confirmProduction.cancel')
    },
    notify: {
      lowTitle: say('tray.notify.lowTitle'),
      lowBody: (amount, profile) => say('tray.notify.lowBody', { amount, profile }),
      criticalTitle: say('tray.notify.criticalTitle'),
      criticalBody: (amount, profile) => say('tray.notify.criticalBody', { amount, profile }),
      failingTitle: say('tray.notify.failingTitle'),
      failingBody: (minutes, reason) => say('tray.notify.failingBody', { minutes, reason }),
      deadlineTitle: say('tray.notify.deadlineTitle'),
      deadlineBody: (orderNos, minutes) =>
        orderNos.length === 1
          ? say('tray.notify.deadlineBodyOne', { orderNo: orderNos[0] ?? '', minutes })
          : say('tray.notify.deadlineBodyMany', { count: orderNos.length, minutes, orderNos: orderNos.join(say('tray.notify.listSeparator')) }),
      closedToTrayTitle: say('tray.notify.closedToTrayTitle'),
      closedToTrayBody: (platform) => say(platform === 'darwin' ? 'tray.notify.closedToTrayBodyMac' : 'tray.notify.closedToTrayBody')
    }
  }
}

export const TRAY_STRINGS: Readonly<Record<Language, TrayStrings>> = { en: strings('en'), 'zh-CN': strings('zh-CN') }

export function trayStrings(language: Language): TrayStrings {
  return TRAY_STRINGS[language]
}
