import { isTransientCode } from './codes'
import { Fr24Error } from './errors'
import { TransportError } from './http'
import type { EndpointName } from './policy'
import type { WireOutcome } from './wireLog'

/**
 * What a failure means for the call in flight: may FR24 have acted on it (then a write is
 * uncertain), and may a read simply be sent again.
 */

/** Errors we know happened before FR24 could see the request. */
const notSent = new WeakMap<Fr24Error, boolean>()

export function fromTransport(endpoint: EndpointName, caught: unknown, timeoutMs: number): Fr24Error {
  if (!(caught instanceof TransportError)) return internalError(endpoint, caught)
  const d: ConstructorParameters<typeof Fr24Error>[0] = {
    kind: caught.kind,
    endpoint,
    message: `FR24 ${endpoint}: ${caught.message}`
  }
  if (caught.causeCode) d.cause = caught.causeCode
  if (caught.kind === 'timeout') d.timeoutMs = timeoutMs
  const error = new Fr24Error(d)
  notSent.set(error, !caught.maybeSent)
  return error
}

export function internalError(endpoint: EndpointName, caught: unknown): Fr24Error {
  return new Fr24Error({
    kind: 'network',
    endpoint,
    message: `FR24 ${endpoint}: ${caught instanceof Error ? caught.message : String(caught)}`
  })
}

/** Could FR24 have carried out the request even though we have no usable answer? */
export function mayHaveActed(error: Fr24Error): boolean {
  if (notSent.get(error)) return false
  switch (error.kind) {
    case 'fr24':
    case 'credentials':
    case 'invalid-request':
    case 'refused':
    case 'dns':
    case 'tls':
      return false
    case 'http':
      return (error.status ?? 0) >= 500
    default:
      return true
  }
}

export function retryable(error: Fr24Error): boolean {
  switch (error.kind) {
    case 'fr24':
      return isTransientCode(error.code ?? '')
    case 'http':
      return error.status === 429 || (error.status ?? 0) >= 500
    case 'refused':
    case 'reset':
    case 'network':
    case 'truncated':
      return true
    case 'timeout':
      // A connect timeout never reached FR24; an answer timeout already cost the agent the full wait.
      return notSent.get(error) === true
    default:
      return false
  }
}

export function outcomeOf(error: Fr24Error): WireOutcome {
  switch (error.kind) {
    case 'fr24':
      return 'fr24-error'
    case 'http':
      return 'http-error'
    case 'timeout':
      return 'timeout'
    case 'truncated':
      return 'truncated'
    case 'not-json':
      return 'not-json'
    case 'shape':
      return 'shape'
    case 'cancelled':
      return 'cancelled'
    default:
      return 'network'
  }
}
