import { useTranslation } from 'react-i18next'
import type { Preferences } from '../../../shared/domain/app'
import { callDesk } from '../../desk/client'
import { usePreferencesStore } from '../../stores/preferences'

export function AppearancePanel() {
  const { t } = useTranslation()
  const preferences = usePreferencesStore((s) => s.preferences)
  const setPreferences = usePreferencesStore((s) => s.setPreferences)

  async function save(next: Preferences) {
    setPreferences(next)
    const result = await callDesk('setPreferences', next)
    if (result.ok) setPreferences(result.value)
  }

  return (
    <section className="panel" aria-labelledby="appearance-title">
      <h2 id="appearance-title" tabIndex={-1}>{t('settings.appearance')}</h2>
      <div className="field-row">
        <label htmlFor="pref-language">{t('settings.language')}</label>
        <select
          id="pref-language"
          value={preferences.language}
          onChange={(e) => void save({ ...preferences, language: e.target.value as Preferences['language'] })}
        >
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </div>
      <div className="field-row">
        <label htmlFor="pref-theme">{t('settings.theme')}</label>
        <select
          id="pref-theme"
          value={preferences.theme}
          onChange={(e) => void save({ ...preferences, theme: e.target.value as Preferences['theme'] })}
        >
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
      </div>
    </section>
  )
}
