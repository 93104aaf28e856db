import type { NextAction } from '../../shared/errors'
import type { MessageKey, TextParams } from '../../shared/text'
import { redact } from '../util/redact'
import { defaultActionOf, FAILURES, type Fr24FailureKind, type Sent } from './failures'
import { TransportError } from './http'
import type { EndpointName } from './policy'

export type { Fr24FailureKind, Sent } from './failures'

/**
 * Words chosen by whoever raised the failure (the keychain's own sentence for a credentials
 * failure), used instead of the table's sentence for the kind.
 */
export interface Fr24Text {
  key: MessageKey
  params?: TextParams
}

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
  /** Whether the request can have reached FR24; the kind's usual answer when not given. */
  sent?: Sent
  /** Overrides the kind's sentence. */
  text?: Fr24Text
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
  readonly sent: Sent
  readonly text?: Fr24Text
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
    this.sent = d.sent ?? FAILURES[d.kind].sent
    if (d.text) this.text = d.text
    this.action = this.uncertain ? 'check-order' : (d.action ?? defaultActionOf({ ...d, sent: this.sent }))
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
    d.sent = this.sent
    if (this.text) d.text = this.text
    return d
  }
}

/** A transport failure of one call, keeping what it knows about whether the request left. */
export function fromTransport(endpoint: EndpointName, caught: unknown, timeoutMs: number): Fr24Error {
  if (!(caught instanceof TransportError)) return internalError(endpoint, caught)
  const d: Fr24ErrorDetails = { kind: caught.kind, endpoint, message: `FR24 ${endpoint}: ${caught.message}`, sent: caught.sent }
  if (caught.causeCode) d.cause = caught.causeCode
  if (caught.kind === 'timeout') d.timeoutMs = timeoutMs
  return new Fr24Error(d)
}

/** Something our own code threw during a call: a fault to report, never a network problem. */
export function internalError(endpoint: EndpointName, caught: unknown): Fr24Error {
  const detail = caught instanceof Error ? caught.message : String(caught)
  return new Fr24Error({ kind: 'internal', endpoint, message: detail, cause: caught instanceof Error ? caught.name : 'THROWN' })
}
