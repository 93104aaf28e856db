import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { OfferDetail, SearchResults } from '../domain/search'
import { leg, row } from '../search/testing/rows'
import { calls } from '../contract'
import { acceptOrParse, fastAcceptor } from './fastAccept'

/** A search answer with every kind of row part: connections, an airport change, codeshares, warnings, optional fields set and not. */
function answer(): SearchResults {
  const rows = [
    row('plain'),
    row('one-stop', {
      price: '1234.50',
      carriers: ['CX', 'BR'],
      legs: [leg({ via: [['TPE', 95, { overnight: true }]], dayOffset: 1 })],
      brand: 'Economy Light',
      bagsIncluded: true,
      refundable: 'fee',
      changeable: 'yes',
      perPassenger: { ADT: '500.25', CHD: '234.00' },
      warnings: [{ kind: 'overnight-layover', leg: 0, airport: 'TPE', minutes: 95 }, { kind: 'arrives-other-day', leg: 0 }]
    }),
    row('round-trip', {
      legs: [leg({ via: [['LHR', 240, { departAirport: 'LGW' }]] }), leg({ from: 'HKG', to: 'SIN', depart: '2026-04-20T23:55', arrive: '2026-04-21T03:40' })],
      warnings: [{ kind: 'airport-change', leg: 0, airport: 'LHR' }]
    })
  ]
  const codeshare = rows[0]!.legs[0]!.segments[0]!
  Object.assign(codeshare, { operatingCarrier: 'MI', bookingClass: 'Q' })
  return { searchId: 's_1', receivedAt: 1_776_000_000_000, expiresAt: 1_776_001_800_000, currency: 'CNY', offerCount: 3, rows, traceId: 't-1' }
}

/** Every place in a value: objects' keys and arrays' items, as paths. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at]
  const inner = Array.isArray(value) ? value.flatMap((v, i) => paths(v, [...at, i])) : Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))
  return [at, ...inner]
}

const DELETE = Symbol('delete')
/** Wrong or odd values of every JSON kind, and the edges of this contract's rules. */
const REPLACEMENTS: unknown[] = [
  DELETE,
  undefined,
  null,
  '',
  'x',
  'ABC',
  'ab',
  'SQ1',
  '12.50',
  '1e3',
  '2026-04-15T08:00',
  '2026-4-15T8:00',
  'a'.repeat(300),
  0,
  -1,
  1.5,
  4,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  {},
  [],
  ['SQ']
]

function mutated(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>
  if (path.length === 0) return replacement === DELETE ? undefined : replacement
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else parent[last] = replacement
  return copy
}

/** What the quick check owes zod: a yes only where zod says yes and hands back an equal value. */
function expectAgreement(schema: z.ZodType, value: unknown): 'fast' | 'zod' {
  const quick = fastAcceptor(schema)!
  const zod = schema.safeParse(value)
  if (!quick(value)) return 'zod'
  expect(zod.success).toBe(true)
  expect(zod.data).toStrictEqual(value)
  return 'fast'
}

