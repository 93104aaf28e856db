import { useTranslation } from 'react-i18next'
import { AppearancePanel } from './AppearancePanel'
import { DiagnosticsPanel } from './DiagnosticsPanel'
import { ProfilesPanel } from './ProfilesPanel'

export function SettingsScreen() {
  const { t } = useTranslation()
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{t('settings.title')}</h1>
      <ProfilesPanel />
      <AppearancePanel />
      <DiagnosticsPanel />
    </section>
  )
}
