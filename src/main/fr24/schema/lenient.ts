import type { z } from 'zod'
import type { DriftReporter } from '../drift'
import { NOT_READ } from './kit'
import { planOf, type ListNode, type ObjectNode, type PlanNode } from './plan'
import { retryLenient, type LenientResult, type Say } from './retry'

export type { LenientResult }
export { pathText } from './retry'

/**
 * Parses an FR24 answer without letting one odd field sink the whole call.
 *
 * A value that does not fit is reported as drift and removed; if the field it came from is one we
 * cannot do without, the object holding it goes instead (an offer without an offerId is dropped
 * from the list, a booking without an orderNo fails). Fields the docs promise but FR24 left out are
 * reported as drift too. Only when the answer as a whole is unusable does this fail.
 *
 * How, and why this way (issue 10: a 2,000-offer search spent 3–4× a bare fetch + JSON.parse here):
 * - One pass, driven by the schema's plan (plan.ts), that checks, converts and records drift as it
 *   goes. Zod used to parse the whole answer, then again after each round of removals: one drifting
 *   field in every offer meant a second full parse. Now zod sees only a value that does not fit
 *   (to say what is wrong with it, in its words, and apply the same rules as before to it alone).
 * - No deep copy. By default copy-on-write: `raw` is never changed; an object or list is copied
 *   only when something in it changes spelling (an amount number becoming a decimal string), and
 *   untouched parts (fare rules, product tags…) are shared between `raw` and the value returned, so
 *   treat both as read-only. With `owned` (an answer parsed for this call), values change in place.
 * - Everything is checked eagerly, not on opening an offer: the pass costs a fraction of the
 *   JSON.parse before it (bench/shopping.ts), and a row built from an unchecked offer could show an
 *   amount FR24 never meant; lazy checks would also move drift reports to whenever an agent clicks.
 */
export function parseLenient<S extends z.ZodType>(
  endpoint: string,
  schema: S,
  raw: unknown,
  drift: DriftReporter,
  options: LenientOptions = {}
): LenientResult<z.output<S>> {
  const reported = new Set<string>()
  // Each path once per answer: a field drifting in 2,000 offers is one finding, counted once.
  const say: Say = (path, problem) => {
    if (reported.has(path)) return
    reported.add(path)
    drift.report(endpoint, path, problem)
  }
  const reading = new Reading(say, (path) => reported.has(path), options.owned === true)
  const value = reading.read(planOf(schema), raw)
  if (value === NOT_READ) return { ok: false, problems: reading.problems.length > 0 ? reading.problems : ['(root)'] }
  // Documented fields left out are reported after the pass, and only where their holder survived.
  for (const path of reading.absent) say(path, 'missing')
  return { ok: true, value: value as z.output<S> }
}

export interface LenientOptions {
  /**
   * `raw` was parsed for this call and nobody else holds it (the FR24 client's answers): values are
   * converted in place instead of copied on write, which spares a 2,000-offer answer some 10,000
   * object copies. `raw` is then part of the value returned and must not be used on its own.
   */
  owned?: boolean
}

class Reading {
  /** Paths of documented (expected) fields found absent in objects that were kept. */
  readonly absent: string[] = []
  /** Fields of the answer itself it cannot do without that failed. */
  readonly problems: string[] = []

  constructor(
    private readonly say: Say,
    private readonly said: (path: string) => boolean,
    private readonly owned: boolean
  ) {}

  /** The value as the schema reads it, or NOT_READ when it (or a field it cannot do without) does not fit. */
  read(node: PlanNode, value: unknown): unknown {
    if (value === null && node.nullable) return value
    switch (node.kind) {
      case 'object':
        return this.object(node, value)
      case 'list':
        return this.list(node, value)
      case 'leaf': {
        if (node.read) {
          const read = node.read(value)
          if (read !== NOT_READ) return read
        }
        return this.byZod(node, value, node.whole)
      }
    }
  }

  private object(node: ObjectNode, value: unknown): unknown {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return this.byZod(node, value, true)
    const input = value as Record<string, unknown>
    const absentBefore = this.absent.length
    let out: Record<string, unknown> | undefined
    let failed = false
    for (const field of node.fields) {
      const given = input[field.key]
      if (given === undefined) {
        if (field.optional) {
          if (field.expected) this.absent.push(field.path)
          continue
        }
        // Nothing else inside an object that goes for want of a field is a finding of its own.
        failed = this.lost(node, field.path)
        break
      }
      const read = this.read(field.node, given)
      if (read === given) continue
      if (read === NOT_READ && !field.optional) {
        // Present but wrong, and one we cannot do without: its holder goes. Unlike a missing field,
        // a wrong value still lets the fields after it be looked at and reported.
        failed = this.lost(node, field.path)
        continue
      }
      if (failed) continue
      out ??= this.owned ? input : { ...input }
      if (read !== NOT_READ) {
        out[field.key] = read
        continue
      }
      // Present but wrong, and optional: the value goes, the holder stays.
      delete out[field.key]
      if (field.expected) this.absent.push(field.path)
    }
    if (failed) {
      // Absences inside an object that is dropped are not findings of their own (the holder's loss is).
      this.absent.length = absentBefore
      return NOT_READ
    }
    return out ?? input
  }

  private list(node: ListNode, value: unknown): unknown {
    const isRecord = value !== null && typeof value === 'object' && !Array.isArray(value)
    const items: unknown = node.oneOrList && isRecord ? [value] : value
    if (!Array.isArray(items)) return this.byZod(node, value, true)
    let out: unknown[] | undefined = items === value ? undefined : []
    for (let i = 0; i < items.length; i++) {
      const given: unknown = items[i]
      const read = this.read(node.item, given)
      if (read === given && out === undefined) continue
      if (this.owned && out === undefined && read !== NOT_READ) {
        items[i] = read
        continue
      }
      out ??= items.slice(0, i)
      // An item that does not fit leaves the list; the rest of the list stays.
      if (read !== NOT_READ) out.push(read)
    }
    return out ?? items
  }

  /** A field an object cannot do without is missing (or was removed): the object goes. */
  private lost(node: ObjectNode, path: string): true {
    this.say(path, 'missing')
    if (node.path === '') this.problems.push(path)
    return true
  }

  /**
   * The slow path for one value: zod's verdict and words, with the same rules (retry.ts). When the
   * verdict can only be "refused as a whole" and this path was already reported in this answer,
   * zod is not asked again: the same field drifting in 2,000 offers costs one zod error, not 2,000.
   */
  private byZod(node: PlanNode, value: unknown, refusedWhole: boolean): unknown {
    const prefix = node.path
    if (refusedWhole && this.said(prefix === '' ? '(root)' : prefix)) return NOT_READ
    const result = retryLenient(node.schema, value, (path, problem) => this.say(joinPath(prefix, path), problem))
    if (result.ok) return result.value
    if (prefix === '') this.problems.push(...result.problems)
    return NOT_READ
  }
}

/** A path reported inside a value, made a path inside the whole answer. */
function joinPath(prefix: string, inner: string): string {
  if (inner === '(root)') return prefix === '' ? inner : prefix
  if (prefix === '') return inner
  return inner.startsWith('[') ? `${prefix}${inner}` : `${prefix}.${inner}`
}
