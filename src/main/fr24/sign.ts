import { createHash } from 'node:crypto'

/** The `authentication` object FR24 expects at the top of every request body. */
export interface Authentication {
  sign: string
  timestamp: string
}

/**
 * FR24 Appendix I: lower-case hex SHA-512 over `appKey + appSecret + timestamp`, plain
 * concatenation, where timestamp is the same Unix-seconds string sent in the body.
 */
export function signature(appKey: string, appSecret: string, timestamp: string): string {
  return createHash('sha512').update(`${appKey}${appSecret}${timestamp}`, 'utf8').digest('hex')
}

export function authentication(appKey: string, appSecret: string, nowMs: number): Authentication {
  const timestamp = String(Math.floor(nowMs / 1000))
  return { sign: signature(appKey, appSecret, timestamp), timestamp }
}
