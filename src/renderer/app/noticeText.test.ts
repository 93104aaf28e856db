import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { StartupNotice } from '../../shared/domain/notices'
import { resources } from '../i18n'
import { noticeText } from './noticeText'

const file = 'desk data\\settings.json.before-repair-20261201T093000Z'
const notices: StartupNotice[] = [
  { id: 'n1', kind: 'settings-set-aside', file },
  { id: 'n2', kind: 'profile-dropped', profileId: 'p_prod_bad', name: 'Shanghai office', reason: 'name: Too big', file },
  { id: 'n3', kind: 'section-reset', section: 'preferences', reason: 'language: Invalid option', file },
  { id: 'n4', kind: 'section-reset', section: 'profiles.sandbox', reason: 'appKey: Invalid', file },
  { id: 'n5', kind: 'section-reset', section: 'fromANewerDesk', reason: 'Invalid input', file },
  { id: 'n6', kind: 'journal-set-aside', reason: 'file is not a database', file }
]

const i18n = i18next.createInstance()
beforeAll(async () => {
  await i18n.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } })
})

describe.each(['en', 'zh-CN'] as const)('start-up notices read as sentences (%s)', (language) => {
  it('every kind names the kept file and fills every placeholder', async () => {
    await i18n.changeLanguage(language)
    const t = i18n.getFixedT(language)
    for (const notice of notices) {
      const text = noticeText(notice, t)
      expect(text, notice.kind).toContain(file)
      expect(text, notice.kind).not.toMatch(/\{\{|notices\./)
    }
    expect(noticeText(notices[1]!, t)).toContain('Shanghai office')
    expect(noticeText(notices[1]!, t)).toContain('p_prod_bad')
    // Known sections in words; an unknown one (a newer desk's) by its name.
    expect(noticeText(notices[2]!, t)).toContain(language === 'en' ? 'language and theme' : '语言和主题')
    expect(noticeText(notices[3]!, t)).toContain(language === 'en' ? 'Sandbox key' : 'Sandbox 密钥')
    expect(noticeText(notices[4]!, t)).toContain('fromANewerDesk')
  })
})
