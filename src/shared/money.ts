import Big from 'big.js'
import { z } from 'zod'

/**
 * Money never touches binary floats. Amounts cross processes as canonical
 * decimal strings ("1234.50", "-12.3") and are computed with big.js.
 */
export const DecimalString = z
  .string()
  .max(40)
  .regex(/^-?\d+(\.\d+)?$/, 'not a decimal amount')
export type DecimalString = z.infer<typeof DecimalString>

export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'not an ISO currency code')

export const Money = z.object({ amount: DecimalString, currency: CurrencyCode })
export type Money = z.infer<typeof Money>

/** Reads what FR24 sends (a JSON number or a decimal string) without going through a float. */
export function toDecimal(value: number | string): string {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim()
  // toFixed(), not toString(): big.js writes 1e-7 and 1e+21 in exponent form, which is no DecimalString.
  return new Big(text).toFixed()
}

// JSON numbers arrive already parsed; their shortest round-trip text is the exact decimal FR24 wrote.
function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new Error('amount is not a finite number')
  return new Big(String(value)).toFixed()
}

export function add(a: string, b: string): string {
  return new Big(a).plus(b).toFixed()
}
export function sub(a: string, b: string): string {
  return new Big(a).minus(b).toFixed()
}
export function mul(a: string, b: string | number): string {
  return new Big(a).times(b).toFixed()
}
export function cmp(a: string, b: string): -1 | 0 | 1 {
  return new Big(a).cmp(b) as -1 | 0 | 1
}
export function sum(values: readonly string[]): string {
  return values.reduce((acc, v) => acc.plus(v), new Big(0)).toFixed()
}
export function isZero(a: string): boolean {
  return new Big(a).eq(0)
}
/** Fixed scale for display and for sending to FR24 (which uses two places). */
export function toFixed(a: string, places = 2): string {
  return new Big(a).toFixed(places)
}
