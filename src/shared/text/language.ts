import type { Language, Preferences } from '../domain/app'

/**
 * The desk's language: the agent's choice, or for 'system' the OS locale (Chinese for any zh-*
 * locale, English otherwise). The one rule the window, the tray and the notifications follow.
 */
export function effectiveLanguage(preference: Preferences['language'], systemLocale: string): Language {
  if (preference !== 'system') return preference
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
