/**
 * The search form's keys, as data: Alt+S swaps From and To and Alt+R opens the recent searches
 * (both also inside a field, where the agent is when they want them); `/` goes to the form from
 * anywhere on the search screen outside a text field. Matched on the physical key, because on
 * macOS Option+S types "ß".
 */
export type FormKeyCommand = 'swap' | 'recent' | 'focusForm'

export interface FormKeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  /** Focus is where typing a character types it (a text field, a select, editable text). */
  inTextField: boolean
}

export const SWAP_KEYS = 'Alt+S'
export const RECENT_KEYS = 'Alt+R'

export function formKeyCommand(press: FormKeyPress): FormKeyCommand | undefined {
  if (press.ctrlKey || press.metaKey) return undefined
  if (press.altKey && !press.shiftKey) {
    if (press.code === 'KeyS') return 'swap'
    if (press.code === 'KeyR') return 'recent'
    return undefined
  }
  if (press.key === '/' && !press.altKey && !press.inTextField) return 'focusForm'
  return undefined
}
