import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/domain/app'
import { en, zhCN } from '../../shared/text'

// The dictionaries live in src/shared/text, where main reads the same sentences for the tray and errors.
export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false
  })
}

export { effectiveLanguage } from '../../shared/text'
export { i18next }
