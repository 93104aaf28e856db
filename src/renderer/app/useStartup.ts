import { useEffect } from 'react'
import { callDesk, onDeskEvent } from '../desk/client'
import { i18next, effectiveLanguage } from '../i18n'
import { appStateAttribute, failedToStart, started } from '../stores/appPhase'
import { useDeskStore } from '../stores/deskStore'
import { resolveTheme } from '../stores/theme'

/** Loads what the first screen needs, then marks the document ready for people and tests. */
export function useStartup(): void {
  const app = useDeskStore((s) => s.app)
  const preferences = useDeskStore((s) => s.preferences)
  const setApp = useDeskStore((s) => s.setApp)
  const setPreferences = useDeskStore((s) => s.setPreferences)

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const [info, prefs] = await Promise.all([callDesk('appInfo'), callDesk('getPreferences')])
      if (cancelled) return
      if (!info.ok) return setApp(failedToStart(info.error))
      if (prefs.ok) setPreferences(prefs.value)
      performance.mark('desk:ready')
      setApp(started(info.value, Math.round(performance.now())))
    })()
    const unsubscribe = onDeskEvent('preferencesChanged', setPreferences)
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [setApp, setPreferences])

  const systemLocale = app.phase === 'ready' ? app.info.systemLocale : navigator.language
  const language = effectiveLanguage(preferences.language, systemLocale)
  useEffect(() => {
    void i18next.changeLanguage(language)
    document.documentElement.lang = language
  }, [language])

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(preferences.theme, media.matches)
    }
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [preferences.theme])

  useEffect(() => {
    const root = document.documentElement
    root.dataset.appState = appStateAttribute(app)
    if (app.phase === 'ready') root.dataset.readyMs = String(app.readyMs)
  }, [app])
}
