import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language, Preferences } from '../../shared/domain/app'
import { en } from './en'
import { zhCN } from './zhCN'

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

/** 'system' means the OS locale: Chinese for any zh-* locale, English otherwise. */
export function effectiveLanguage(preference: Preferences['language'], systemLocale: string): Language {
  if (preference !== 'system') return preference
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export { i18next }
