import type { z } from 'zod'
import { DeskError } from '../../shared/errors'
import type { Clock } from '../util/clock'
import type { Logger } from '../util/log'
import { registerSecret } from '../util/redact'
import type { Series } from './chain'
import { isSuccess } from './codes'
import type { DriftReporter } from './drift'
import { readEnvelope, httpError, type Envelope } from './envelope'
import { Fr24Error, fromTransport, internalError } from './errors'
import { mayHaveActed, outcomeOf, retryable } from './failures'
import { postJson, type HttpAnswer } from './http'
import { toJsonText } from './json'
import { POLICY, retryDelay, type EndpointName, type RetryPolicy } from './policy'
import { AesKeyError } from './passengerCrypto'
import { parseLenient } from './schema/lenient'
import { authentication } from './sign'
import type { WireLog, WireOutcome } from './wireLog'

export interface Fr24Credentials {
  appKey: string
  appSecret: string
  aesKey: string
}

/** What every call needs; assembled once by createFr24Client. */
export interface CallContext {
  baseUrl: string
  credentials: () => Promise<Fr24Credentials>
  /** Only when a test stands in for FR24 with a function; otherwise node:http (http.ts). */
  fetch?: typeof fetch
  clock: Clock
  random: () => number
  log: Logger
  wireLog: WireLog
  drift: DriftReporter
  retry: RetryPolicy
  timeouts: Partial<Record<EndpointName, number>>
}

export interface CallOptions {
  signal?: AbortSignal
  /** The previous call of the same flow (see CallChain). */
  series?: Series
}

export interface Fr24Reply<T> {
  data: T
  traceId: string
  message: string
  /** FR24's own processing time, ms. */
  processingTime?: number
  /** Our wall-clock time for the call, ms (what the next call sends as seriesRsTime). */
  elapsedMs: number
}

/** Builds the request fields once credentials are known (booking encrypts passengers here). */
export type Prepare = (credentials: Fr24Credentials) => Record<string, unknown>

export async function callFr24<S extends z.ZodType>(
  ctx: CallContext,
  endpoint: EndpointName,
  prepare: Prepare,
  schema: S,
  options: CallOptions = {}
): Promise<Fr24Reply<z.output<S>>> {
  const policy = POLICY[endpoint]
  const credentials = await loadCredentials(ctx, endpoint)
  // Failures to build the request (bad AES key…) surface here, before any byte is sent.
  const fields = prepareFields(endpoint, prepare, credentials)
  const url = `${ctx.baseUrl.replace(/\/+$/, '')}/api/new/${policy.path}.do`
  const started = ctx.clock.now()
  const attempts = policy.mode === 'read' ? Math.max(1, ctx.retry.attempts) : 1

  for (let attempt = 1; ; attempt++) {
    try {
      const envelope = await attemptOnce(ctx, endpoint, url, credentials, fields, options, attempt)
      const data = readData(ctx, endpoint, envelope)
      // The answer's text was just decoded and parsed in this task (for a 2,000-offer search, tens of
      // ms); checking it is another such stretch. One turn of the event loop between the two keeps
      // other work on main (contract calls, IPC, the tray) from waiting for both (issue 10: ≤ ~50 ms).
      await nextTurn()
      const elapsedMs = ctx.clock.now() - started
      ctx.log.info('fr24 call', { endpoint, traceId: envelope.traceId, code: envelope.code, elapsedMs, attempt })
      const reply: Fr24Reply<z.output<S>> = {
        data: parseData(ctx, endpoint, schema, data, envelope.traceId),
        traceId: envelope.traceId,
        message: envelope.message,
        elapsedMs
      }
      if (envelope.processingTime !== undefined) reply.processingTime = envelope.processingTime
      return reply
    } catch (caught) {
      const error = caught instanceof Fr24Error ? caught : internalError(endpoint, caught)
      const final = policy.mode === 'write' && mayHaveActed(error) ? error.asUncertain() : error
      const again = policy.mode === 'read' && attempt < attempts && retryable(final)
      ctx.log.warn('fr24 call failed', {
        endpoint,
        attempt,
        kind: final.kind,
        code: final.code,
        status: final.status,
        traceId: final.traceId,
        uncertain: final.uncertain,
        willRetry: again
      })
      if (!again) throw final
      await sleep(retryDelay(ctx.retry, attempt, ctx.random), options.signal, endpoint)
    }
  }
}

