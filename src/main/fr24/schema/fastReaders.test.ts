import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { toDecimal } from '../../../shared/money'
import { amount, count, flag, NOT_READ, readerOf, text, textList } from './kit'
import { planOf } from './plan'

/** Values FR24 sends, and values it should not. */
const VALUES: readonly unknown[] = [
  0, -0, 7, -3, 12.5, 2434.53, 0.1, 1e21, 1e-7, 123456789012345, Number.POSITIVE_INFINITY, Number.NaN,
  '', 'x', ' 7 ', '7', '-3', '12.50', ' 12.50 ', '0007', '1e5', '99999999999999.99', 'true', 'false', 'TRUE',
  true, false, null, undefined, {}, { a: 1 }, [], ['a'], [null, 'a', 3], ['a', {}], [Number.POSITIVE_INFINITY], [[1]]
]

/** The reader of a schema: the kit's own, or the plan's for zod's plain primitives. */
function readerFor(schema: z.ZodType): (v: unknown) => unknown {
  const own = readerOf(schema)
  if (own) return own
  const node = planOf(schema)
  if (node.kind !== 'leaf' || !node.read) throw new Error('no fast reader')
  return node.read
}

const SCHEMAS: Record<string, z.ZodType> = {
  text,
  amount,
  count,
  flag,
  textList,
  string: z.string(),
  number: z.number(),
  boolean: z.boolean(),
  enum: z.enum(['ADT', 'CHD', 'INF']),
  literal: z.literal('x')
}

describe('fast readers read exactly as their zod schemas', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: the same value where zod accepts, NOT_READ where zod refuses`, () => {
      const read = readerFor(schema)
      for (const value of [...VALUES, 'ADT', 'INF']) {
        const zod = schema.safeParse(value)
        const fast = read(value)
        if (zod.success) expect(fast, `${name} ${String(value)}`).toEqual(zod.data)
        else expect(fast, `${name} ${String(value)}`).toBe(NOT_READ)
      }
    })
  }

  it('a checked string is no plain string: the plan leaves it to zod', () => {
    const node = planOf(z.string().regex(/^[A-Z]{2}$/))
    expect(node.kind === 'leaf' && node.read).toBeUndefined()
  })

  it('amount: the shortcut for JSON numbers writes what big.js writes, for any size and precision', () => {
    let seed = 11
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n)
    for (let i = 0; i < 5000; i++) {
      const digits = 1 + next(17)
      const scale = 10 ** (next(30) - 12)
      const sign = next(2) === 0 ? 1 : -1
      const value = sign * Math.round(next(10 ** Math.min(digits, 9)) * 10 ** Math.max(0, digits - 9) + next(1000)) * scale
      expect(amount.parse(value), String(value)).toBe(toDecimal(value))
    }
    expect(amount.parse(1e21)).toBe('1000000000000000000000')
    expect(amount.parse(1e-7)).toBe('0.0000001')
    expect(amount.parse(-0)).toBe('0')
  })
})
