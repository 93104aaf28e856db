import type { DeskError } from '../../shared/errors'
import { translate, type MessageKey, type TextParams } from '../../shared/text'
import { redact, redactText } from '../util/redact'
import { Fr24Error } from './errors'
import { deskCodeOf, deskKindOf, FAILURES } from './failures'

/**
 * From an FR24 failure to the one error shape that crosses to the renderer: a kind, a sentence a
 * person can read (its key and fills, and the English text, all redacted), a code for support,
 * and what to do next. Which sentence, kind and code: the failure table (failures.ts).
 */

/** The sentence for a failure and what fills it; the operation is named in the reader's language. */
function sentence(e: Fr24Error): { key: MessageKey; params: TextParams } {
  const operation = { key: `fr24.operation.${e.endpoint}` as const }
  const row = FAILURES[e.kind]
  if (e.uncertain) return { key: 'fr24.failure.uncertain', params: { operation, reason: { key: row.lost }, status: e.status ?? '?' } }
  // Words the raiser chose (the keychain's) carry their own fills.
  if (e.text) return { key: e.text.key, params: { ...e.text.params } }
  return { key: row.message, params: { operation, ...row.fills?.(e) } }
}

/** Every fill FR24 (or a thrown error) wrote passes the redaction function, like the message. */
function redactParams(params: TextParams): TextParams {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? redactText(value) : value]))
}

/**
 * Turns anything thrown by the FR24 layer into the one error shape that crosses to the renderer.
 * Every text FR24 wrote (its message, code and traceId) passes the redaction function: FR24 may
 * echo the keys it was signed with in any of them.
 */
export function toDeskError(error: unknown): DeskError {
  if (error instanceof Fr24Error) {
    const { key, params } = sentence(error)
    const safe = redactParams(params)
    const out: DeskError = {
      kind: error.uncertain ? 'uncertain' : deskKindOf(error),
      message: redactText(translate('en', key, safe)),
      messageKey: key,
      params: safe,
      code: redactText(deskCodeOf(error))
    }
    if (error.traceId) out.traceId = redactText(error.traceId)
    if (error.action) out.action = error.action
    return out
  }
  const detail = redact(error instanceof Error ? error.message : String(error))
  return {
    kind: 'internal',
    message: translate('en', 'fr24.failure.unexpected', { detail }),
    messageKey: 'fr24.failure.unexpected',
    params: { detail },
    action: 'report-bug'
  }
}
