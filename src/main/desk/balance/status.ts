import type { BalanceLevel, BalanceThresholds, FundsLevel, StaleReason, StaleReasonKind } from '../../../shared/domain/balanceView'
import type { DeskError, ErrorKind } from '../../../shared/errors'
import { cmp } from '../../../shared/money'
import { backoffDelay } from '../../util/poller'

/** Failed refreshes are retried after 30 s, then 1, 2, 4, 8 min, never waiting longer than 10 min. */
export const BACKOFF_FIRST_MS = 30_000
export const BACKOFF_CAP_MS = 10 * 60_000

/** How long to wait before the next try after `failures` refreshes in a row have failed (≥ 1). */
export function backoffMs(failures: number): number {
  return backoffDelay(failures, { minMs: BACKOFF_FIRST_MS, maxMs: BACKOFF_CAP_MS })
}

/** A figure older than this many refresh intervals is stale even if nothing failed (the machine slept, a poll hung). */
export const STALE_AFTER_INTERVALS = 2

export interface FreshnessInput {
  now: number
  intervalMs: number
  /** Whether a figure exists at all (from this run or the journal). */
  hasFigure: boolean
  lastSuccessAt?: number
  /** The failure of the most recent refresh; cleared by the next success. */
  lastError?: DeskError
  /** First failure of the current run of failures. */
  failingSince?: number
}

export interface Freshness {
  stale: boolean
  reason?: StaleReason
}

/**
 * When the figure on screen can be trusted as current.
 * Stale when the last refresh failed (the reason says why, with FR24's code and trace
 * id), when there is no figure yet, or when the last success is older than
 * STALE_AFTER_INTERVALS × the refresh interval. A successful refresh clears it.
 */
export function assessFreshness(input: FreshnessInput): Freshness {
  if (input.lastError) {
    const reason: StaleReason = { kind: reasonKind(input.lastError), error: input.lastError }
    if (input.failingSince !== undefined) reason.since = input.failingSince
    return { stale: true, reason }
  }
  if (!input.hasFigure || input.lastSuccessAt === undefined) return { stale: true, reason: { kind: 'not-read-yet' } }
  if (input.now - input.lastSuccessAt > STALE_AFTER_INTERVALS * input.intervalMs) {
    return { stale: true, reason: { kind: 'old', since: input.lastSuccessAt } }
  }
  return { stale: false }
}

/** Why a failed reading leaves the balance stale, by the kind of the failure (a Record: a new kind must be given its reason). */
const STALE_REASON: Readonly<Record<ErrorKind, StaleReasonKind>> = {
  network: 'offline',
  auth: 'auth',
  fr24: 'fr24',
  validation: 'internal',
  uncertain: 'internal',
  internal: 'internal',
  cancelled: 'internal'
}

export function reasonKind(error: DeskError): StaleReasonKind {
  // A locked (or stuck, or absent) keychain is not FR24 refusing the keys: the agent must unlock it.
  if (error.action === 'unlock-keychain') return 'keychain'
  return STALE_REASON[error.kind]
}

/** At or below critical → critical; at or below low → low; otherwise ok. */
export function fundsLevel(available: string, thresholds: BalanceThresholds): FundsLevel {
  if (cmp(available, thresholds.critical) <= 0) return 'critical'
  if (cmp(available, thresholds.low) <= 0) return 'low'
  return 'ok'
}

/**
 * The one level the tray, the header and the notifications agree on.
 * - error: nothing to show and the last try failed, or the failure needs someone to act
 *   (keys refused, an FR24 error that is not a passing one, a fault in the desk);
 * - stale: the figure is not current for a reason that passes by itself (offline, a
 *   passing FR24 error, nothing read yet, too old);
 * - otherwise the money level of the figure.
 */
export function balanceLevel(freshness: Freshness, funds: FundsLevel | undefined): BalanceLevel {
  const reason = freshness.reason
  if (freshness.stale && reason) {
    if (reason.error && (funds === undefined || needsSomeone(reason))) return 'error'
    return 'stale'
  }
  return funds ?? 'stale'
}

function needsSomeone(reason: StaleReason): boolean {
  switch (reason.kind) {
    case 'auth':
    case 'keychain':
    case 'internal':
      return true
    case 'fr24':
      return !(reason.error?.action === 'retry-now' || reason.error?.action === 'retry-later')
    default:
      return false
  }
}
