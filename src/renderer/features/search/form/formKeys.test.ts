import { describe, expect, it } from 'vitest'
import { translate } from '../../../../shared/text'
import { formKeyCommand, type FormKeyPress } from './formKeys'
import { recentText, routeText } from './recent'

const press = (key: string, code: string, change: Partial<FormKeyPress> = {}): FormKeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...change
})

describe('the search form’s keys', () => {
  it('Alt+S swaps and Alt+R opens recent searches, from inside a field too, by the physical key', () => {
    expect(formKeyCommand(press('s', 'KeyS', { altKey: true, inTextField: true }))).toBe('swap')
    // macOS: Option+S types ß, still the S key.
    expect(formKeyCommand(press('ß', 'KeyS', { altKey: true }))).toBe('swap')
    expect(formKeyCommand(press('r', 'KeyR', { altKey: true }))).toBe('recent')
    expect(formKeyCommand(press('s', 'KeyS'))).toBeUndefined()
    expect(formKeyCommand(press('s', 'KeyS', { altKey: true, ctrlKey: true }))).toBeUndefined()
  })

  it('/ goes to the form, but types a slash in a field', () => {
    expect(formKeyCommand(press('/', 'Slash'))).toBe('focusForm')
    expect(formKeyCommand(press('/', 'Slash', { inTextField: true }))).toBeUndefined()
    expect(formKeyCommand(press('/', 'Slash', { ctrlKey: true }))).toBeUndefined()
  })
})

describe('a recent search in one line', () => {
  const roundTrip = {
    tripType: 'roundTrip',
    legs: [
      { from: 'SIN', to: 'HKG', date: '2026-12-15' },
      { from: 'HKG', to: 'SIN', date: '2026-12-20' }
    ],
    passengers: { adults: 2, children: 1, infants: 0 },
    cabin: 'C'
  } as const

  it('says route, dates, passengers and cabin in the agent’s language', () => {
    const request = { ...roundTrip, legs: [...roundTrip.legs] }
    expect(recentText(request, 'en', (key, params) => translate('en', key, params))).toBe(
      'SIN → HKG → SIN · 15/12/2026 – 20/12/2026 · 2 ADT, 1 CHD, 0 INF · Business'
    )
    expect(recentText(request, 'zh-CN', (key, params) => translate('zh-CN', key, params))).toBe(
      'SIN → HKG → SIN · 2026-12-15 – 2026-12-20 · 成人 2，儿童 1，婴儿 0 · 公务舱'
    )
  })

  it('writes multi-city legs one by one', () => {
    const multi = { ...roundTrip, tripType: 'multiCity', legs: [roundTrip.legs[0], { from: 'HKG', to: 'TYO', date: '2026-12-18' }] } as const
    expect(routeText({ ...multi, legs: [...multi.legs] })).toBe('SIN → HKG, HKG → TYO')
  })
})
