import { describe, expect, it } from 'vitest'
import { clockOf, deadlineTimes, isHurry, remaining } from './countdown'

describe('the countdown', () => {
  it('reads mm:ss, rounding up so the last second is 00:01', () => {
    expect(remaining(30 * 60_000, 0)).toEqual({ kind: 'running', ms: 30 * 60_000, text: '30:00' })
    expect(remaining(30 * 60_000, 1)).toMatchObject({ text: '30:00' })
    expect(remaining(30 * 60_000, 1000)).toMatchObject({ text: '29:59' })
    expect(remaining(1000, 1)).toMatchObject({ text: '00:01' })
    expect(remaining(1000, 999)).toMatchObject({ text: '00:01' })
  })

  it('is expired at its end and after', () => {
    expect(remaining(1000, 1000)).toEqual({ kind: 'expired' })
    expect(remaining(1000, 5000)).toEqual({ kind: 'expired' })
    expect(remaining(Number.NaN, 0)).toEqual({ kind: 'expired' })
  })

  it('counts hours past the hour and past a day', () => {
    expect(clockOf(60 * 60_000)).toBe('1:00:00')
    expect(clockOf(59 * 60_000 + 59_500)).toBe('1:00:00')
    expect(clockOf(59 * 60_000 + 58_500)).toBe('59:59')
    expect(clockOf(26 * 3600_000 + 3 * 60_000 + 12_000)).toBe('26:03:12')
  })

  it('hurries under five minutes', () => {
    expect(isHurry(remaining(5 * 60_000, 0))).toBe(false)
    expect(isHurry(remaining(5 * 60_000, 1))).toBe(true)
    expect(isHurry(remaining(0, 0))).toBe(false)
  })
})

describe('the payment deadline, in the agent’s time and the airport’s', () => {
  // 2027-01-10 04:30 UTC: 12:30 in Singapore, 13:30 in Tokyo, 05:30 in Paris.
  const deadline = Date.UTC(2027, 0, 10, 4, 30)

  it('shows both when the zones differ', () => {
    const times = deadlineTimes(deadline, 'en', 'Asia/Singapore', 'Europe/Paris')
    expect(times.agent).toContain('05:30')
    expect(times.airport).toContain('12:30')
    expect(times.same).toBe(false)
  })

  it('says when they are the same', () => {
    const times = deadlineTimes(deadline, 'en', 'Asia/Singapore', 'Asia/Singapore')
    expect(times.same).toBe(true)
    expect(times.agent).toBe(times.airport)
  })

  it('reads in the agent’s language', () => {
    const times = deadlineTimes(deadline, 'zh-CN', 'Asia/Tokyo', 'Asia/Singapore')
    expect(times.airport).toContain('13:30')
    expect(times.airport).toMatch(/2027年1月10日/)
  })

  it('an unknown airport zone falls back to the agent’s time alone', () => {
    const times = deadlineTimes(deadline, 'en', 'Mars/Olympus', 'Asia/Singapore')
    expect(times).toEqual({ agent: times.agent, airport: times.agent, same: true })
    expect(times.agent).toContain('12:30')
  })
})
