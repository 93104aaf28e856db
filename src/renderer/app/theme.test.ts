import { describe, expect, it } from 'vitest'
import { resolveTheme } from './theme'

describe('theme', () => {
  it('follows the system unless the agent chose', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
  })
})
