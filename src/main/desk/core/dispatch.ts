import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { coreCalls, type Progress } from '../../../shared/contract/core'
import { RequestId, type CallSpec } from '../../../shared/contract/define'
import { acceptOrParse } from '../../../shared/contract/fastAccept'
import { deskError, type Result } from '../../../shared/errors'
import type { MessageKey, TextParams } from '../../../shared/text'
import type { Logger } from '../../util/log'
import { redactSecretsDeep } from '../../util/redact'
import { DeskFailure } from './failure'

/** One step a long handler reports; the dispatcher adds the request id, the call and the time. */
export type ProgressStep = Pick<Progress, 'stage' | 'done' | 'total'>

/** What a long handler gets beside its request. */
export interface LongCallRun {
  readonly requestId: string
  /** Tripped by `cancel({ requestId })`: pass it to fetch and check it between steps. */
  readonly signal: AbortSignal
  /** Sends a `progress` event for this run; steps after the answer are dropped. */
  progress(step: ProgressStep): void
}

type Out<S extends CallSpec> = Promise<z.output<S['response']>> | z.output<S['response']>
export type Handler<S extends CallSpec> = S['long'] extends true
  ? (request: z.output<S['request']>, run: LongCallRun) => Out<S>
  : (request: z.output<S['request']>) => Out<S>

/** Calls the dispatcher answers itself, whatever slice of the contract it serves. */
export type DispatcherCalls = 'cancel'

export type HandlerMap<C extends Record<string, CallSpec>> = {
  [N in Exclude<keyof C, DispatcherCalls>]: Handler<C[N]>
}

export interface DispatcherDeps {
  /** Where a failing handler is reported (the real logger redacts before writing). */
  log: Logger
  /** Where long calls' progress goes (the event hub); without it progress is dropped. */
  hub?: { emit(name: 'progress', payload: Progress): void }
  now?: () => number
}

/** `(name, request)` as they arrive from a window; a long call's request may carry `requestId`. */
export type Dispatch = (name: string, request: unknown) => Promise<Result<unknown>>

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 32

/**
 * The single door from a renderer into main. Electron's ipcMain binding and the
 * browser host both call this, so validation cannot differ between them. It is also
 * the one place every answer leaves main: each string in it passes the registered-secret
 * redaction, whichever service built it and whatever FR24 quoted in it.
 *
 * Long calls (`longCall` in the contract) run under a request id, the caller's or a new one.
 * `cancel({ requestId })` trips the run's AbortSignal; the handler decides where it can stop.
 * A run that throws once cancelled answers kind `cancelled`; one that finishes anyway (it had
 * already sent something it cannot take back) answers what really happened, value or failure.
 */
