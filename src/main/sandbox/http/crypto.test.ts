import { describe, expect, it } from 'vitest'
import { decryptPassengers, encryptPassengers, expectedSign, signMatches } from './crypto'
import { webEncrypt, webSign } from '../testing/client'

describe("the sandbox's own crypto", () => {
  it('signs the documented test vector', () => {
    expect(expectedSign('test', '123456', '1671178033')).toBe(
      '99dbfae18aab459e0ca134a7eafdaa9efe83d3f4dcfd9d997b2797d055a69a5b65730cf88efdefd575503c12f61137e9764d8c37bc1213de1ad4ac22b32a09d0'
    )
  })

  it('agrees with an independent WebCrypto implementation', async () => {
    const text = JSON.stringify([{ paxId: 1, name: 'ZHANG/SAN', note: 'ünïcødé 张三' }])
    const key = 'k3y-of-16-bytes!'
    expect(await webEncrypt(text, key)).toBe(encryptPassengers(text, key))
    expect(decryptPassengers(await webEncrypt(text, key), key)).toBe(text)
    expect(await webSign('a', 'b', '1')).toBe(expectedSign('a', 'b', '1'))
  })

  it('rejects wrong keys, bad Base64 and keys that are not 16 bytes', () => {
    const sealed = encryptPassengers('[1,2,3]', '0123456789abcdef')
    expect(() => decryptPassengers(sealed, 'fedcba9876543210')).toThrow()
    expect(() => decryptPassengers('***', '0123456789abcdef')).toThrow()
    expect(() => encryptPassengers('x', 'short')).toThrow(/16 bytes/)
    expect(signMatches('ABC', 'abc')).toBe(true)
    expect(signMatches('abd', 'abc')).toBe(false)
  })
})
