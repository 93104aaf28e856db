import { describe, expect, it } from 'vitest'
import { formatServerTime, parseServerTime, traceIdTime } from './serverTime'

const utc = (text: string) => Date.parse(text)

describe('parseServerTime (China Standard Time, UTC+08:00)', () => {
  it('reads payDeadline/createTime as FR24 writes them', () => {
    expect(parseServerTime('2025-01-17T11:49')).toBe(utc('2025-01-17T03:49:00Z'))
  })

  it('accepts seconds, a space separator and the selectBalance slashes with a trailing space', () => {
    expect(parseServerTime('2025-01-17 11:49:05')).toBe(utc('2025-01-17T03:49:05Z'))
    expect(parseServerTime('2025-01-17T11:49:05')).toBe(utc('2025-01-17T03:49:05Z'))
    expect(parseServerTime('2024/01/01 12:00:00 ')).toBe(utc('2024-01-01T04:00:00Z'))
  })

  it('crosses midnight into the previous UTC day', () => {
    expect(parseServerTime('2025-03-01T02:30')).toBe(utc('2025-02-28T18:30:00Z'))
  })

  it('gives undefined for anything else instead of guessing', () => {
    for (const bad of ['', 'tomorrow', '2025-02-30T10:00', '2025-01-17T24:00', '17/01/2025 10:00', null, undefined]) {
      expect(parseServerTime(bad)).toBeUndefined()
    }
  })

  it('reads the time inside a traceId and formats deadlines back', () => {
    expect(traceIdTime('order_NEWAPI250117113939340071145')).toBe(utc('2025-01-17T03:39:39Z'))
    expect(traceIdTime('no-digits')).toBeUndefined()
    expect(formatServerTime(utc('2025-01-17T03:49:00Z'))).toBe('2025-01-17T11:49')
  })
})
