import type { MessageKey } from '../../../shared/text'

/** What a form needs of a zod issue: which field it is about and which rule it broke. */
export interface FieldIssue {
  readonly path: readonly PropertyKey[]
  readonly code: string
  /** A custom rule's own data, e.g. `{ rule: 'critical-above-low' }`. */
  readonly params?: Readonly<Record<string, unknown>>
}

/** The name a custom rule gives itself in its params, if any. */
export function ruleOf(issue: FieldIssue): unknown {
  return issue.code === 'custom' ? issue.params?.rule : undefined
}

/** Per field: its message key, or a choice by the rule broken (e.g. a cross-field check). */
export type FieldMessages<F extends string> = { readonly [K in F]: MessageKey | ((issue: FieldIssue) => MessageKey) }

/** Field → the text-system key of the message to show next to it. */
export type FieldErrors<F extends string> = Partial<Record<F, MessageKey>>

/**
 * The schema's issues as one message per field, in the form's own words: the first issue
 * about a field is the one shown (the first rule broken). Issues about anything that is not
 * one of the form's fields are not placed; the form must not send while the parse fails.
 */
export function fieldErrors<F extends string>(issues: readonly FieldIssue[], messages: FieldMessages<F>): FieldErrors<F> {
  const out: FieldErrors<F> = {}
  for (const issue of issues) {
    const field = issue.path[0]
    if (typeof field !== 'string' || !Object.hasOwn(messages, field)) continue
    const name = field as F
    if (out[name] !== undefined) continue
    const message: MessageKey | ((issue: FieldIssue) => MessageKey) = messages[name]
    out[name] = typeof message === 'function' ? message(issue) : message
  }
  return out
}

export function hasFieldErrors(errors: FieldErrors<string>): boolean {
  return Object.keys(errors).length > 0
}
