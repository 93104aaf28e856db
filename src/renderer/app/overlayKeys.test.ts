import { describe, expect, it } from 'vitest'
import { RECENT_KEYS, SWAP_KEYS } from '../features/search/form/formKeys'
import { overlayCommand, type OverlayKeyPress } from './overlayKeys'
import { SHORTCUT_GROUPS } from './shortcuts'

const press = (key: string, change: Partial<OverlayKeyPress> = {}): OverlayKeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...change
})

describe('the frame’s overlay keys', () => {
  it('Ctrl+K or Cmd+K opens the palette, from a field too', () => {
    expect(overlayCommand(press('k', { ctrlKey: true }))).toBe('palette')
    expect(overlayCommand(press('K', { metaKey: true, inTextField: true }))).toBe('palette')
    expect(overlayCommand(press('k', { ctrlKey: true, shiftKey: true }))).toBeUndefined()
    expect(overlayCommand(press('k'))).toBeUndefined()
  })

  it('? opens the shortcut sheet, except where ? is being typed', () => {
    expect(overlayCommand(press('?', { shiftKey: true }))).toBe('sheet')
    expect(overlayCommand(press('?', { shiftKey: true, inTextField: true }))).toBeUndefined()
    expect(overlayCommand(press('?', { ctrlKey: true }))).toBeUndefined()
  })

  it('the sheet lists every shortcut the desk has, once each', () => {
    const listed = SHORTCUT_GROUPS.flatMap((group) => group.shortcuts.flatMap((s) => [...s.keys, ...(s.then ? [`${s.keys[0]} ${s.then}`] : [])]))
    for (const keys of ['Ctrl+1 … 4', 'Alt+←', 'Alt+→', 'Ctrl+K', '?', '/', SWAP_KEYS, RECENT_KEYS, 'j / k', '↑ / ↓', 'Enter', 'Escape', 's p / d / e / a / t', 'f']) {
      expect(listed, keys).toContain(keys)
    }
    const what = SHORTCUT_GROUPS.flatMap((group) => group.shortcuts.map((s) => s.what))
    expect(new Set(what).size).toBe(what.length)
  })
})
