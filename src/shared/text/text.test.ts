import { describe, expect, it } from 'vitest'
import { DeskError } from '../errors'
import { DICTIONARIES, effectiveLanguage, isMessageKey, MESSAGE_KEYS, translate, type MessageKey } from './index'

function lookup(language: keyof typeof DICTIONARIES, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], DICTIONARIES[language]) as string
}

const fills = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()

describe('the shared text system', () => {
  it('fills a sentence, with a word of the dictionary where a fill names a key', () => {
    const params = { operation: { key: 'fr24.operation.booking' as const }, seconds: 30 }
    expect(translate('en', 'fr24.failure.timeout', params)).toBe('FR24 did not answer the booking within 30 seconds.')
    expect(translate('zh-CN', 'fr24.failure.timeout', params)).toBe('FR24 未在 30 秒内响应预订。')
  })

  it('never fills a word with itself', () => {
    expect(translate('en', 'fr24.lost.http', { status: { key: 'fr24.lost.http' } })).toBe('HTTP status HTTP status {{status}}')
  })

  it('leaves a fill nobody gave as it is, so a missing one shows', () => {
    expect(translate('en', 'tray.moreDeadlines')).toBe('{{n}} more in the desk')
  })

  it('asks for the same fills in every language, for every key', () => {
    for (const key of MESSAGE_KEYS) {
      expect(fills(lookup('zh-CN', key)), key).toEqual(fills(lookup('en', key)))
    }
  })

  it('knows its keys, and an error names only those', () => {
    expect(MESSAGE_KEYS.size).toBeGreaterThan(300)
    expect(isMessageKey('fr24.failure.refused')).toBe(true)
    expect(isMessageKey('fr24.failure')).toBe(false)
    expect(isMessageKey('fr24.failure.nonsense')).toBe(false)
    const key: MessageKey = 'keychain.locked'
    expect(DeskError.safeParse({ kind: 'auth', message: 'm', messageKey: key }).success).toBe(true)
    expect(DeskError.safeParse({ kind: 'auth', message: 'm', messageKey: 'keychain.nonsense' }).success).toBe(false)
    expect(DeskError.safeParse({ kind: 'auth', message: 'm', params: { what: { key: 'nope' } } }).success).toBe(false)
  })

  it('has one rule for the system language', () => {
    expect(effectiveLanguage('system', 'zh-Hans-CN')).toBe('zh-CN')
    expect(effectiveLanguage('system', 'zh-TW')).toBe('zh-CN')
    expect(effectiveLanguage('system', 'en-GB')).toBe('en')
    expect(effectiveLanguage('system', 'de-DE')).toBe('en')
    expect(effectiveLanguage('zh-CN', 'en-US')).toBe('zh-CN')
  })
})
