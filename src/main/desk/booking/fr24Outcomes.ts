import type { OfferExtras } from '../../../shared/domain/booking'
import { Fr24Error } from '../../fr24'

export type ExtrasGap = NonNullable<OfferExtras['seatsGap']>

/**
 * How the price check and the extras read FR24's refusals (docs/fr24-inferences.md "Pricing
 * window", "Extras gaps"). Pure.
 */

/**
 * Codes that mean "this offer can no longer be sold": `21000001` no seats or no inventory (the
 * Sandbox's code, §5), `10701298` the offerId is unusable after an earlier failed verification
 * (documented, FR24-MCP). An identity mismatch (304016) or an expired offer are not sold out: FR24's
 * own sentence says what happened.
 */
export const SOLD_OUT_CODES: ReadonlySet<string> = new Set(['21000001', '10701298'])

export function isSoldOut(error: unknown): error is Fr24Error {
  if (!(error instanceof Fr24Error)) return false
  // The client's reading of an empty `offer` list (FR24's own client does the same).
  if (error.kind === 'shape' && error.endpoint === 'pricing' && error.action === 'search-again') return true
  return error.kind === 'fr24' && error.code !== undefined && SOLD_OUT_CODES.has(error.code.trim())
}

/**
 * Why seats or bags are missing: FR24 said it has none for this offer ("not supported" or "no
 * inventory" resolution classes 12 and 10 of its 8-digit codes), or the call failed in another way.
 */
export function extrasGapOf(error: unknown): ExtrasGap {
  if (error instanceof Fr24Error && error.kind === 'fr24' && (error.action === 'not-supported' || error.action === 'try-other-options')) return 'not-offered'
  return 'failed'
}
