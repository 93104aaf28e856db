import { createCipheriv } from 'node:crypto'

/**
 * Passenger encryption for booking (FR24 README §2.2): the passenger array as JSON, AES-128-CBC,
 * PKCS#7 padding, an all-zero IV, the partner's 16-byte AES secret used as-is, Base64 out.
 * The zero IV is FR24's choice, not ours: it must match their server.
 */
const ZERO_IV = Buffer.alloc(16, 0)

export class AesKeyError extends Error {
  constructor(readonly byteLength: number) {
    super(`The AES key must be exactly 16 bytes (UTF-8); this one is ${byteLength} bytes.`)
    this.name = 'AesKeyError'
  }
}

/** Throws AesKeyError unless the key is exactly 16 UTF-8 bytes; called before any request is built. */
export function checkAesKey(aesKey: string): Buffer {
  const key = Buffer.from(aesKey, 'utf8')
  if (key.length !== 16) throw new AesKeyError(key.length)
  return key
}

export function encryptPassengers(passengers: readonly unknown[], aesKey: string): string {
  const key = checkAesKey(aesKey)
  const cipher = createCipheriv('aes-128-cbc', key, ZERO_IV)
  const plain = Buffer.from(JSON.stringify(passengers), 'utf8')
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64')
}
