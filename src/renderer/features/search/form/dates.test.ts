import { describe, expect, it } from 'vitest'
import { localToday, readTypedDate, tidyTypedDate, writeDate } from './dates'

const TODAY = '2026-12-01'
const date = (iso: string) => ({ kind: 'date', iso })
const UNREADABLE = { kind: 'unreadable' }

describe('typed dates in English', () => {
  it('reads day first, with or without leading zeros and with a two-digit year', () => {
    expect(readTypedDate('15/11/2027', 'en', TODAY)).toEqual(date('2027-11-15'))
    expect(readTypedDate('5/1/27', 'en', TODAY)).toEqual(date('2027-01-05'))
    expect(readTypedDate(' 05.01.2027 ', 'en', TODAY)).toEqual(date('2027-01-05'))
    // Day first: 03/04 is the 3rd of April, never March 4th.
    expect(readTypedDate('03/04/2027', 'en', TODAY)).toEqual(date('2027-04-03'))
  })

  it('reads the GDS way, and a date without its year is the next one from today', () => {
    expect(readTypedDate('15NOV27', 'en', TODAY)).toEqual(date('2027-11-15'))
    expect(readTypedDate('15 nov 2027', 'en', TODAY)).toEqual(date('2027-11-15'))
    expect(readTypedDate('25DEC', 'en', TODAY)).toEqual(date('2026-12-25'))
    expect(readTypedDate('1DEC', 'en', TODAY)).toEqual(date('2026-12-01'))
    expect(readTypedDate('15NOV', 'en', TODAY)).toEqual(date('2027-11-15'))
    // 29 February: the next year that has one.
    expect(readTypedDate('29FEB', 'en', TODAY)).toEqual(date('2028-02-29'))
  })

  it('reads ISO, and refuses days the calendar does not have and text that is no date', () => {
    expect(readTypedDate('2027-02-03', 'en', TODAY)).toEqual(date('2027-02-03'))
    expect(readTypedDate('31/04/2027', 'en', TODAY)).toEqual(UNREADABLE)
    expect(readTypedDate('29/02/2027', 'en', TODAY)).toEqual(UNREADABLE)
    expect(readTypedDate('15XYZ', 'en', TODAY)).toEqual(UNREADABLE)
    expect(readTypedDate('tomorrow', 'en', TODAY)).toEqual(UNREADABLE)
    // Year first with slashes is the Chinese way, not the English one.
    expect(readTypedDate('2027/11/15', 'en', TODAY)).toEqual(UNREADABLE)
    expect(readTypedDate('   ', 'en', TODAY)).toEqual({ kind: 'empty' })
  })
})

describe('typed dates in Chinese', () => {
  it('reads year first, with dashes, slashes or 年月日', () => {
    expect(readTypedDate('2027-11-15', 'zh-CN', TODAY)).toEqual(date('2027-11-15'))
    expect(readTypedDate('2027/1/5', 'zh-CN', TODAY)).toEqual(date('2027-01-05'))
    expect(readTypedDate('2027年11月15日', 'zh-CN', TODAY)).toEqual(date('2027-11-15'))
    expect(readTypedDate('2027 年 1 月 5 号', 'zh-CN', TODAY)).toEqual(date('2027-01-05'))
  })

  it('places 月日 without a year on the next such day', () => {
    expect(readTypedDate('12月25日', 'zh-CN', TODAY)).toEqual(date('2026-12-25'))
    expect(readTypedDate('11月15日', 'zh-CN', TODAY)).toEqual(date('2027-11-15'))
  })

  it('does not read day-first dates, and refuses impossible days', () => {
    expect(readTypedDate('15/11/2027', 'zh-CN', TODAY)).toEqual(UNREADABLE)
    expect(readTypedDate('2027年2月30日', 'zh-CN', TODAY)).toEqual(UNREADABLE)
    expect(readTypedDate('13月1日', 'zh-CN', TODAY)).toEqual(UNREADABLE)
  })
})

describe('writing dates back', () => {
  it('writes each language its own way, and tidies only what it could read', () => {
    expect(writeDate('2027-01-05', 'en')).toBe('05/01/2027')
    expect(writeDate('2027-01-05', 'zh-CN')).toBe('2027-01-05')
    expect(tidyTypedDate('5jan27', 'en', TODAY)).toBe('05/01/2027')
    expect(tidyTypedDate('1月5日', 'zh-CN', TODAY)).toBe('2027-01-05')
    expect(tidyTypedDate('5 of jan', 'en', TODAY)).toBe('5 of jan')
  })

  it('takes today from the agent’s own clock', () => {
    expect(localToday(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09')
  })
})
