import { add, mul } from '../../../shared/money'

/**
 * Sums of FR24 amounts for 2,000 offers at a time. FR24 writes amounts with at most two decimals
 * (fr24-inferences M1): as integer cents below 2^53 they add exactly as plain numbers, which is far
 * cheaper than decimal objects. Anything else (more decimals, huge figures) takes shared/money.
 */
const SIMPLE = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/

function cents(value: string): number | undefined {
  const m = SIMPLE.exec(value)
  if (!m) return undefined
  const whole = Number(m[2])
  const frac = m[3] === undefined ? 0 : Number(m[3].padEnd(2, '0'))
  const n = whole * 100 + frac
  return m[1] ? -n : n
}

/** The shortest decimal for a number of cents, as shared/money writes it ("1210.5", "100"). */
function decimal(total: number): string {
  const sign = total < 0 ? '-' : ''
  const abs = Math.abs(total)
  const whole = Math.floor(abs / 100)
  const frac = abs % 100
  if (frac === 0) return `${sign}${whole}`
  const text = String(frac).padStart(2, '0')
  return `${sign}${whole}.${text.endsWith('0') ? text[0] : text}`
}

/** Σ values × weight each (weights whole numbers ≥ 0). */
export function weightedSum(values: readonly string[], weights: readonly number[]): string {
  let total = 0
  for (let i = 0; i < values.length; i++) {
    const c = cents(values[i] as string)
    if (c === undefined) return slowSum(values, weights)
    total += c * (weights[i] ?? 1)
  }
  return Number.isSafeInteger(total) ? decimal(total) : slowSum(values, weights)
}

export function sumOf(...values: string[]): string {
  return weightedSum(values, values.map(() => 1))
}

function slowSum(values: readonly string[], weights: readonly number[]): string {
  let total = '0'
  values.forEach((v, i) => (total = add(total, mul(v, weights[i] ?? 1))))
  return total
}
