import { z } from 'zod'
import { toDecimal } from '../../../shared/money'

/**
 * Building blocks for FR24 schemas.
 *
 * FR24's documents disagree with themselves (ids as numbers or strings, statuses as numbers or
 * strings, `null` where a value is expected), so the primitives below accept every spelling the
 * reference shows and hand the rest of the app one spelling.
 *
 * Two markers explain a field to the reader and to `describeFields()`:
 * - `expected(s)`: the docs say it is always there. If FR24 leaves it out we carry on and
 *   report schema drift; a plain (unwrapped) schema means "we cannot use the answer without it".
 * - `inferred(s, why)`: the docs are silent and we chose; the choice is in docs/fr24-inferences.md.
 */

interface FieldNote {
  expected?: true
  inferred?: string
}

const notes = new WeakMap<z.ZodType, FieldNote>()

function note<T extends z.ZodType>(schema: T, add: FieldNote): T {
  notes.set(schema, { ...notes.get(schema), ...add })
  return schema
}

/** Marks a field (or a whole object) whose existence or shape comes from docs/fr24-inferences.md. */
export function inferred<T extends z.ZodType>(schema: T, why: string): T {
  return note(schema, { inferred: why })
}

/** Why a schema as a whole is an inference, if it is one. */
export function inferredReason(schema: z.ZodType): string | undefined {
  return notes.get(schema)?.inferred
}

/** May be absent or null on the wire; `null` is kept because FR24 uses it on purpose. */
export function maybe<T extends z.ZodType>(schema: T) {
  return schema.nullable().optional()
}

/** Documented as always present; absence is reported as drift instead of failing the call. */
export function expected<T extends z.ZodType>(schema: T) {
  return note(maybe(schema), { expected: true })
}

/** Whether a field's schema carries the `expected` marker (on the field itself or a wrapper inside it). */
export function isExpected(schema: z.ZodType): boolean {
  let current: z.ZodType | undefined = schema
  for (let depth = 0; current && depth < 4; depth++) {
    if (notes.get(current)?.expected) return true
    const def: { type: string; innerType?: z.ZodType } = (current as unknown as { def: { type: string; innerType?: z.ZodType } }).def
    current = def.type === 'optional' || def.type === 'nullable' ? def.innerType : undefined
  }
  return false
}

// ---- fast readers (used by lenient.ts) ----

/**
 * What a fast reader answers for a value outside the spellings it knows. The lenient parse then
 * hands that one value to zod, which accepts it, converts it, or says what is wrong with it.
 */
export const NOT_READ: unique symbol = Symbol('not read')

/** Reads one value as its zod schema would, for the spellings FR24 actually sends; NOT_READ otherwise. */
export type FastReader = (value: unknown) => unknown

const readers = new WeakMap<z.ZodType, FastReader>()

/**
 * Gives a transforming primitive a reader that produces exactly what its zod schema produces
 * (schema/fastReaders.test.ts holds them to that). Zod's union + transform costs about a
 * microsecond a value; a 2,000-offer answer has some 150,000 of them.
 */
function withReader<T extends z.ZodType>(schema: T, read: FastReader): T {
  readers.set(schema, read)
  return schema
}

export function readerOf(schema: z.ZodType): FastReader | undefined {
  return readers.get(schema)
}

const listItems = new WeakMap<z.ZodType, z.ZodType>()

