import { beforeAll, describe, expect, it } from 'vitest'
import { leg } from '../../../../shared/search/testing/rows'
import { i18next, initI18n } from '../../../i18n'
import { connectionText, durationText, legName, stopsText, warningText } from './rowText'
import { allowanceText, ruleLineText } from './ruleText'

describe('row and rule wording', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  it('says durations, stops and connections in English and Chinese', async () => {
    await i18next.changeLanguage('en')
    const t = i18next.t
    expect(durationText(t, 785)).toBe('13h 05m')
    expect([0, 1, 3].map((n) => stopsText(t, n))).toEqual(['Nonstop', '1 stop', '3 stops'])
    expect(connectionText(t, { airport: 'DOH', layoverMinutes: 130, overnight: false })).toBe('DOH 2h 10m')
    expect(connectionText(t, { airport: 'LHR', arriveAirport: 'LHR', departAirport: 'LGW', layoverMinutes: 240, overnight: false })).toBe('LHR→LGW 4h 00m')
    await i18next.changeLanguage('zh-CN')
    expect(durationText(i18next.t, 785)).toBe('13小时05分')
    expect(stopsText(i18next.t, 0)).toBe('直飞')
  })

  it('names the leg a warning is on when the trip has several', async () => {
    await i18next.changeLanguage('en')
    const t = i18next.t
    const legs = [leg({ via: [['HKG', 40]] }), leg({ from: 'HKG', to: 'SIN', via: [['BKK', 420]] })]
    expect(legName(t, 'roundTrip', 1)).toBe('Return')
    expect(legName(t, 'multiCity', 1)).toBe('Flight 2')
    expect(warningText(t, { kind: 'short-connection', leg: 0, airport: 'HKG', minutes: 40 }, legs, 'roundTrip')).toBe('Outbound: Short connection: 0h 40m at HKG')
    expect(warningText(t, { kind: 'long-connection', leg: 1, minutes: 420 }, legs, 'roundTrip')).toBe('Return: Long connection: 7h 00m at BKK')
    expect(warningText(t, { kind: 'red-eye', leg: 0 }, legs.slice(0, 1), 'oneWay')).toBe('Red-eye departure')
  })

  it('puts fare rules and bags in plain words, with the fee in the offer’s currency', async () => {
    await i18next.changeLanguage('en')
    const t = i18next.t
    expect(ruleLineText(t, 'en', { allowed: 'fee', fee: '300', when: 'before-departure', hoursBefore: { from: 24, to: 72 } }, 'CNY')).toBe(
      'Allowed for a fee · Fee CN¥300.00 · 24 h to 72 h before departure'
    )
    expect(ruleLineText(t, 'en', { allowed: 'no', fee: '0', when: 'no-show' }, 'CNY')).toBe('Not allowed · after a no-show')
    expect(allowanceText(t, { pieces: 1, weightKg: 23 })).toBe('1 pc · 23 kg')
    expect(allowanceText(t, { pieces: 0 })).toBe('none')
    expect(allowanceText(t, undefined)).toBe('not stated')
    await i18next.changeLanguage('zh-CN')
    expect(ruleLineText(i18next.t, 'zh-CN', { allowed: 'yes', when: 'any-time' }, 'CNY')).toBe('可免费办理 · 任何时候')
  })
})
