import type { TFunction } from 'i18next'
import { ageOf } from '../../../shared/balance/format'

/** "2 min ago" in the agent's language. */
export function ageText(t: TFunction, thenMs: number, nowMs: number): string {
  const age = ageOf(thenMs, nowMs)
  return age.unit === 'now' ? t('balance.age.now') : t(`balance.age.${age.unit}`, { n: age.n })
}

/** Date and time on the agent's machine, in the agent's language. */
export function dateTimeText(language: string, ms: number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms)
}
