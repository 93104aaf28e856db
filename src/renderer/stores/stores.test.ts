import { describe, expect, it } from 'vitest'
import { appStateAttribute, failedToStart, loading, started } from './appPhase'
import { hashForScreen, screenForShortcut, screenFromHash } from './navigation'
import { resolveTheme } from './theme'

const info = {
  name: 'FR24 Desk',
  version: '0.1.0',
  shell: 'browser-host' as const,
  platform: 'linux',
  systemLocale: 'en-US',
  startup: { servicesReadyMs: 12 }
}

describe('app phase', () => {
  it('reports loading, ready and failed', () => {
    expect(appStateAttribute(loading)).toBe('loading')
    expect(appStateAttribute(started(info, 40))).toBe('ready')
    expect(appStateAttribute(failedToStart({ kind: 'network', message: 'x' }))).toBe('failed')
  })
})

describe('navigation', () => {
  it('round-trips screens through the location hash', () => {
    for (const screen of ['search', 'orders', 'balance', 'settings'] as const) {
      expect(screenFromHash(hashForScreen(screen))).toBe(screen)
    }
    expect(screenFromHash('#/nowhere')).toBe('search')
    expect(screenFromHash('')).toBe('search')
  })
  it('maps Ctrl+1…4 to screens and ignores other keys', () => {
    expect(screenForShortcut('1', true)).toBe('search')
    expect(screenForShortcut('4', true)).toBe('settings')
    expect(screenForShortcut('5', true)).toBeUndefined()
    expect(screenForShortcut('2', false)).toBeUndefined()
  })
})

describe('theme', () => {
  it('follows the system unless the agent chose', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
  })
})
