import { beforeAll, describe, expect, it } from 'vitest'
import { i18next, initI18n } from '../../../i18n'
import { changeText } from './changeText'

describe('what changed at the price check, in words', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  it('says each kind of change in English, amounts in the offer’s currency', async () => {
    await i18next.changeLanguage('en')
    const t = i18next.t
    expect(changeText(t, 'en', { kind: 'total', before: '2310', after: '2480.00' }, 'CNY')).toBe('Total CN¥2,310.00 → CN¥2,480.00')
    expect(changeText(t, 'en', { kind: 'perPassenger', paxType: 'CHD', before: '710', after: '795.5' }, 'CNY')).toBe('Child CN¥710.00 → CN¥795.50')
    expect(changeText(t, 'en', { kind: 'currency', before: 'CNY', after: 'USD' }, 'USD')).toBe('Currency CNY → USD')
    expect(changeText(t, 'en', { kind: 'brand', after: 'Economy Light' }, 'CNY')).toBe('Fare brand not said → Economy Light')
    expect(changeText(t, 'en', { kind: 'rules', rule: 'refund', before: 'fee', after: 'no' }, 'CNY')).toBe('Refund: for a fee → not allowed')
    expect(changeText(t, 'en', { kind: 'seatsLeft', segment: 1, before: '9', after: '2' }, 'CNY')).toBe('Seats left on flight 2: 9 → 2')
    expect(changeText(t, 'en', { kind: 'itinerary' }, 'CNY')).toMatch(/^The flights, times or classes differ/)
  })

  it('and in Chinese', async () => {
    await i18next.changeLanguage('zh-CN')
    const t = i18next.t
    expect(changeText(t, 'zh-CN', { kind: 'total', before: '2310', after: '2480' }, 'CNY')).toBe('总价 ¥2,310.00 → ¥2,480.00')
    expect(changeText(t, 'zh-CN', { kind: 'rules', rule: 'change', before: 'yes', after: 'fee' }, 'CNY')).toBe('改签：允许 → 收费')
    expect(changeText(t, 'zh-CN', { kind: 'perPassenger', paxType: 'ADT', before: '800', after: '850' }, 'CNY')).toBe('成人 ¥800.00 → ¥850.00')
  })
})
