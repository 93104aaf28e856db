import type { z } from 'zod'
import { describeFields } from './kit'

export type LenientResult<T> = { ok: true; value: T } | { ok: false; problems: string[] }

/** Reports one drift problem at a path inside the value being read (`(root)` = the value itself). */
export type Say = (path: string, problem: string) => void

const DROPPED = Symbol('dropped')
const requiredCache = new WeakMap<z.ZodType, string[]>()

/**
 * The lenient rules applied by zod itself, by rounds: parse; each value that does not fit is
 * reported and removed (a missing field we cannot do without removes what holds it); parse again.
 *
 * This is the slow path. lenient.ts walks an answer in one pass and only hands zod the parts its
 * plan does not cover and the single values that do not fit (usually one small value), so the
 * copy and the rounds here touch that part only, never the whole answer.
 */
export function retryLenient<S extends z.ZodType>(schema: S, raw: unknown, say: Say): LenientResult<z.output<S>> {
  // A copy: the rounds below remove values in place, and the caller's data must stay as it was.
  let data: unknown = raw === undefined ? undefined : structuredClone(raw)
  for (let round = 0; round < 200; round++) {
    const result = schema.safeParse(data)
    if (result.success) {
      reportMissing(schema, result.data, say)
      return { ok: true, value: result.data }
    }
    const fatal: string[] = []
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      const where = pathText(path)
      const here = valueAt(data, path)
      if (here.blocked) continue
      say(where || '(root)', here.value === undefined ? 'missing' : issue.message)
      // Missing means the field is needed: drop what holds it. Present but wrong: drop the value.
      const target = here.value === undefined ? path.slice(0, -1) : path
      if (target.length === 0) {
        fatal.push(where || '(root)')
        continue
      }
      removeAt(data, target)
    }
    if (fatal.length > 0) return { ok: false, problems: fatal }
    data = compact(data)
  }
  return { ok: false, problems: ['(root)'] }
}

function reportMissing(schema: z.ZodType, value: unknown, say: Say): void {
  let paths = requiredCache.get(schema)
  if (!paths) {
    paths = describeFields(schema)
      .filter((f) => f.required)
      .map((f) => f.path)
    requiredCache.set(schema, paths)
  }
  for (const path of paths) {
    if (hasMissing(value, path.split('.'))) say(path, 'missing')
  }
}

/** True when some instance of `parts` (with `[]` meaning "each element") exists as a parent but lacks the leaf. */
function hasMissing(value: unknown, parts: string[]): boolean {
  const [head, ...rest] = parts
  if (head === undefined) return false
  if (value === null || typeof value !== 'object') return false
  const isList = head.endsWith('[]')
  const key = isList ? head.slice(0, -2) : head
  const child = (value as Record<string, unknown>)[key]
  if (rest.length === 0 && !isList) return child === undefined
  if (child === undefined || child === null) return false
  if (isList) {
    if (!Array.isArray(child)) return false
    return child.some((element) => hasMissing(element, rest))
  }
  return hasMissing(child, rest)
}

export function pathText(path: readonly (string | number)[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += '[]'
    else out += out === '' ? part : `.${part}`
  }
  return out
}

function valueAt(data: unknown, path: readonly (string | number)[]): { value: unknown; blocked: boolean } {
  let current: unknown = data
  for (const part of path) {
    if (current === DROPPED) return { value: undefined, blocked: true }
    if (current === null || typeof current !== 'object') return { value: undefined, blocked: true }
    current = (current as Record<string | number, unknown>)[part]
  }
  return { value: current, blocked: current === DROPPED }
}

function removeAt(data: unknown, path: readonly (string | number)[]): void {
  const parent = valueAt(data, path.slice(0, -1))
  const last = path[path.length - 1]
  if (parent.blocked || last === undefined) return
  const holder = parent.value
  if (Array.isArray(holder) && typeof last === 'number') holder[last] = DROPPED
  else if (holder !== null && typeof holder === 'object') delete (holder as Record<string | number, unknown>)[last]
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== DROPPED).map(compact)
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = compact(v)
  }
  return value
}
