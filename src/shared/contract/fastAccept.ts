import type { z } from 'zod'

/**
 * A quick "this answer is already exactly what the schema would give back" check, built once per
 * schema from the zod schema itself, so there is still one schema per call and nothing to keep in
 * step by hand.
 *
 * Why: the window must not trust main blindly, but zod's own parse of a 2,000-offer `search`
 * answer costs 45–140 ms in the window (its CSP forbids `eval`, so zod runs its interpreter there),
 * on the path from the rows arriving to the first rows painted (goal ≤ 50 ms); the dispatcher pays
 * it again in main on every answer. A check that only *accepts* can be much cheaper: it walks the
 * value once, compares types, lengths, patterns, bounds and enum members as zod would, and builds
 * nothing. When it says yes, zod would have said yes too and handed back an equal value (every key
 * known, nothing stripped, defaulted or transformed), so the value is used as it is. When it says
 * no — or the schema uses something it does not model (refinements, transforms, defaults, records,
 * formats other than a plain pattern…) — zod parses as before, so a bad answer still becomes the
 * same error and anything unusual gets zod's exact treatment. fastAccept.test.ts holds it to that
 * on real rows and on every kind of damage to them.
 */
type Check = (value: unknown) => boolean

/** The schema's quick check, or undefined when some part of it is beyond what is modelled here. */
export function fastAcceptor(schema: z.ZodType): Check | undefined {
  if (built.has(schema)) return built.get(schema)
  let check: Check | undefined
  try {
    check = compile(schema)
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error
    check = undefined
  }
  built.set(schema, check)
  return check
}

/** zod's safeParse, answered without zod when the value is already in the schema's own form. */
export function acceptOrParse<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  const quick = fastAcceptor(schema)
  if (quick?.(value)) return { success: true, data: value as z.output<S> }
  return schema.safeParse(value)
}

const built = new WeakMap<z.ZodType, Check | undefined>()

class Unsupported extends Error {}

/** zod's internals as far as this file reads them (zod 4: `schema._zod.def`, `_zod.values`). */
interface Def {
  type: string
  checks?: { _zod: { def: CheckDef } }[]
  coerce?: boolean
  format?: string
  shape?: Record<string, Node>
  catchall?: Node
  element?: Node
  innerType?: Node
  options?: Node[]
  discriminator?: string
}
interface CheckDef {
  check: string
  format?: string
  pattern?: RegExp
  minimum?: number
  maximum?: number
  length?: number
  value?: number
  inclusive?: boolean
}
interface Node {
  _zod: { def: Def; values?: Set<unknown> }
}

const node = (schema: unknown): Node => schema as Node

/** Types whose accepted values are primitives: zod gives back the very value it was given. */
const PRIMITIVE = new Set(['string', 'number', 'boolean', 'null', 'enum', 'literal'])

function isPrimitive(n: Node): boolean {
  const def = n._zod.def
  if (def.type === 'optional' || def.type === 'nullable') return isPrimitive(def.innerType!)
  return PRIMITIVE.has(def.type)
}

function compile(schema: unknown): Check {
  const n = node(schema)
  const def = n._zod.def
  if (def.coerce) throw new Unsupported()
  const checks = (def.checks ?? []).map((c) => c._zod.def)
  switch (def.type) {
    case 'string':
      // A format type (z.email(), z.uuid()…) checks more than its pattern.
      if (def.format !== undefined) throw new Unsupported()
      return stringCheck(checks)
    case 'number':
      return numberChecks(checks)
    case 'boolean':
      return none(checks, (v) => typeof v === 'boolean')
    case 'null':
      return none(checks, (v) => v === null)
    case 'enum':
    case 'literal': {
      const values = n._zod.values
      if (!values) throw new Unsupported()
      return none(checks, (v) => values.has(v))
    }
    case 'nullable': {
      const inner = compile(def.innerType)
      return none(checks, (v) => v === null || inner(v))
    }
    case 'optional': {
      // Array items and top-level values only; an object key reads its optional itself (below).
      const inner = compile(def.innerType)
      return none(checks, (v) => v === undefined || inner(v))
    }
    case 'array': {
      // An optional item would let a hole through that zod fills in.
      if (def.element!._zod.def.type === 'optional') throw new Unsupported()
      const item = compile(def.element)
      return all((v) => {
        if (!Array.isArray(v)) return false
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false
        return true
      }, checks.map(lengthOrPattern))
    }
    case 'object':
      return none(checks, objectCheck(def))
    case 'union':
      return none(checks, unionCheck(def))
    default:
      throw new Unsupported()
  }
}

function lengthOrPattern(c: CheckDef): Check {
  const length = (v: unknown) => (v as { length: number }).length
  switch (c.check) {
    case 'min_length':
      return (v) => length(v) >= c.minimum!
    case 'max_length':
      return (v) => length(v) <= c.maximum!
    case 'length_equals':
      return (v) => length(v) === c.length!
    case 'string_format': {
      if (c.format !== 'regex' || !c.pattern) throw new Unsupported()
      const pattern = c.pattern
      // As zod runs it: a global or sticky pattern starts from the beginning each time.
      return (v) => {
        pattern.lastIndex = 0
        return pattern.test(v as string)
      }
    }
    default:
      throw new Unsupported()
  }
}

/**
 * A string's checks folded into one test: bounds on the length, then at most one pattern (the
 * contract's strings have one). Rows hold tens of thousands of strings; one closure call each.
 */
