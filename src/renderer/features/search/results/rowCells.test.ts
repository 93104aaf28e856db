import { beforeAll, describe, expect, it } from 'vitest'
import { leg, row } from '../../../../shared/search/testing/rows'
import { i18next, initI18n } from '../../../i18n'
import { cellsTextFor, columnLabels, rowCellsText } from './rowCells'

describe('an offer row’s texts', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  const offer = () => {
    const r = row('o1', {
      price: '1234.5',
      perPassenger: { ADT: '500', CHD: '234.5' },
      bagsIncluded: true,
      legs: [leg({ depart: '2026-04-15T23:30', arrive: '2026-04-16T06:10', via: [['TPE', 95]], dayOffset: 1, duration: 400 })],
      warnings: [{ kind: 'arrives-other-day', leg: 0 }]
    })
    Object.assign(r.legs[0]!.segments[0]!, { operatingCarrier: 'MI', bookingClass: 'Q' })
    return r
  }

  it('says every cell of a row in the agent’s words', async () => {
    await i18next.changeLanguage('en')
    const text = rowCellsText(i18next.t, 'en', offer(), 'oneWay')
    expect(text.operatedBy).toBe('operated by MI')
    expect(text.legs).toEqual([
      { depart: '23:30', departDay: 'Wed, Apr 15', arrive: '06:10', dayMark: { mark: '+1', title: expect.stringContaining('+1') }, duration: '6h 40m', stops: '1 stop', connections: 'TPE 1h 35m' }
    ])
    expect(text.bookingClass).toContain('Q')
    expect(text.total).toBe('CN¥1,234.50')
    expect(text.perPassenger).toContain('CN¥234.50')
    expect(text.warnings).toHaveLength(1)
    expect(text.warnings[0]!.kind).toBe('arrives-other-day')
  })

  it('keeps a row’s texts per language: the same row again costs nothing, another language is said anew', async () => {
    const r = offer()
    await i18next.changeLanguage('en')
    const en = cellsTextFor(i18next.t, 'en', r, 'oneWay')
    const enLabels = columnLabels(i18next.t, 'en')
    expect(cellsTextFor(i18next.t, 'en', r, 'oneWay')).toBe(en)
    await i18next.changeLanguage('zh-CN')
    const zh = cellsTextFor(i18next.t, 'zh-CN', r, 'oneWay')
    expect(zh).not.toBe(en)
    expect(zh.legs[0]!.stops).not.toBe(en.legs[0]!.stops)
    expect(columnLabels(i18next.t, 'zh-CN').price).not.toBe(enLabels.price)
    await i18next.changeLanguage('en')
  })

  it('says with remembered sentences exactly what the row says worked out afresh, in each language and trip', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      await i18next.changeLanguage(language)
      for (const tripType of ['oneWay', 'roundTrip', 'multiCity'] as const) {
        // Two rows that share most sentences: the second one's come from what the first one said.
        const first = offer()
        const second = offer()
        second.legs.push(leg({ from: 'HKG', to: 'SIN', via: [['TPE', 95]], duration: 400 }))
        second.warnings.push({ kind: 'arrives-other-day', leg: 1 })
        for (const r of [first, second]) expect(cellsTextFor(i18next.t, language, r, tripType)).toEqual(rowCellsText(i18next.t, language, r, tripType))
      }
    }
    await i18next.changeLanguage('en')
  })
})