describe('fastAcceptor', () => {
  it('takes a search answer as it is when zod would hand back the same (the window and the dispatcher do not re-parse it)', () => {
    const value = answer()
    const zod = SearchResults.safeParse(value)
    expect(zod.success).toBe(true)
    expect(zod.data).toStrictEqual(value)
    expect(fastAcceptor(SearchResults)!(value)).toBe(true)
    expect(acceptOrParse(SearchResults, value)).toEqual({ success: true, data: value })
  })

  it('never says yes where zod says no or would change the value: every place of the answer, every kind of damage', () => {
    const value = answer()
    let refusedByZod = 0
    let tried = 0
    for (const path of paths(value)) {
      for (const replacement of REPLACEMENTS) {
        const bad = mutated(value, path, replacement)
        tried++
        if (expectAgreement(SearchResults, bad) === 'zod' && !SearchResults.safeParse(bad).success) refusedByZod++
      }
    }
    // The damage really was damage, most of the time: the check was tried on thousands of answers zod refuses.
    expect(tried).toBeGreaterThan(4000)
    expect(refusedByZod).toBeGreaterThan(tried / 2)
  })

  it('an unknown key (which zod strips) or a key set to undefined sends the answer to zod, whose value is used', () => {
    const value = answer()
    const extra = structuredClone(value) as SearchResults & { rows: (SearchResults['rows'][number] & { secretNote?: string })[] }
    extra.rows[0]!.secretNote = 'not in the contract'
    expect(fastAcceptor(SearchResults)!(extra)).toBe(false)
    const parsed = acceptOrParse(SearchResults, extra)
    expect(parsed.success && 'secretNote' in parsed.data.rows[0]!).toBe(false)

    const undefinedKey = { ...value, traceId: undefined }
    expect(fastAcceptor(SearchResults)!(undefinedKey)).toBe(false)
    expect(acceptOrParse(SearchResults, undefinedKey)).toEqual(SearchResults.safeParse(undefinedKey))
  })

  it('a bad answer gets zod’s own issues', () => {
    const bad = mutated(answer(), ['rows', 1, 'totalPrice'], '12,50')
    const parsed = acceptOrParse(SearchResults, bad)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues).toEqual(SearchResults.safeParse(bad).error?.issues)
  })

  it('what it does not model is zod’s: refinements, transforms, defaults, records, string formats, object-shaped unions', () => {
    for (const schema of [
      z.string().refine((s) => s.length > 2),
      z.string().trim(),
      z.string().default('x'),
      z.object({ a: z.number() }).transform((o) => o.a),
      z.record(z.string(), z.number()),
      z.email(),
      z.number().multipleOf(0.01),
      z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]),
      z.object({ toString: z.string() })
    ])
      expect(fastAcceptor(schema)).toBeUndefined()
    const refined = z.object({ n: z.string().refine((s) => s !== 'no') })
    expect(acceptOrParse(refined, { n: 'no' }).success).toBe(false)
    expect(acceptOrParse(refined, { n: 'yes' })).toEqual({ success: true, data: { n: 'yes' } })
  })

  it('unions: of primitives any fitting option, discriminated ones by their key', () => {
    const stops = z.union([z.literal(0), z.literal(1), z.literal(2)])
    for (const v of [0, 1, 2, 3, '1', null]) expectAgreement(stops, v)
    expect(fastAcceptor(stops)!(2)).toBe(true)
    const state = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), n: z.number() }), z.object({ kind: z.literal('b'), s: z.string().max(3) })])
    for (const v of [{ kind: 'a', n: 1 }, { kind: 'b', s: 'abc' }, { kind: 'b', s: 'abcd' }, { kind: 'a', s: 'x' }, { kind: 'c' }, { n: 1 }, null, []]) expectAgreement(state, v)
    expect(fastAcceptor(state)!({ kind: 'b', s: 'ok' })).toBe(true)
  })

  it('the numbers, strings and objects zod refuses at the edges', () => {
    const n = z.number().int().min(-1).max(3)
    for (const v of [-2, -1, 0, 3, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1']) expectAgreement(n, v)
    const positive = z.number().positive().lt(10)
    for (const v of [0, 0.1, 9.99, 10]) expectAgreement(positive, v)
    const g = z.string().regex(/a/g)
    expect([expectAgreement(g, 'a'), expectAgreement(g, 'a')]).toEqual(['fast', 'fast'])
    const o = z.object({ a: z.string().optional() })
    for (const v of [{}, { a: 'x' }, { a: undefined }, { b: 1 }, Object.create(null), new (class Box { a = 'x' })(), [], 'x']) expectAgreement(o, v)
    expect(fastAcceptor(o)!({})).toBe(true)
    const strict = z.strictObject({ a: z.string() })
    expect(fastAcceptor(strict)!({ a: 'x', b: 1 })).toBe(false)
    expect(acceptOrParse(strict, { a: 'x', b: 1 }).success).toBe(false)
  })

  it('covers the large answers (search, one offer in full), and builds for every call of the contract without throwing', () => {
    expect(calls.search.response).toBe(SearchResults)
    expect(fastAcceptor(SearchResults)).toBeTypeOf('function')
    expect(fastAcceptor(OfferDetail)).toBeTypeOf('function')
    for (const spec of Object.values(calls)) expect(['function', 'undefined']).toContain(typeof fastAcceptor(spec.response))
  })
})
