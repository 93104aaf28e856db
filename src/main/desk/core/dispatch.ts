import type { z } from 'zod'
import type { CallSpec } from '../../../shared/contract/define'
import type { DeskError, Result } from '../../../shared/errors'
import { redactSecretsDeep } from '../../util/redact'
import { DeskFailure } from './failure'

export type HandlerMap<C extends Record<string, CallSpec>> = {
  [N in keyof C]: (request: z.output<C[N]['request']>) => Promise<z.output<C[N]['response']>> | z.output<C[N]['response']>
}

/** Where a failing handler is reported; the real logger redacts before writing. */
export interface DispatchLog {
  error(message: string, fields?: Record<string, unknown>): void
}

export type Dispatch = (name: string, request: unknown) => Promise<Result<unknown>>

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 32

/**
 * The single door from a renderer into main. Electron's ipcMain binding and the
 * browser host both call this, so validation cannot differ between them. It is also
 * the one place every answer leaves main: each string in it passes the registered-secret
 * redaction, whichever service built it and whatever FR24 quoted in it.
 */
export function createDispatcher<C extends Record<string, CallSpec>>(
  contract: C,
  handlers: HandlerMap<C>,
  log: DispatchLog
): Dispatch {
  return async (name, request) => {
    if (!Object.hasOwn(contract, name)) {
      return invalid(`Unknown call "${name.slice(0, 64)}".`)
    }
    const spec = contract[name as keyof C] as CallSpec
    const input = request === undefined ? {} : request

    const size = jsonSize(input)
    if (size === undefined) return invalid('The request is not plain data.')
    if (size > spec.maxRequestBytes) return invalid(`The request is too large (${size} bytes).`)
    const unsafe = findForbiddenKey(input, 0)
    if (unsafe) return invalid(`The request contains a forbidden key "${unsafe}".`)

    const parsed = spec.request.safeParse(input)
    if (!parsed.success) return invalid(describeIssues(parsed.error))

    try {
      const handler = handlers[name as keyof C]
      const value: unknown = await handler(parsed.data as never)
      const checked = spec.response.safeParse(value)
      if (!checked.success) {
        log.error('handler returned a value outside the contract', { call: name, issues: describeIssues(checked.error) })
        return internal()
      }
      const shown = redactSecretsDeep(checked.data)
      // Masking changed the answer: it must still keep the contract, or the window gets nothing.
      if (shown !== checked.data && !spec.response.safeParse(shown).success) {
        log.error('answer no longer fits the contract once a secret in it was masked', { call: name })
        return internal()
      }
      return { ok: true, value: shown }
    } catch (error) {
      if (error instanceof DeskFailure) return { ok: false, error: redactSecretsDeep(error.error) }
      log.error('handler failed', { call: name, error })
      return internal()
    }
  }
}

function invalid(message: string): Result<never> {
  return { ok: false, error: { kind: 'validation', message, action: 'fix-input' } }
}

function internal(): Result<never> {
  const error: DeskError = {
    kind: 'internal',
    message: 'Something went wrong inside FR24 Desk. Nothing was sent to FR24 by this step; copy a support bundle from Settings → Diagnostics if it happens again.',
    action: 'report-bug'
  }
  return { ok: false, error }
}

function jsonSize(value: unknown): number | undefined {
  try {
    const text = JSON.stringify(value)
    return text === undefined ? undefined : new TextEncoder().encode(text).length
  } catch {
    return undefined
  }
}

function findForbiddenKey(value: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return 'nesting too deep'
  if (value === null || typeof value !== 'object') return undefined
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return 'symbol'
    if (FORBIDDEN_KEYS.has(key)) return key
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1)
    if (found) return found
  }
  return undefined
}

// Issue paths and messages only: never the rejected values, which may hold a passport or a key.
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ')
}
