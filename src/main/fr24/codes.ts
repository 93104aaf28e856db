import type { NextAction } from '../../shared/errors'

export const SUCCESS_CODES: ReadonlySet<string> = new Set(['000000', '0'])

export function isSuccess(code: string): boolean {
  return SUCCESS_CODES.has(code.trim())
}

/**
 * Codes whose meaning the generic digit rule would get wrong. The credential codes are our
 * sandbox's choice (an inference, docs/fr24-inferences.md §5); the 2-digit ones are FR24's V1
 * payment codes; 304016 comes from FR24's own client.
 */
export const KNOWN_CODES: Readonly<Record<string, { action: NextAction; inferred?: true }>> = {
  '10100001': { action: 'check-credentials', inferred: true },
  '10100002': { action: 'check-credentials', inferred: true },
  '10100003': { action: 'check-credentials', inferred: true },
  '10100004': { action: 'check-credentials', inferred: true },
  '10100020': { action: 'check-credentials', inferred: true },
  '52': { action: 'reprice' },
  '54': { action: 'check-order' },
  '56': { action: 'top-up-balance' },
  '58': { action: 'check-order' },
  '40': { action: 'contact-account-manager' },
  '41': { action: 'contact-account-manager' },
  '57': { action: 'contact-account-manager' },
  '306': { action: 'contact-account-manager' },
  '304016': { action: 'search-again' },
  '000304016': { action: 'search-again' }
}

/** V2 8-digit codes: digits 2–3 say what the partner should do (FR24 error-code guide). */
const BY_RESOLUTION: Readonly<Record<string, NextAction>> = {
  '01': 'fix-input',
  '02': 'read-docs',
  '03': 'contact-account-manager',
  '04': 'contact-fr24',
  '05': 'retry-now',
  '06': 'retry-later',
  '07': 'search-again',
  '08': 'retry-later',
  '09': 'contact-fr24',
  '10': 'try-other-options',
  '11': 'retry-now',
  '12': 'not-supported',
  '13': 'fix-input'
}

/** The two resolution classes FR24 says may simply be tried again (11: at most twice). */
const TRANSIENT_RESOLUTIONS = new Set(['05', '11'])

export function resolutionDigits(code: string): string | undefined {
  return /^\d{8}$/.test(code) ? code.slice(1, 3) : undefined
}

export function actionForCode(code: string): NextAction {
  const trimmed = code.trim()
  const known = KNOWN_CODES[trimmed]
  if (known) return known.action
  const digits = resolutionDigits(trimmed)
  return (digits && BY_RESOLUTION[digits]) || 'contact-fr24'
}

export function isTransientCode(code: string): boolean {
  const digits = resolutionDigits(code.trim())
  return digits !== undefined && TRANSIENT_RESOLUTIONS.has(digits)
}
