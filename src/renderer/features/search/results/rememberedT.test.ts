import { beforeAll, describe, expect, it } from 'vitest'
import { i18next, initI18n } from '../../../i18n'
import { rememberingT } from './rememberedT'

describe('a t that remembers its sentences', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  it('says what t says, with and without values, and keeps each language apart', async () => {
    for (const language of ['en', 'zh-CN', 'en'] as const) {
      await i18next.changeLanguage(language)
      const t = rememberingT(i18next.t, language)
      for (let round = 0; round < 2; round++) {
        expect(t('results.row.nonstop')).toBe(i18next.t('results.row.nonstop'))
        expect(t('results.row.duration', { h: 3, m: '05' })).toBe(i18next.t('results.row.duration', { h: 3, m: '05' }))
        expect(t('results.row.duration', { h: 4, m: '05' })).toBe(i18next.t('results.row.duration', { h: 4, m: '05' }))
        expect(t('results.filters.count', { n: 12 })).toBe(i18next.t('results.filters.count', { n: 12 }))
      }
    }
    expect(rememberingT(i18next.t, 'zh-CN')('results.row.nonstop')).not.toBe(rememberingT(i18next.t, 'en')('results.row.nonstop'))
  })
})
