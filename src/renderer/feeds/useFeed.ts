import { useCallback, useEffect, useEffectEvent, useRef } from 'react'
import { startFeed, type Feed, type RunningFeed } from './feed'

/**
 * A feed that lives as long as one screen or panel (its diagnostics, a history for the
 * chosen date): started when it is drawn and again whenever `key` changes (the account,
 * the date), stopped when it goes, so an answer for what is no longer on screen is
 * dropped; an undefined key means not yet (nothing to load for). The window-wide feeds
 * are started by the frame instead (app/useStartup.ts). Returns `refresh`, for a Reload button.
 */
export function useFeed<T>(make: () => Feed<T>, key: string | undefined): () => Promise<void> {
  const running = useRef<RunningFeed>(undefined)
  const start = useEffectEvent(() => startFeed(make()))
  useEffect(() => {
    if (key === undefined) return
    const feed = start()
    running.current = feed
    return () => {
      feed.stop()
      if (running.current === feed) running.current = undefined
    }
  }, [key])
  return useCallback(() => running.current?.refresh() ?? Promise.resolve(), [])
}

/** For a feed that main announces no change of: it is loaded and refreshed only. */
export function noEvents(): () => void {
  return () => undefined
}
