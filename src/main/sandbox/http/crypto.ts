import { createCipheriv, createDecipheriv, createHash, timingSafeEqual } from 'node:crypto'

/**
 * The sandbox's own copy of FR24's two primitives. It deliberately shares no
 * code with src/main/fr24: if both sides used one helper, a bug in it would
 * sign and verify identically and no test would ever notice.
 */

/** sign = lower-case hex SHA-512 of appKey + appSecret + timestamp (README §2.1). */
export function expectedSign(appKey: string, appSecret: string, timestamp: string): string {
  return createHash('sha512').update(`${appKey}${appSecret}${timestamp}`, 'utf8').digest('hex')
}

/** Constant-time comparison, so the sandbox does not teach timing attacks by example. */
export function signMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given.toLowerCase(), 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

const ZERO_IV = Buffer.alloc(16, 0)

function aesKeyBytes(aesKey: string): Buffer {
  const key = Buffer.from(aesKey, 'utf8')
  if (key.length !== 16) throw new Error('the AES key must be exactly 16 bytes of UTF-8')
  return key
}

/** AES-128-CBC, PKCS#7, zero IV, Base64 — the passengers field of booking (README §2.2). */
export function decryptPassengers(base64: string, aesKey: string): string {
  const compact = base64.replace(/\s+/g, '')
  if (compact.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new Error('passengers is not Base64')
  }
  const data = Buffer.from(compact, 'base64')
  if (data.length === 0 || data.length % 16 !== 0) throw new Error('ciphertext is not a whole number of AES blocks')
  const decipher = createDecipheriv('aes-128-cbc', aesKeyBytes(aesKey), ZERO_IV)
  const plain = Buffer.concat([decipher.update(data), decipher.final()])
  return plain.toString('utf8')
}

/** Used by the control API's helpers and fixtures; FR24 itself never encrypts towards the partner here. */
export function encryptPassengers(plaintext: string, aesKey: string): string {
  const cipher = createCipheriv('aes-128-cbc', aesKeyBytes(aesKey), ZERO_IV)
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64')
}
