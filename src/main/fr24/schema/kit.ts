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

/** Ids, codes and numbers-as-text: FR24 sends some of them as JSON numbers. */
export const text = z.union([z.string(), z.number()]).transform((v) => String(v))

/** Amounts arrive as JSON numbers or decimal strings; the app only ever sees decimal strings. */
export const amount = z
  .union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/)])
  .transform((v) => toDecimal(v))

/** Small integers (durations, counts) that some pages quote as strings. */
export const count = z
  .union([z.number(), z.string().regex(/^\s*-?\d+\s*$/)])
  .transform((v) => Number(v))

/** `codeShare` is boolean in examples but "string" in the schema skeleton. */
export const flag = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true')

export const textList = z.array(z.union([z.string(), z.number()]).nullable()).transform((list) =>
  list.map((v) => (v === null ? null : String(v)))
)

/**
 * Lists that the docs show either as an array or as one object (Booking-response `legs`, GAPS B22).
 */
export function listOrOne<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? [v] : v), z.array(item))
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
