import { describe, expect, it } from 'vitest'
import { clockText, dayMark, dayText, hoursAndMinutes, momentText, moneyText, warmFormatters } from './format'

describe('row formatting', () => {
  it('prints airport-local times as they are, whatever the machine’s zone', () => {
    expect(clockText('en', '2027-03-28T01:30')).toBe('01:30')
    expect(clockText('zh-CN', '2027-03-28T23:05')).toBe('23:05')
    expect(dayText('en', '2027-03-28T23:05')).toBe('Sun, Mar 28')
  })

  it('marks another arrival day', () => {
    expect(dayMark(0)).toBe('')
    expect(dayMark(1)).toBe('+1')
    expect(dayMark(2)).toBe('+2')
    expect(dayMark(-1)).toBe('\u22121')
  })

  it('splits minutes', () => {
    expect(hoursAndMinutes(785)).toEqual({ h: 13, m: 5 })
    expect(hoursAndMinutes(45)).toEqual({ h: 0, m: 45 })
  })

  it('formats the decimal string exactly, in the offer’s currency and the agent’s language', () => {
    expect(moneyText('en', '12345678901234.57', 'CNY')).toBe('CN¥12,345,678,901,234.57')
    expect(moneyText('zh-CN', '1280.5', 'CNY')).toBe('¥1,280.50')
    expect(moneyText('en', '10', 'SGD')).toBe('SGD\u00a010.00')
  })

  it('says an instant as a date and time, the same once the formatters are warm', () => {
    const at = Date.UTC(2027, 2, 28, 12, 0)
    const before = momentText('en', at)
    warmFormatters('en')
    warmFormatters('zh-CN')
    expect(momentText('en', at)).toBe(before)
    expect(before).toMatch(/2027/)
    expect(momentText('zh-CN', at)).toMatch(/2027/)
  })
})