function prepareFields(endpoint: EndpointName, prepare: Prepare, credentials: Fr24Credentials): Record<string, unknown> {
  try {
    return prepare(credentials)
  } catch (error) {
    if (error instanceof Fr24Error) throw error
    if (error instanceof AesKeyError) {
      throw new Fr24Error({
        kind: 'credentials',
        endpoint,
        message: error.message,
        cause: 'AES_KEY_LENGTH',
        text: { key: 'fr24.credentials.aesKeyLength', params: { bytes: error.byteLength } }
      })
    }
    throw error
  }
}

/** The DeskError a failure carries (the vault throws DeskFailure, whose `error` is one), if it carries one. */
function deskErrorOf(error: unknown): DeskError | undefined {
  if (typeof error !== 'object' || error === null || !('error' in error)) return undefined
  const parsed = DeskError.safeParse(error.error)
  return parsed.success ? parsed.data : undefined
}

async function loadCredentials(ctx: CallContext, endpoint: EndpointName): Promise<Fr24Credentials> {
  let credentials: Fr24Credentials
  try {
    credentials = await ctx.credentials()
  } catch (error) {
    // The keychain's own failure already says what to do (e.g. "unlock the keychain"): keep its words and its action.
    const said = deskErrorOf(error)
    if (said) {
      throw new Fr24Error({
        kind: 'credentials',
        endpoint,
        message: said.message,
        ...(said.action ? { action: said.action } : {}),
        ...(said.messageKey ? { text: { key: said.messageKey, ...(said.params ? { params: said.params } : {}) } } : {})
      })
    }
    const detail = error instanceof Error ? `: ${error.message.replace(/[.\s]+$/, '')}` : ''
    throw new Fr24Error({
      kind: 'credentials',
      endpoint,
      message: `The FR24 credentials could not be read${detail}.`,
      text: { key: 'fr24.credentials.unreadable', params: { detail } }
    })
  }
  if (!credentials?.appKey || !credentials.appSecret) {
    throw new Fr24Error({
      kind: 'credentials',
      endpoint,
      message: 'No FR24 appKey and appSecret are set up for this account.',
      text: { key: 'fr24.credentials.missing' }
    })
  }
  // The appKey too: FR24 echoes it in error messages, and only its last characters are ever shown.
  registerSecret(credentials.appKey)
  registerSecret(credentials.appSecret)
  registerSecret(credentials.aesKey)
  return credentials
}

