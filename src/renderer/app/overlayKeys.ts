/**
 * The frame's keys for its two overlays, as data: Ctrl/Cmd+K opens (or closes) the command
 * palette, also from inside a field (it is a chord, it types nothing); `?` opens the shortcut
 * sheet, but not where `?` is being typed.
 */
export type OverlayCommand = 'palette' | 'sheet'

export interface OverlayKeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  inTextField: boolean
}

export const PALETTE_KEYS = 'Control+K'

export function overlayCommand(press: OverlayKeyPress): OverlayCommand | undefined {
  const modifier = press.ctrlKey || press.metaKey
  if (modifier && !press.altKey && !press.shiftKey && press.key.toLowerCase() === 'k') return 'palette'
  if (!modifier && !press.altKey && press.key === '?' && !press.inTextField) return 'sheet'
  return undefined
}
