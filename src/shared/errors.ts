import { z } from 'zod'
import { isMessageKey, type MessageKey } from './text/keys'
import { translate, type TextParams } from './text/translate'

/**
 * Every failure that crosses a process boundary is one of these, as data.
 * `kind` says where it came from; `action` says what the agent should do next
 * (the renderer turns it into words in the agent's language).
 */
// 'cancelled': a long call stopped by `cancel({ requestId })` before it finished (see the dispatcher).
export const ErrorKind = z.enum(['validation', 'auth', 'fr24', 'network', 'uncertain', 'internal', 'cancelled'])
export type ErrorKind = z.infer<typeof ErrorKind>

export const NextAction = z.enum([
  'fix-input', // the request was wrong: correct the highlighted field
  'read-docs', // a call was made out of order (FR24 "process error")
  'contact-account-manager', // a configuration restriction on the FR24 account
  'contact-fr24', // FR24 system problem or something only FR24 can resolve
  'retry-now', // transient: trying again straight away is fine
  'retry-later', // try again in about 10 minutes
  'search-again', // the offer is gone: start again from search
  'try-other-options', // other airlines, routes or dates
  'not-supported', // the API does not support this scenario
  'check-credentials', // appKey / appSecret / AES key wrong or missing
  'unlock-keychain', // the OS keychain is locked or unavailable
  'top-up-balance', // not enough balance to pay
  'check-order', // outcome unknown: look at the order before trying again
  'reprice', // price or seats changed: price the offer again
  'report-bug' // our own fault: copy a support bundle
])
export type NextAction = z.infer<typeof NextAction>

/** A key of the shared dictionaries (src/shared/text). */
export const MessageKeyName = z.custom<MessageKey>(isMessageKey, 'not a message key')

/** What fills the `{{name}}`s of the sentence: a value, or another sentence by its key. */
export const TextParam = z.union([z.string(), z.number(), z.strictObject({ key: MessageKeyName })])

export const DeskError = z.object({
  kind: ErrorKind,
  /** English, for logs, support and any reader that has no dictionary. */
  message: z.string(),
  /**
   * The same sentence in the agent's language: the window shows translate(language, messageKey, params).
   * Main sets it on every error it builds; optional because an error can come from elsewhere
   * (a dispatcher answer from an older desk, a failure the window builds itself).
   */
  messageKey: MessageKeyName.optional(),
  params: z.record(z.string(), TextParam).optional(),
  code: z.string().optional(),
  traceId: z.string().optional(),
  action: NextAction.optional()
})
export type DeskError = z.infer<typeof DeskError>

/**
 * An error in the shared text system: the sentence by its key and fills, and the same sentence
 * in English as `message`, so every reader has words and the window can show its language's.
 */
export function deskError(
  kind: ErrorKind,
  key: MessageKey,
  more: { params?: TextParams; action?: NextAction; code?: string } = {}
): DeskError {
  const error: DeskError = { kind, message: translate('en', key, more.params), messageKey: key }
  if (more.params) error.params = { ...more.params }
  if (more.code !== undefined) error.code = more.code
  if (more.action) error.action = more.action
  return error
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DeskError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: DeskError): Result<never> => ({ ok: false, error })
