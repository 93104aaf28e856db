import { useEffect } from 'react'
import { useDeskStore } from '../stores/deskStore'
import { hashForScreen, screenForShortcut, screenFromHash, type Screen } from '../stores/navigation'

/** Screens follow the location hash (so reload keeps your place) and Ctrl/Cmd+1…4. */
export function useNavigation(): (screen: Screen) => void {
  const setScreen = useDeskStore((s) => s.setScreen)

  useEffect(() => {
    const sync = () => setScreen(screenFromHash(window.location.hash))
    sync()
    window.addEventListener('hashchange', sync)
    const onKey = (event: KeyboardEvent) => {
      const screen = screenForShortcut(event.key, event.ctrlKey || event.metaKey)
      if (screen && !event.altKey && !event.shiftKey) {
        event.preventDefault()
        window.location.hash = hashForScreen(screen)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('hashchange', sync)
      window.removeEventListener('keydown', onKey)
    }
  }, [setScreen])

  return (screen) => {
    window.location.hash = hashForScreen(screen)
  }
}