/** The item schema when `schema` came from listOrOne. */
export function listOrOneItem(schema: z.ZodType): z.ZodType | undefined {
  return listItems.get(schema)
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/
const DECIMAL_TEXT = /^\s*-?\d+(\.\d+)?\s*$/
const INTEGER_TEXT = /^\s*-?\d+\s*$/

/**
 * toDecimal, with a shortcut for the usual JSON number: its shortest round-trip text is already
 * what big.js writes (no leading or trailing zeros) unless it is in exponent form.
 */
function decimalOf(value: number | string): string {
  if (typeof value === 'number') {
    const written = String(value)
    if (PLAIN_DECIMAL.test(written)) return written
  }
  return toDecimal(value)
}

function textOf(value: unknown): string | typeof NOT_READ {
  if (typeof value === 'string') return value
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : NOT_READ
}

/** Ids, codes and numbers-as-text: FR24 sends some of them as JSON numbers. */
export const text = withReader(
  z.union([z.string(), z.number()]).transform((v) => String(v)),
  textOf
)

/** Amounts arrive as JSON numbers or decimal strings; the app only ever sees decimal strings. */
export const amount = withReader(
  z.union([z.number(), z.string().regex(DECIMAL_TEXT)]).transform((v) => decimalOf(v)),
  (v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? decimalOf(v) : NOT_READ
    return typeof v === 'string' && DECIMAL_TEXT.test(v) ? decimalOf(v) : NOT_READ
  }
)

/** Small integers (durations, counts) that some pages quote as strings. */
export const count = withReader(
  z.union([z.number(), z.string().regex(INTEGER_TEXT)]).transform((v) => Number(v)),
  (v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : NOT_READ
    return typeof v === 'string' && INTEGER_TEXT.test(v) ? Number(v) : NOT_READ
  }
)

/** `codeShare` is boolean in examples but "string" in the schema skeleton. */
export const flag = withReader(
  z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true'),
  (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : NOT_READ)
)

export const textList = withReader(
  z.array(z.union([z.string(), z.number()]).nullable()).transform((list) => list.map((v) => (v === null ? null : String(v)))),
  (v) => {
    if (!Array.isArray(v)) return NOT_READ
    // Most lists are strings already: hand back a copy only when an entry changes spelling.
    let out: (string | null)[] | undefined
    for (let i = 0; i < v.length; i++) {
      const entry: unknown = v[i]
      const read = entry === null ? null : textOf(entry)
      if (read === NOT_READ) return NOT_READ
      if (read !== entry) (out ??= v.slice(0, i) as (string | null)[]).push(read)
      else out?.push(read)
    }
    return out ?? v
  }
)

/**
 * Lists that the docs show either as an array or as one object (Booking-response `legs`, GAPS B22).
 */
export function listOrOne<T extends z.ZodType>(item: T) {
  const schema = z.preprocess((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? [v] : v), z.array(item))
  listItems.set(schema, item)
  return schema
}

// ---- description of a schema (used by drift checks and by the inference listing) ----

export interface FieldDescription {
  path: string
  /** The docs (or we, for inferred objects) say the field is always there. */
  required: boolean
  inferred?: string
}

/** Walks a schema and lists every field path with its markers, e.g. `offers[].pricePerPax[].baseFare`. */
export function describeFields(schema: z.ZodType): FieldDescription[] {
  const out: FieldDescription[] = []
  walk(schema, '', out, new Set())
  return out
}

function walk(schema: z.ZodType, path: string, out: FieldDescription[], seen: Set<z.ZodType>): void {
  if (seen.has(schema)) return
  let current: z.ZodType = schema
  let optional = false
  let merged: FieldNote = {}
  const chain = new Set<z.ZodType>()
  for (;;) {
    if (chain.has(current)) return
    chain.add(current)
    merged = { ...merged, ...notes.get(current) }
    const def = (current as unknown as { def: Record<string, unknown> & { type: string } }).def
    if (def.type === 'optional') {
      optional = true
      current = def.innerType as z.ZodType
    } else if (def.type === 'nullable' || def.type === 'catch' || def.type === 'default' || def.type === 'readonly') {
      current = def.innerType as z.ZodType
    } else if (def.type === 'pipe') {
      const inner = def.in as z.ZodType & { def: { type: string } }
      current = (inner.def.type === 'transform' ? def.out : def.in) as z.ZodType
    } else {
      break
    }
  }
  // List items are described through their fields; the list itself has its own entry.
  if (path !== '' && !path.endsWith('[]')) {
    const entry: FieldDescription = { path, required: merged.expected === true || !optional }
    if (merged.inferred) entry.inferred = merged.inferred
    out.push(entry)
  }
  const def = (current as unknown as { def: Record<string, unknown> & { type: string } }).def
  const nextSeen = new Set(seen).add(schema)
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.ZodType>
    for (const [key, child] of Object.entries(shape)) walk(child, path === '' ? key : `${path}.${key}`, out, nextSeen)
  } else if (def.type === 'array') {
    walk(def.element as z.ZodType, `${path}[]`, out, nextSeen)
  }
}