async function attemptOnce(
  ctx: CallContext,
  endpoint: EndpointName,
  url: string,
  credentials: Fr24Credentials,
  fields: Record<string, unknown>,
  options: CallOptions,
  attempt: number
): Promise<Envelope> {
  const startedAt = ctx.clock.now()
  // A fresh timestamp per attempt: a retry must not fall outside FR24's time window.
  const body = toJsonText({
    authentication: authentication(credentials.appKey, credentials.appSecret, startedAt),
    ...fields,
    ...(options.series ?? {})
  })
  const requestBytes = Buffer.byteLength(body, 'utf8')
  const log = (outcome: WireOutcome, extra: { answer?: HttpAnswer; envelope?: Envelope; error?: Fr24Error }): void => {
    const entry: Parameters<WireLog['add']>[0] = {
      endpoint,
      startedAt,
      durationMs: ctx.clock.now() - startedAt,
      attempt,
      requestBytes,
      outcome
    }
    if (extra.answer) {
      entry.httpStatus = extra.answer.status
      entry.responseBytes = extra.answer.bytes
    }
    const traceId = extra.envelope?.traceId ?? extra.error?.traceId
    if (traceId) entry.traceId = traceId
    const code = extra.envelope?.code ?? extra.error?.code
    if (code !== undefined) entry.code = code
    if (extra.error) {
      entry.cause = extra.error.causeCode ?? (extra.error.status ? `HTTP ${extra.error.status}` : extra.error.kind)
      if (POLICY[endpoint].mode === 'write' && mayHaveActed(extra.error)) entry.uncertain = true
    }
    ctx.wireLog.add(entry)
  }

  let answer: HttpAnswer
  try {
    answer = await postJson({
      ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
      url,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Accept-Encoding': 'gzip',
        appKey: credentials.appKey
      },
      body,
      timeoutMs: ctx.timeouts[endpoint] ?? POLICY[endpoint].timeoutMs,
      ...(options.signal ? { signal: options.signal } : {})
    })
  } catch (caught) {
    const error = fromTransport(endpoint, caught, ctx.timeouts[endpoint] ?? POLICY[endpoint].timeoutMs)
    log(outcomeOf(error), { error })
    throw error
  }

  let envelope: Envelope
  try {
    envelope = readEnvelope(endpoint, answer)
  } catch (caught) {
    const error = caught instanceof Fr24Error ? caught : internalError(endpoint, caught)
    log(outcomeOf(error), { answer, error })
    throw error
  }
  // FR24 answers business errors with HTTP 200 (fr24-inferences T4): a 5xx is trouble on the
  // way, whatever its body says, so a write behind it may have gone through (uncertain).
  if (answer.status >= 500) {
    const error = httpError(endpoint, answer, envelope.traceId)
    log('http-error', { answer, envelope, error })
    throw error
  }
  if (!isSuccess(envelope.code)) {
    const error = new Fr24Error({
      kind: 'fr24',
      endpoint,
      code: envelope.code,
      message: `FR24 ${endpoint} failed with code ${envelope.code}: ${envelope.message}`,
      fr24Message: envelope.message,
      traceId: envelope.traceId,
      status: answer.status
    })
    log('fr24-error', { answer, envelope, error })
    throw error
  }
  if (answer.status < 200 || answer.status > 299) {
    const error = httpError(endpoint, answer, envelope.traceId)
    log('http-error', { answer, envelope, error })
    throw error
  }
  log('ok', { answer, envelope })
  return envelope
}

function readData(ctx: CallContext, endpoint: EndpointName, envelope: Envelope): unknown {
  if (envelope.data !== undefined && envelope.data !== null) return envelope.data
  if (POLICY[endpoint].dataOptional) {
    ctx.drift.report(endpoint, 'data', 'missing')
    return {}
  }
  return envelope.data
}

function parseData<S extends z.ZodType>(ctx: CallContext, endpoint: EndpointName, schema: S, data: unknown, traceId: string): z.output<S> {
  // The data was parsed from this answer's text a moment ago and nothing else holds it: read in place.
  const result = parseLenient(endpoint, schema, data, ctx.drift, { owned: true })
  if (result.ok) return result.value
  throw new Fr24Error({
    kind: 'shape',
    endpoint,
    traceId,
    message: `FR24 ${endpoint} answer lacks ${result.problems.join(', ')}`,
    fields: result.problems
  })
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function sleep(ms: number, signal: AbortSignal | undefined, endpoint: EndpointName): Promise<void> {
  return new Promise((resolve, reject) => {
    // Cancelled while waiting to try again: the next attempt was never sent.
    const cancelled = (): Fr24Error => new Fr24Error({ kind: 'cancelled', endpoint, message: `FR24 ${endpoint} cancelled`, sent: 'no' })
    if (signal?.aborted) return reject(cancelled())
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(cancelled())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
