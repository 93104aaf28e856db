import { toFixed } from '../money'

/** "12345.6" → "12,345.60": two places, thousands grouped, a leading "-" kept. Never via a float. */
export function groupAmount(amount: string, places = 2): string {
  const fixed = toFixed(amount, places)
  const negative = fixed.startsWith('-')
  const [whole = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`
  // "-0.00" reads as a debt of nothing: show it as zero.
  return negative && /[1-9]/.test(text) ? `-${text}` : text
}

/** "CNY 12,345.67" */
export function formatMoney(amount: string, currency: string): string {
  return `${currency} ${groupAmount(amount)}`
}

/** How old something is, in the unit a person would say it. */
export type Age = { unit: 'now' } | { unit: 'min' | 'h' | 'd'; n: number }

export function ageOf(thenMs: number, nowMs: number): Age {
  const seconds = Math.max(0, Math.floor((nowMs - thenMs) / 1000))
  if (seconds < 60) return { unit: 'now' }
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return { unit: 'min', n: minutes }
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return { unit: 'h', n: hours }
  return { unit: 'd', n: Math.floor(hours / 24) }
}

/** "in 12 min" style parts for a time still to come (0 when already past). */
export function minutesUntil(thenMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((thenMs - nowMs) / 60_000))
}