function stringCheck(checks: CheckDef[]): Check {
  let min = 0
  let max = Infinity
  const patterns: RegExp[] = []
  for (const c of checks) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum!)
    else if (c.check === 'max_length') max = Math.min(max, c.maximum!)
    else if (c.check === 'length_equals') {
      min = Math.max(min, c.length!)
      max = Math.min(max, c.length!)
    } else if (c.check === 'string_format' && c.format === 'regex' && c.pattern) patterns.push(c.pattern)
    else throw new Unsupported()
  }
  const lengthFits = (v: string) => v.length >= min && v.length <= max
  if (patterns.length === 0) return (v) => typeof v === 'string' && lengthFits(v)
  if (patterns.length === 1) {
    const [pattern] = patterns as [RegExp]
    return (v) => {
      if (typeof v !== 'string' || !lengthFits(v)) return false
      // As zod runs it: a global or sticky pattern starts from the beginning each time.
      pattern.lastIndex = 0
      return pattern.test(v)
    }
  }
  return (v) => typeof v === 'string' && lengthFits(v) && patterns.every((pattern) => ((pattern.lastIndex = 0), pattern.test(v)))
}

/** A number's checks folded into one test: finite, whole when asked, within its bounds. */
function numberChecks(checks: CheckDef[]): Check {
  const tests = checks.map(numberCheck)
  const whole = checks.some((c) => c.check === 'number_format')
  let low = -Infinity
  let lowInclusive = true
  let high = Infinity
  let highInclusive = true
  for (const c of checks) {
    if (c.check === 'greater_than' && (c.value! > low || (c.value === low && !c.inclusive))) [low, lowInclusive] = [c.value!, Boolean(c.inclusive)]
    if (c.check === 'less_than' && (c.value! < high || (c.value === high && !c.inclusive))) [high, highInclusive] = [c.value!, Boolean(c.inclusive)]
  }
  if (tests.length === 0) return (v) => typeof v === 'number' && Number.isFinite(v)
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return false
    if (whole && !Number.isSafeInteger(v)) return false
    return (lowInclusive ? v >= low : v > low) && (highInclusive ? v <= high : v < high)
  }
}

function numberCheck(c: CheckDef): Check {
  switch (c.check) {
    case 'number_format':
      if (c.format !== 'safeint') throw new Unsupported()
      return (v) => Number.isSafeInteger(v)
    case 'greater_than':
      return c.inclusive ? (v) => (v as number) >= c.value! : (v) => (v as number) > c.value!
    case 'less_than':
      return c.inclusive ? (v) => (v as number) <= c.value! : (v) => (v as number) < c.value!
    default:
      throw new Unsupported()
  }
}

function all(type: Check, checks: Check[]): Check {
  if (checks.length === 0) return type
  if (checks.length === 1) {
    const [only] = checks as [Check]
    return (v) => type(v) && only(v)
  }
  return (v) => {
    if (!type(v)) return false
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(v)) return false
    return true
  }
}

function none(checks: CheckDef[], check: Check): Check {
  // A refinement or any check on a type that has none of its own: zod's business.
  if (checks.length > 0) throw new Unsupported()
  return check
}

function objectCheck(def: Def): Check {
  // Strict (catchall never) and loose objects differ from the default only on unknown keys, which send every object to zod anyway.
  if (def.catchall !== undefined && !['never', 'unknown'].includes(def.catchall._zod.def.type)) throw new Unsupported()
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => {
    // A key Object.prototype also has would read the prototype's value on a plain object.
    if (key in Object.prototype) throw new Unsupported()
    const optional = schema._zod.def.type === 'optional'
    return { key, optional, check: compile(optional ? schema._zod.def.innerType : schema) }
  })
  return (v) => {
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false
    const record = v as Record<string, unknown>
    let present = 0
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!
      const value = record[field.key]
      if (value === undefined) {
        // Absent is what zod gives back for an absent optional key; a key set to undefined is zod's to judge.
        if (!field.optional || Object.hasOwn(record, field.key)) return false
        continue
      }
      present++
      if (!field.check(value)) return false
    }
    // Any key the schema does not name: zod would strip it (or refuse it), so the value is not as zod gives it back.
    let keys = 0
    // Counted, not listed: no array per object. A plain object's prototype has no enumerable keys.
    for (const key in record) if (key !== undefined) keys++
    return keys === present
  }
}

function unionCheck(def: Def): Check {
  const options = def.options ?? []
  if (def.discriminator !== undefined) {
    // zod picks the option by the discriminator's value: so does this.
    const key = def.discriminator
    const byValue = new Map<unknown, Check>()
    for (const option of options) {
      const values = option._zod.def.shape?.[key]?._zod.values
      if (option._zod.def.type !== 'object' || !values) throw new Unsupported()
      const check = compile(option)
      for (const value of values) {
        if (byValue.has(value)) throw new Unsupported()
        byValue.set(value, check)
      }
    }
    return (v) => {
      if (typeof v !== 'object' || v === null) return false
      const check = byValue.get((v as Record<string, unknown>)[key])
      return check !== undefined && check(v)
    }
  }
  // zod takes the first option that fits. With primitives every option gives back the value itself,
  // so any fitting option gives zod's answer; with objects an earlier option might fit by stripping.
  if (!options.every(isPrimitive)) throw new Unsupported()
  const checks = options.map(compile)
  return (v) => checks.some((check) => check(v))
}
