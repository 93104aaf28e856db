import { useEffect, useState } from 'react'
import { balanceFeed } from '../features/balance/balanceFeed'
import { startFeed, stopFeeds, type RunningFeed } from '../feeds/feed'
import { i18next, effectiveLanguage } from '../i18n'
import { noticesFeed } from './notices'
import { usePreferencesStore } from '../stores/preferences'
import { profilesFeed } from '../stores/profiles'
import { appStateAttribute, failedToStart, loading, started, type AppPhase } from './appPhase'
import { askFirstAnswers } from './firstAnswers'
import { resolveTheme } from './theme'

/** The feeds the whole window follows once it is ready; each feature adds its own here. */
const APP_FEEDS: ReadonlyArray<() => RunningFeed> = [
  () => startFeed(profilesFeed()),
  () => startFeed(balanceFeed()),
  () => startFeed(noticesFeed())
]

/**
 * Waits for what the first screen needs (app info, preferences: asked early, firstAnswers.ts),
 * marks the document ready for people and tests once the ready frame is in the document, then
 * starts the window's feeds, once, for as long as the frame lives.
 */
export function useStartup(): AppPhase {
  const [app, setApp] = useState<AppPhase>(loading)
  const preferences = usePreferencesStore((s) => s.preferences)

  useEffect(() => {
    let cancelled = false
    const running: RunningFeed[] = []
    const first = askFirstAnswers()
    void (async () => {
      const [info] = await Promise.all([first.info, first.preferences.loaded])
      if (cancelled) return
      if (!info.ok) return setApp(failedToStart(info.error))
      setApp(started(info.value))
      running.push(...APP_FEEDS.map((start) => start()))
    })()
    return () => {
      cancelled = true
      stopFeeds(running)
    }
  }, [])

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
    if (app.phase === 'ready') {
      // Stamped here, with the ready frame committed, not when the answers came: its render is part of starting.
      performance.mark('desk:ready')
      root.dataset.readyMs = String(Math.round(performance.now()))
    }
  }, [app])

  return app
}
