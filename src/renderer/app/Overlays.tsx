import { useEffect, useRef, useState } from 'react'
import { isTypingTarget } from '../components/typingTarget'
import { CommandPalette, type PaletteOutcome } from './CommandPalette'
import { overlayCommand } from './overlayKeys'
import './overlays.css'
import { ShortcutSheet } from './ShortcutSheet'

type Open = 'none' | 'palette' | 'sheet'

/**
 * The frame's two overlays and their keys: the command palette (Ctrl/Cmd+K) and the shortcut
 * sheet (`?`). One at a time; closing one puts focus back where the agent was, unless the
 * palette took them somewhere else.
 */
export function Overlays() {
  const [open, setOpen] = useState<Open>('none')
  /** Where focus was when the first overlay opened. */
  const returnTo = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = overlayCommand({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: isTypingTarget(event.target)
      })
      if (!command) return
      event.preventDefault()
      setOpen((current) => {
        if (current === 'none') returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
        // Ctrl+K again closes the palette; `?` inside the sheet changes nothing.
        if (command === 'palette' && current === 'palette') return 'none'
        return current === 'none' || command === 'palette' ? command : current
      })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Back to where the agent was, once the overlay is gone (a palette command that moved on sets returnTo to null).
  useEffect(() => {
    if (open !== 'none') return
    const target = returnTo.current
    returnTo.current = null
    if (target?.isConnected) target.focus()
  }, [open])

  function closePalette(outcome: PaletteOutcome) {
    switch (outcome) {
      case 'dismissed':
        return setOpen('none')
      case 'moved':
        // The command put focus where it leads (the new screen, the form).
        returnTo.current = null
        return setOpen('none')
      case 'shortcuts':
        return setOpen('sheet')
      default: {
        const unreachable: never = outcome
        return unreachable
      }
    }
  }

  switch (open) {
    case 'none':
      return null
    case 'palette':
      return <CommandPalette onClose={closePalette} />
    case 'sheet':
      return <ShortcutSheet onClose={() => setOpen('none')} />
    default: {
      const unreachable: never = open
      return unreachable
    }
  }
}
