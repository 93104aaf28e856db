import { describe, expect, it } from 'vitest'
import { hasChinese, splitChineseName, suggestLatin } from './transliterate'

describe('Chinese names typed in characters', () => {
  it('are told from Latin ones', () => {
    expect(hasChinese('张三')).toBe(true)
    expect(hasChinese('ZHANG')).toBe(false)
  })

  it('split the surname off: one character, or two for a compound surname', () => {
    expect(splitChineseName('张三丰')).toEqual({ surname: '张', given: '三丰' })
    expect(splitChineseName('欧阳娜娜')).toEqual({ surname: '欧阳', given: '娜娜' })
    expect(splitChineseName('司马 光')).toEqual({ surname: '司马', given: '光' })
    // Two characters are surname and given name, even when they could begin a compound surname.
    expect(splitChineseName('欧阳')).toEqual({ surname: '欧', given: '阳' })
  })

  it('suggest the passport spelling: a whole name typed in Surname gives both parts', async () => {
    expect(await suggestLatin('surname', '张三丰')).toEqual({ surname: 'ZHANG', givenNames: 'SANFENG' })
    expect(await suggestLatin('surname', '欧阳娜娜')).toEqual({ surname: 'OUYANG', givenNames: 'NANA' })
    expect(await suggestLatin('surname', '张')).toEqual({ surname: 'ZHANG' })
    expect(await suggestLatin('surname', '欧阳')).toEqual({ surname: 'OUYANG' })
    expect(await suggestLatin('givenNames', '小明')).toEqual({ givenNames: 'XIAOMING' })
  })

  it('read surnames the way surnames are said, and ü as YU', async () => {
    expect(await suggestLatin('surname', '单')).toEqual({ surname: 'SHAN' })
    expect(await suggestLatin('surname', '曾')).toEqual({ surname: 'ZENG' })
    expect(await suggestLatin('surname', '吕')).toEqual({ surname: 'LYU' })
  })

  it('suggest nothing for Latin or mixed text', async () => {
    expect(await suggestLatin('surname', 'ZHANG')).toBeUndefined()
    expect(await suggestLatin('surname', '张SAN')).toBeUndefined()
    expect(await suggestLatin('givenNames', '')).toBeUndefined()
  })
})