export function createDispatcher<C extends Record<string, CallSpec>>(contract: C, handlers: HandlerMap<C>, deps: DispatcherDeps): Dispatch {
  const { log } = deps
  const now = deps.now ?? Date.now
  const running = new Map<string, AbortController>()

  const cancel = (requestId: string): { cancelled: boolean } => {
    const controller = running.get(requestId)
    if (!controller || controller.signal.aborted) return { cancelled: false }
    controller.abort(new CancelledRun(requestId))
    return { cancelled: true }
  }

  return async (name, request) => {
    const own = name === 'cancel'
    if (!own && !Object.hasOwn(contract, name)) {
      return invalid('desk.call.unknown', { name: name.slice(0, 64) })
    }
    const spec = (own ? coreCalls.cancel : contract[name as keyof C]) as CallSpec
    let input: unknown = request === undefined ? {} : request

    const size = jsonSize(input)
    if (size === undefined) return invalid('desk.call.notPlainData')
    if (size > spec.maxRequestBytes) return invalid('desk.call.tooLarge', { size })
    const unsafe = findForbiddenKey(input, 0)
    if (unsafe) return invalid('desk.call.forbiddenKey', { key: unsafe })

    let requestId: string | undefined
    if (spec.long) {
      const taken = takeRequestId(input)
      if (!taken.ok) return invalid('desk.call.invalid', { detail: taken.message })
      requestId = taken.requestId ?? randomUUID()
      input = taken.rest
      if (running.has(requestId)) return invalid('desk.call.requestIdBusy', { requestId })
    }

    const parsed = spec.request.safeParse(input)
    if (!parsed.success) return invalid('desk.call.invalid', { detail: describeIssues(parsed.error) })

    const controller = requestId === undefined ? undefined : new AbortController()
    if (requestId !== undefined && controller) running.set(requestId, controller)
    try {
      let value: unknown
      if (own) {
        value = cancel((parsed.data as { requestId: string }).requestId)
      } else if (requestId !== undefined && controller) {
        value = await (handlers[name as keyof typeof handlers] as LongHandler)(parsed.data, longRun(name, requestId, controller.signal))
      } else {
        value = await (handlers[name as keyof typeof handlers] as ShortHandler)(parsed.data)
      }
      // The quick check first (shared/contract/fastAccept.ts): a handler's answer is nearly always
      // already in the contract's form, and zod's parse of a 2,000-offer search held main 25–100 ms.
      const checked = acceptOrParse(spec.response, value)
      if (!checked.success) {
        log.error('handler returned a value outside the contract', { call: name, issues: describeIssues(checked.error) })
        return internal()
      }
      const shown = redactSecretsDeep(checked.data)
      // Masking changed the answer: it must still keep the contract, or the window gets nothing.
      if (shown !== checked.data && !acceptOrParse(spec.response, shown).success) {
        log.error('answer no longer fits the contract once a secret in it was masked', { call: name })
        return internal()
      }
      return { ok: true, value: shown }
    } catch (error) {
      if (error instanceof DeskFailure) return { ok: false, error: redactSecretsDeep(error.error) }
      if (controller?.signal.aborted) return cancelled()
      log.error('handler failed', { call: name, error })
      return internal()
    } finally {
      if (requestId !== undefined) running.delete(requestId)
    }
  }

  function longRun(call: string, requestId: string, signal: AbortSignal): LongCallRun {
    const startedAt = now()
    return {
      requestId,
      signal,
      progress: (step) => {
        // A step reported after the answer (or after cancel) would contradict what the window has.
        if (running.get(requestId)?.signal !== signal || signal.aborted) return
        deps.hub?.emit('progress', { ...step, requestId, call, elapsedMs: Math.max(0, now() - startedAt) })
      }
    }
  }
}

type ShortHandler = (request: unknown) => unknown
type LongHandler = (request: unknown, run: LongCallRun) => unknown

/** The reason a cancelled run's signal carries (what `signal.throwIfAborted()` throws). */
export class CancelledRun extends Error {
  constructor(readonly requestId: string) {
    super(`The call ${requestId} was cancelled.`)
    this.name = 'AbortError'
  }
}

function takeRequestId(input: unknown): { ok: true; requestId?: string; rest: unknown } | { ok: false; message: string } {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !Object.hasOwn(input, 'requestId')) {
    return { ok: true, rest: input }
  }
  const { requestId, ...rest } = input as Record<string, unknown>
  const parsed = RequestId.safeParse(requestId)
  if (!parsed.success) return { ok: false, message: `requestId: ${parsed.error.issues[0]?.message ?? 'not an id'}` }
  return { ok: true, requestId: parsed.data, rest }
}

function invalid(key: MessageKey, params?: TextParams): Result<never> {
  return { ok: false, error: deskError('validation', key, { ...(params ? { params } : {}), action: 'fix-input' }) }
}

function cancelled(): Result<never> {
  return { ok: false, error: deskError('cancelled', 'desk.call.cancelled') }
}

function internal(): Result<never> {
  return { ok: false, error: deskError('internal', 'desk.call.internal', { action: 'report-bug' }) }
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
