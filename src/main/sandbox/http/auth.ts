import type { IncomingHttpHeaders } from 'node:http'
import type { SandboxCore } from '../state/core'
import { expectedSign, signMatches } from './crypto'
import { Code, fault } from './errors'

/**
 * FR24's gate: the appKey header names the account, `authentication.sign`
 * proves the caller knows its secret, `authentication.timestamp` keeps old
 * requests out (fr24-inferences §2). Checked in this order: present and
 * well-formed (10100001), known appKey (10100002), signature (10100003),
 * then the ±300 s window (10100004).
 *
 * The window is measured against the injected clock, not the business time
 * the control API may have advanced: moving the sandbox into the future to
 * pass a deadline must not make every honest client's signature "stale".
 */

export const SKEW_SECONDS = 300

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()] // node lower-cases header names, so any spelling matches
  return Array.isArray(value) ? value[0] : value
}

export function authenticate(core: SandboxCore, headers: IncomingHttpHeaders, body: unknown): void {
  const appKey = header(headers, 'appKey')?.trim()
  if (!appKey) fault(Code.authMissing, 'authentication missing: the appKey header is required')
  const auth = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).authentication : undefined
  if (typeof auth !== 'object' || auth === null || Array.isArray(auth)) fault(Code.authMissing, 'authentication missing: the body needs an authentication object')
  const { sign, timestamp } = auth as Record<string, unknown>
  if (typeof sign !== 'string' || sign === '') fault(Code.authMissing, 'authentication malformed: authentication.sign is required')
  const stamp = typeof timestamp === 'number' && Number.isInteger(timestamp) ? String(timestamp) : timestamp
  if (typeof stamp !== 'string' || !/^\d{1,12}$/.test(stamp)) fault(Code.authMissing, 'authentication malformed: authentication.timestamp must be Unix seconds as digits')
  if (appKey !== core.account.appKey) fault(Code.unknownAppKey, 'unknown appKey')
  if (!signMatches(sign, expectedSign(appKey, core.account.appSecret, stamp))) fault(Code.badSign, 'sign mismatch: check appSecret and the signing order appKey + appSecret + timestamp')
  const skew = Math.abs(Math.floor(core.baseClock.now() / 1000) - Number(stamp))
  if (skew > SKEW_SECONDS) fault(Code.staleTimestamp, `timestamp is ${skew} s away from the server clock (allowed ±${SKEW_SECONDS} s): check the computer clock`)
}
