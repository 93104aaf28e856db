import { add, mul } from '../../../shared/money'

/**
 * Sums of FR24 amounts for 2,000 offers at a time. FR24 writes amounts with at most two decimals
 * (fr24-inferences M1): as integer cents below 2^53 they add exactly as plain numbers, which is far
 * cheaper than decimal objects. Anything else (more decimals, huge figures) takes shared/money.
 */
/**
 * `-?\d{1,13}(\.\d{1,2})?` as integer cents, read digit by digit (a regex with captures cost more
 * than the rest of a row: 2,000 offers are some 20,000 amounts); undefined for anything else.
 */
function cents(value: string): number | undefined {
  const length = value.length
  let i = value.charCodeAt(0) === 45 ? 1 : 0
  const negative = i === 1
  let whole = 0
  let wholeDigits = 0
  for (; i < length; i++) {
    const d = value.charCodeAt(i) - 48
    if (d < 0 || d > 9) break
    whole = whole * 10 + d
    wholeDigits++
  }
  if (wholeDigits === 0 || wholeDigits > 13) return undefined
  let frac = 0
  if (i < length) {
    if (value.charCodeAt(i) !== 46) return undefined
    const fracDigits = length - i - 1
    if (fracDigits < 1 || fracDigits > 2) return undefined
    for (let k = i + 1; k < length; k++) {
      const d = value.charCodeAt(k) - 48
      if (d < 0 || d > 9) return undefined
      frac = frac * 10 + d
    }
    if (fracDigits === 1) frac *= 10
  }
  const n = whole * 100 + frac
  return negative ? -n : n
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
  let total = 0
  for (const value of values) {
    const c = cents(value)
    if (c === undefined) return slowSum(values, [])
    total += c
  }
  return Number.isSafeInteger(total) ? decimal(total) : slowSum(values, [])
}

function slowSum(values: readonly string[], weights: readonly number[]): string {
  let total = '0'
  values.forEach((v, i) => (total = add(total, mul(v, weights[i] ?? 1))))
  return total
}
