import { timingSafeEqual } from 'node:crypto'
import type { DriftReporter } from './drift'
import { ignoreDrift } from './drift'
import { Fr24Error } from './errors'
import { parseJsonText } from './json'
import { OrderChangeInforming } from './schema/inform'
import { parseLenient } from './schema/lenient'
import { signature } from './sign'

/** What the partner answers FR24's push with (inference A13: the standard envelope). */
export const INFORMING_REPLY_OK = { code: '000000', message: 'success' } as const

/**
 * Reads an orderChangeInforming push. Accepts the spellings the docs use for the same field
 * (`timeStamp`/`timestamp`, `Passengers`/`passengers`, `Ancillary`/`ancillary`) and statuses as
 * numbers or strings; hands back one spelling (lower-case keys, string statuses). Takes the raw
 * body text (long ids kept exact) or already-parsed JSON.
 */
export function parseOrderChangeInforming(body: unknown, drift: DriftReporter = ignoreDrift): OrderChangeInforming {
  let json = body
  if (typeof body === 'string') {
    try {
      json = parseJsonText(body)
    } catch {
      throw new Fr24Error({ kind: 'not-json', endpoint: 'orderChangeInforming', message: 'FR24 notification is not JSON' })
    }
  }
  const parsed = parseLenient('orderChangeInforming', OrderChangeInforming, json, drift)
  if (parsed.ok) return parsed.value
  throw new Fr24Error({
    kind: 'shape',
    endpoint: 'orderChangeInforming',
    message: `FR24 notification lacks ${parsed.problems.join(', ')}`,
    fields: parsed.problems
  })
}

/**
 * Checks a push's signature, assuming FR24 signs it with the partner's own appKey and appSecret
 * (inference S5) and the same ±300 s window the sandbox applies to us.
 */
export function verifyInformingSignature(
  message: OrderChangeInforming,
  credentials: { appKey: string; appSecret: string },
  nowMs: number,
  windowSeconds = 300
): boolean {
  const sign = message.authentication?.sign
  const timestamp = message.authentication?.timestamp
  if (!sign || !timestamp || !/^\d+$/.test(timestamp)) return false
  if (Math.abs(Number(timestamp) - nowMs / 1000) > windowSeconds) return false
  const expectedSign = Buffer.from(signature(credentials.appKey, credentials.appSecret, timestamp), 'utf8')
  const given = Buffer.from(sign.toLowerCase(), 'utf8')
  return given.length === expectedSign.length && timingSafeEqual(given, expectedSign)
}
