import { createDecipheriv } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fr24ExamplePath } from '../../../test/fixtures/fr24/examples'
import { AesKeyError, checkAesKey, encryptPassengers } from './passengerCrypto'

const plainPassengers = JSON.parse(readFileSync(fr24ExamplePath('booking.decodePassengers.example.json'), 'utf8')) as unknown[]

// Written independently of the code under test: straight node:crypto with FR24's parameters.
function decrypt(base64: string, key: string): string {
  const decipher = createDecipheriv('aes-128-cbc', Buffer.from(key, 'utf8'), Buffer.alloc(16))
  return Buffer.concat([decipher.update(Buffer.from(base64, 'base64')), decipher.final()]).toString('utf8')
}

describe('passenger encryption', () => {
  const key = 'k3y-0f-16-bytes!'

  it('round-trips the documented decodePassengers example through independent AES-128-CBC decryption', () => {
    const blob = encryptPassengers(plainPassengers, key)
    expect(blob).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
    expect(JSON.parse(decrypt(blob, key))).toEqual(plainPassengers)
  })

  it('keeps non-ASCII text intact (UTF-8 plaintext)', () => {
    const pax = [{ paxId: 1, name: 'ZHANG/SAN', note: '张三' }]
    expect(JSON.parse(decrypt(encryptPassengers(pax, key), key))).toEqual(pax)
  })

  it('pads with PKCS#7: ciphertext is whole 16-byte blocks, one block more when the plaintext fills blocks exactly', () => {
    const blob = Buffer.from(encryptPassengers([], key), 'base64') // "[]" = 2 bytes → 1 block
    expect(blob.length).toBe(16)
    const fourteen = 'x'.repeat(12) // JSON '["xxxxxxxxxxxx"]' = 16 bytes → 2 blocks
    expect(Buffer.from(encryptPassengers([fourteen], key), 'base64').length).toBe(32)
  })

  it('uses a zero IV, so the same passengers encrypt to the same text (FR24 compatibility)', () => {
    expect(encryptPassengers(plainPassengers, key)).toBe(encryptPassengers(plainPassengers, key))
  })

  it('refuses keys that are not exactly 16 UTF-8 bytes, naming the length', () => {
    expect(() => checkAesKey('short')).toThrow(AesKeyError)
    expect(() => checkAesKey('0123456789abcdef0')).toThrow(/exactly 16 bytes.*17 bytes/)
    // 16 characters but 17 bytes in UTF-8.
    expect('é123456789abcdef').toHaveLength(16)
    expect(() => encryptPassengers(plainPassengers, 'é123456789abcdef')).toThrow(/this one is 17 bytes/)
    expect(() => checkAesKey('0123456789abcdef')).not.toThrow()
  })
})
