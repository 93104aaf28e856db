import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { authentication, signature } from './sign'

describe('signature (FR24 Appendix I)', () => {
  it('matches the documented vector: appKey test, appSecret 123456, timestamp 1671178033', () => {
    expect(signature('test', '123456', '1671178033')).toBe(
      '99dbfae18aab459e0ca134a7eafdaa9efe83d3f4dcfd9d997b2797d055a69a5b65730cf88efdefd575503c12f61137e9764d8c37bc1213de1ad4ac22b32a09d0'
    )
  })

  it('is 128 lower-case hex characters over UTF-8 bytes', () => {
    const sign = signature('clé', 'sécret', '1700000000')
    expect(sign).toMatch(/^[0-9a-f]{128}$/)
    expect(sign).toBe(createHash('sha512').update(Buffer.from('clésécret1700000000', 'utf8')).digest('hex'))
  })

  it('builds authentication with Unix seconds as a string, rounded down', () => {
    const auth = authentication('test', '123456', 1671178033_999)
    expect(auth).toEqual({ timestamp: '1671178033', sign: signature('test', '123456', '1671178033') })
  })
})
