/**
 * Chinese characters typed in a name field → the Latin spelling a PRC passport would most likely
 * print (Hanyu Pinyin, no tones, ü as YU as the passport rules write it: 吕 → LYU), offered to the
 * agent as a suggestion they confirm; the typed text is never replaced without them. pinyin-pro
 * is loaded only when the first Chinese name is typed, so it does not weigh on the first screen.
 */

import type { pinyin } from 'pinyin-pro'
import type { NameParts } from '../../../../shared/passengers'

/** Two-character surnames, which take the first two characters of a full name (the common ones). */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐',
  '端木', '轩辕', '呼延', '南宫', '闻人', '澹台', '太史', '申屠', '独孤', '西门', '万俟', '钟离', '宗政', '濮阳',
  '淳于', '单于', '赫连', '百里', '东郭', '公冶', '公羊', '梁丘', '左丘', '第五', '拓跋', '司空', '鲜于', '闾丘'
])

const HAN = /\p{Script=Han}/u
const ONLY_HAN = /^\p{Script=Han}+$/u

export function hasChinese(text: string): boolean {
  return HAN.test(text)
}

/** A full name in characters split into surname and given name: a compound surname takes two characters, any other one. */
export function splitChineseName(text: string): { surname: string; given: string } {
  const chars = [...text.replace(/[\s·•]/g, '')]
  const two = chars.slice(0, 2).join('')
  const cut = chars.length > 2 && COMPOUND_SURNAMES.has(two) ? 2 : 1
  return { surname: chars.slice(0, cut).join(''), given: chars.slice(cut).join('') }
}

type Pinyin = typeof pinyin
let loading: Promise<Pinyin> | undefined

function loadPinyin(): Promise<Pinyin> {
  loading ??= import('pinyin-pro').then((module) => module.pinyin)
  return loading
}

function latin(toPinyin: Pinyin, chars: string, asSurname: boolean): string {
  // Surname mode reads 单 as SHAN, 曾 as ZENG, 区 as OU, the way surnames are said.
  const syllables = toPinyin(chars, { toneType: 'none', type: 'array', v: 'yu', ...(asSurname ? { mode: 'surname' as const } : {}) })
  return syllables.join('').toUpperCase().replace(/[^A-Z]/g, '')
}

/** Which field the characters were typed in: the surname field may hold the whole name. */
export type NameField = 'surname' | 'givenNames'

/**
 * The suggested spelling for what was typed in a name field, or undefined when it holds anything
 * but Chinese characters. In Surname, one character or a compound surname is the surname alone;
 * more is read as the whole name (surname first) and both parts are suggested.
 */
export async function suggestLatin(field: NameField, text: string): Promise<Partial<NameParts> | undefined> {
  const typed = text.replace(/[\s·•]/g, '')
  if (!ONLY_HAN.test(typed)) return undefined
  const toPinyin = await loadPinyin()
  if (field === 'givenNames') return { givenNames: latin(toPinyin, typed, false) }
  const whole = [...typed].length === 1 || (COMPOUND_SURNAMES.has(typed) && [...typed].length === 2)
  if (whole) return { surname: latin(toPinyin, typed, true) }
  const { surname, given } = splitChineseName(typed)
  return { surname: latin(toPinyin, surname, true), givenNames: latin(toPinyin, given, false) }
}
