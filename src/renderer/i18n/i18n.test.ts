import { describe, expect, it } from 'vitest'
import { en } from '../../shared/text/en'
import { effectiveLanguage } from './index'
import { zhCN } from '../../shared/text/zhCN'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('translations', () => {
  it('Chinese has every English key and no empty string', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
    for (const key of keys(zhCN)) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zhCN)
      expect(value, key).not.toBe('')
    }
  })

  it('follows the system locale only when asked to', () => {
    expect(effectiveLanguage('system', 'zh-Hans-CN')).toBe('zh-CN')
    expect(effectiveLanguage('system', 'en-GB')).toBe('en')
    expect(effectiveLanguage('en', 'zh-CN')).toBe('en')
  })
})
