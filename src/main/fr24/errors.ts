import type { NextAction } from '../../shared/errors'
import { redact } from '../util/redact'
import { actionForCode } from './codes'
import type { EndpointName } from './policy'

/**
 * Every way an FR24 call can fail, kept apart because each asks something different of the agent.
 * Connection problems are split by whether the request can have reached FR24: `refused`, `dns`
 * and `tls` fail before anything is sent; the others may come after FR24 acted on it.
 */
export type Fr24FailureKind =
  | 'fr24' // FR24 answered with a code other than success
  | 'http' // an HTTP status other than 2xx
  | 'timeout'
  | 'refused'
  | 'dns'
  | 'tls'
  | 'reset'
  | 'network'
  | 'truncated' // the answer stopped part-way
  | 'not-json'
  | 'shape' // JSON, but without what we need to carry on
  | 'cancelled'
  | 'credentials' // missing credentials or an AES key of the wrong length
  | 'invalid-request' // our own request failed its schema; nothing was sent

export interface Fr24ErrorDetails {
  kind: Fr24FailureKind
  endpoint: EndpointName | 'orderChangeInforming'
  message: string
  code?: string
  fr24Message?: string
  traceId?: string
  status?: number
  /** The call changes something at FR24 and we do not know whether it did. */
  uncertain?: boolean
  /** Fields named by a failed request check or a missing answer field. */
  fields?: string[]
  timeoutMs?: number
  /** Low-level cause code (ECONNRESET, CERT_HAS_EXPIRED…). */
  cause?: string
  /** Overrides the action the kind and code would give. */
  action?: NextAction
}

export class Fr24Error extends Error {
  readonly kind: Fr24FailureKind
  readonly endpoint: Fr24ErrorDetails['endpoint']
  readonly code?: string
  readonly fr24Message?: string
  readonly traceId?: string
  readonly status?: number
  readonly uncertain: boolean
  readonly fields?: string[]
  readonly timeoutMs?: number
  readonly causeCode?: string
  readonly action: NextAction | undefined
  private readonly chosenAction: NextAction | undefined

  constructor(d: Fr24ErrorDetails) {
    super(redact(d.message))
    this.name = 'Fr24Error'
    this.kind = d.kind
    this.endpoint = d.endpoint
    if (d.code !== undefined) this.code = d.code
    if (d.fr24Message !== undefined) this.fr24Message = redact(d.fr24Message)
    // FR24 writes the traceId too, and may quote the keys in it like in its message.
    if (d.traceId) this.traceId = redact(d.traceId)
    if (d.status !== undefined) this.status = d.status
    this.uncertain = d.uncertain === true
    if (d.fields) this.fields = d.fields
    if (d.timeoutMs !== undefined) this.timeoutMs = d.timeoutMs
    if (d.cause !== undefined) this.causeCode = d.cause
    this.action = this.uncertain ? 'check-order' : (d.action ?? defaultAction(d))
    this.chosenAction = d.action
  }

  /** The same failure, now known to have left the outcome of a write open. */
  asUncertain(): Fr24Error {
    return new Fr24Error({ ...this.details(), uncertain: true })
  }

  details(): Fr24ErrorDetails {
    const d: Fr24ErrorDetails = { kind: this.kind, endpoint: this.endpoint, message: this.message }
    if (this.code !== undefined) d.code = this.code
    if (this.fr24Message !== undefined) d.fr24Message = this.fr24Message
    if (this.traceId !== undefined) d.traceId = this.traceId
    if (this.status !== undefined) d.status = this.status
    if (this.uncertain) d.uncertain = true
    if (this.fields) d.fields = this.fields
    if (this.timeoutMs !== undefined) d.timeoutMs = this.timeoutMs
    if (this.causeCode !== undefined) d.cause = this.causeCode
    if (this.chosenAction !== undefined) d.action = this.chosenAction
    return d
  }
}

function defaultAction(d: Fr24ErrorDetails): NextAction | undefined {
  switch (d.kind) {
    case 'fr24':
      return actionForCode(d.code ?? '')
    case 'http':
      if (d.status === 401 || d.status === 403) return 'check-credentials'
      if (d.status === 429 || (d.status ?? 0) >= 500) return 'retry-later'
      return 'report-bug'
    case 'timeout':
    case 'refused':
    case 'dns':
    case 'not-json':
      return 'retry-later'
    case 'reset':
    case 'network':
    case 'truncated':
      return 'retry-now'
    case 'tls':
      return 'contact-fr24'
    case 'shape':
      return 'report-bug'
    case 'credentials':
      return 'check-credentials'
    case 'invalid-request':
      return 'fix-input'
    case 'cancelled':
      return undefined
  }
}
