import type { Language } from '../domain/app'
import { en, type Strings } from './en'
import type { MessageKey } from './keys'
import { zhCN } from './zhCN'

export const DICTIONARIES: Readonly<Record<Language, Strings>> = { en, 'zh-CN': zhCN }

/**
 * What fills a `{{name}}` in a sentence: a value as it is, or another sentence of the dictionary
 * (`{ key }`), so a word such as the operation's name is in the reader's language too.
 */
export type TextParam = string | number | { key: MessageKey }
export type TextParams = Readonly<Record<string, TextParam>>

function lookup(dictionary: Strings, key: string): string | undefined {
  let node: unknown = dictionary
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The sentence for `key` in `language` (English when that language lacks it), with its params filled in. */
export function translate(language: Language, key: MessageKey, params: TextParams = {}): string {
  const template = lookup(DICTIONARIES[language], key) ?? lookup(en, key) ?? key
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    if (typeof value !== 'object') return String(value)
    // The word is filled from the same params, except itself: a sentence never contains itself.
    const { [name]: _self, ...rest } = params
    return translate(language, value.key, rest)
  })
}
