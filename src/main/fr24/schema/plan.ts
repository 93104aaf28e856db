import type { z } from 'zod'
import { isExpected, listOrOneItem, NOT_READ, readerOf, type FastReader } from './kit'

/**
 * A reading plan: an FR24 answer schema turned, once, into a tree the lenient parse can walk in one
 * pass. It covers what the answer schemas are made of — loose objects, lists, the kit's primitives,
 * plain strings, numbers, booleans, enums and literals, optional and nullable fields. Anything else
 * (a preprocess at the root, a refinement, a strict object, a checked string) becomes a `zod` leaf:
 * zod reads that part, so a schema nobody planned for is still read exactly as zod reads it.
 */
export type PlanNode = ObjectNode | ListNode | LeafNode

interface NodeBase {
  /** Where the node sits in the answer, as drift reports name it: `offers[].pricePerPax[].baseFare`. */
  path: string
  /** The node's schema with its nullable wrapper: what zod is handed for a value the plan cannot read. */
  schema: z.ZodType
  nullable: boolean
}

export interface ObjectNode extends NodeBase {
  kind: 'object'
  fields: PlanField[]
}

export interface ListNode extends NodeBase {
  kind: 'list'
  item: PlanNode
  /** listOrOne: a single object stands for a list of one. */
  oneOrList: boolean
}

export interface LeafNode extends NodeBase {
  kind: 'leaf'
  /** Absent: zod reads every value of this node. */
  read?: FastReader
  /**
   * A value the reader refuses is refused by zod as a whole (a scalar: nothing inside it could be
   * removed to save it). Not so for a list read whole (textList), whose bad entry zod can drop.
   */
  whole: boolean
}

export interface PlanField {
  key: string
  path: string
  node: PlanNode
  /** May be absent on the wire (`maybe`, `expected`, `.optional()`). */
  optional: boolean
  /** Documented as always there: absence is drift. */
  expected: boolean
}

interface Def {
  type: string
  innerType?: z.ZodType
  element?: z.ZodType
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  checks?: unknown[]
  entries?: Record<string, unknown>
  values?: unknown[]
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def
const optionality = (schema: z.ZodType): { optin?: string; optout?: string } =>
  (schema as unknown as { _zod: { optin?: string; optout?: string } })._zod

/** Deeper than any FR24 answer; a guard against a schema that refers to itself. */
const MAX_DEPTH = 24

const plans = new WeakMap<z.ZodType, PlanNode>()

export function planOf(schema: z.ZodType): PlanNode {
  let plan = plans.get(schema)
  if (!plan) {
    plan = nodeOf(schema, '', 0)
    plans.set(schema, plan)
  }
  return plan
}

function nodeOf(schema: z.ZodType, path: string, depth: number): PlanNode {
  let inner = schema
  let nullable = false
  const outer = defOf(schema)
  if (outer.type === 'nullable' && outer.innerType) {
    nullable = true
    inner = outer.innerType
  }
  const base = { path, schema, nullable }
  const zodLeaf: LeafNode = { ...base, kind: 'leaf', whole: false }
  if (depth > MAX_DEPTH) return zodLeaf

  const read = readerOf(inner) ?? primitiveReader(defOf(inner))
  if (read) return { ...base, kind: 'leaf', read, whole: !readsAList(inner) }

  const oneOf = listOrOneItem(inner)
  if (oneOf) return { ...base, kind: 'list', item: nodeOf(oneOf, `${path}[]`, depth + 1), oneOrList: true }

  const def = defOf(inner)
  const checked = (def.checks?.length ?? 0) > 0
  if (def.type === 'array' && def.element && !checked) {
    return { ...base, kind: 'list', item: nodeOf(def.element, `${path}[]`, depth + 1), oneOrList: false }
  }
  // Only loose objects: zod strips unknown keys from a plain z.object, which a copy-on-write walk would not.
  const loose = def.catchall !== undefined && defOf(def.catchall).type === 'unknown'
  if (def.type === 'object' && def.shape && loose && !checked) {
    const fields: PlanField[] = []
    for (const [key, field] of Object.entries(def.shape)) {
      const planned = fieldOf(key, field, path, depth + 1)
      if (!planned) return zodLeaf
      fields.push(planned)
    }
    return { ...base, kind: 'object', fields }
  }
  return zodLeaf
}

/** A field, or undefined when its absence rules are not the two the plan knows (required, or optional). */
function fieldOf(key: string, schema: z.ZodType, parent: string, depth: number): PlanField | undefined {
  const path = parent === '' ? key : `${parent}.${key}`
  const { optin, optout } = optionality(schema)
  const def = defOf(schema)
  if (optin === 'optional' && optout === 'optional' && def.type === 'optional' && def.innerType) {
    return { key, path, node: nodeOf(def.innerType, path, depth), optional: true, expected: isExpected(schema) }
  }
  if (optin !== undefined || optout !== undefined) return undefined
  return { key, path, node: nodeOf(schema, path, depth), optional: false, expected: false }
}

function readsAList(schema: z.ZodType): boolean {
  const def = defOf(schema) as Def & { in?: z.ZodType }
  return def.type === 'array' || (def.type === 'pipe' && def.in !== undefined && defOf(def.in).type === 'array')
}

/** Readers for zod's own unchecked primitives; what they accept they hand back unchanged, as zod does. */
function primitiveReader(def: Def): FastReader | undefined {
  if ((def.checks?.length ?? 0) > 0) return undefined
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : NOT_READ)
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : NOT_READ)
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : NOT_READ)
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}))
      return (v) => (allowed.has(v) ? v : NOT_READ)
    }
    case 'literal': {
      const allowed = new Set(def.values ?? [])
      return (v) => (allowed.has(v) ? v : NOT_READ)
    }
    default:
      return undefined
  }
}
