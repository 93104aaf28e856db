import type { MessageKey } from '../../shared/text'
import { RECENT_KEYS, SWAP_KEYS } from '../features/search/form/formKeys'

/**
 * Every shortcut the desk has, as the sheet (`?`) lists them: the frame's, the search form's and
 * the offers' (drawn by the results). Keys are written the way the agent presses them.
 */
export interface Shortcut {
  /** Keys that do the same, any one of them. */
  readonly keys: readonly string[]
  /** A second press after one of the keys (`s` then `p`). */
  readonly then?: string
  readonly what: MessageKey
}

export interface ShortcutGroup {
  readonly title: MessageKey
  readonly shortcuts: readonly Shortcut[]
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'shortcuts.groupAnywhere',
    shortcuts: [
      { keys: ['Ctrl+1 … 4'], what: 'shortcuts.screens' },
      { keys: ['Alt+←'], what: 'shortcuts.back' },
      { keys: ['Alt+→'], what: 'shortcuts.forward' },
      { keys: ['Ctrl+K'], what: 'shortcuts.palette' },
      { keys: ['?'], what: 'shortcuts.sheet' }
    ]
  },
  {
    title: 'shortcuts.groupForm',
    shortcuts: [
      { keys: ['/'], what: 'shortcuts.focusForm' },
      { keys: [SWAP_KEYS], what: 'shortcuts.swap' },
      { keys: [RECENT_KEYS], what: 'shortcuts.recent' },
      { keys: ['↑ / ↓'], then: 'Enter', what: 'shortcuts.pick' }
    ]
  },
  {
    title: 'shortcuts.groupResults',
    shortcuts: [
      { keys: ['j / k', '↑ / ↓'], what: 'shortcuts.move' },
      { keys: ['PageDown / PageUp'], what: 'shortcuts.page' },
      { keys: ['Home / End'], what: 'shortcuts.ends' },
      { keys: ['Enter'], what: 'shortcuts.openOffer' },
      { keys: ['Escape'], what: 'shortcuts.escape' },
      { keys: ['s'], then: 'p / d / e / a / t', what: 'shortcuts.sort' },
      { keys: ['f'], what: 'shortcuts.filters' }
    ]
  }
]
