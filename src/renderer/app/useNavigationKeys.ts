import { useEffect } from 'react'
import { isTypingTarget } from '../components/typingTarget'
import { keyCommand } from '../navigation/routes'
import { navigate } from '../navigation/useRoute'

/**
 * The keyboard's way around: Ctrl/Cmd+1…4 open the four screens, Alt+←/→ step through
 * history (Electron has no browser shortcuts of its own; in a browser this does what it would).
 */
export function useNavigationKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = keyCommand({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: isTypingTarget(event.target)
      })
      if (!command) return
      event.preventDefault()
      switch (command.kind) {
        case 'open':
          return navigate(command.route)
        case 'back':
          return window.history.back()
        case 'forward':
          return window.history.forward()
        default: {
          const unreachable: never = command
          return unreachable
        }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
