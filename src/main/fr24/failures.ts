import type { ErrorKind, NextAction } from '../../shared/errors'
import type { MessageKey, TextParams } from '../../shared/text'
import { actionForCode, isTransientCode } from './codes'
import type { WireOutcome } from './wireLog'

/**
 * Every way an FR24 call can fail, and what each means, in one table: what the wire log records,
 * what kind of error the agent sees, the code for support, what to do next, whether a read may
 * simply be sent again, whether a write may have been carried out, and the sentence that says it.
 * The table is a Record over the kinds, so a new kind does not compile until its row is written.
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
  | 'internal' // a fault in our own code during the call (a TypeError, a schema that throws)

/**
 * Whether the request can have reached FR24: 'no' when we know nothing left (connection refused,
 * no DNS answer, the request failed our own check), 'maybe' otherwise.
 */
export type Sent = 'no' | 'maybe'

/** What a row may look at to decide. */
export interface FailureFacts {
  kind: Fr24FailureKind
  code?: string
  status?: number
  sent: Sent
  action?: NextAction
}

type By<T> = T | ((f: FailureFacts) => T)

/** What a sentence may quote (the Fr24Error has all of it). */
export interface SentenceFacts extends FailureFacts {
  message: string
  fr24Message?: string
  timeoutMs?: number
  causeCode?: string
  fields?: string[]
}

export interface FailureRow {
  outcome: WireOutcome
  deskKind: By<ErrorKind>
  code: By<string>
  /** The next action when nothing more specific was given. */
  action: By<NextAction | undefined>
  /** A read may be sent again straight away. */
  retryable: By<boolean>
  /** FR24 may have carried out the request (only asked when `sent` is 'maybe'). */
  mayHaveActed: By<boolean>
  /** What `sent` is when whoever raised the failure did not know better. */
  sent: Sent
  /** The sentence the agent reads; `{{operation}}` is always filled, the rest by `fills`. */
  message: MessageKey
  fills?: (f: SentenceFacts) => TextParams
  /** For a write left uncertain: why its answer was lost. */
  lost: MessageKey
}

const authStatus = (status: number | undefined): boolean => status === 401 || status === 403
const busyStatus = (status: number | undefined): boolean => status === 429 || (status ?? 0) >= 500

export const FAILURES: Readonly<Record<Fr24FailureKind, FailureRow>> = {
  fr24: {
    outcome: 'fr24-error',
    deskKind: (f) => (f.action === 'check-credentials' ? 'auth' : 'fr24'),
    code: (f) => f.code ?? 'FR24',
    action: (f) => actionForCode(f.code ?? ''),
    retryable: (f) => isTransientCode(f.code ?? ''),
    // FR24 answered and said no: it did not carry the request out.
    mayHaveActed: false,
    sent: 'maybe',
    message: 'fr24.failure.fr24',
    fills: (f) => ({ fr24Message: f.fr24Message || { key: 'fr24.noReason' }, code: f.code ?? '?' }),
    lost: 'fr24.lost.other'
  },
  http: {
    outcome: 'http-error',
    deskKind: (f) => (authStatus(f.status) ? 'auth' : 'network'),
    code: (f) => `HTTP_${f.status ?? 0}`,
    action: (f) => (authStatus(f.status) ? 'check-credentials' : busyStatus(f.status) ? 'retry-later' : 'report-bug'),
    retryable: (f) => busyStatus(f.status),
    // A 5xx is trouble on the way (fr24-inferences T4): what stood behind it may have acted.
    mayHaveActed: (f) => (f.status ?? 0) >= 500,
    sent: 'maybe',
    message: 'fr24.failure.http',
    fills: (f) => ({ status: f.status ?? '?' }),
    lost: 'fr24.lost.http'
  },
  timeout: {
    outcome: 'timeout',
    deskKind: 'network',
    code: 'TIMEOUT',
    action: 'retry-later',
    // A connect timeout never reached FR24; an answer timeout already cost the agent the full wait.
    retryable: (f) => f.sent === 'no',
    mayHaveActed: true,
    sent: 'maybe',
    message: 'fr24.failure.timeout',
    fills: (f) => ({ seconds: Math.round((f.timeoutMs ?? 0) / 1000) }),
    lost: 'fr24.lost.timeout'
  },
  refused: {
    outcome: 'network',
    deskKind: 'network',
    code: 'CONNECTION_REFUSED',
    action: 'retry-later',
    retryable: true,
    mayHaveActed: false,
    sent: 'no',
    message: 'fr24.failure.refused',
    lost: 'fr24.lost.other'
  },
  dns: {
    outcome: 'network',
    deskKind: 'network',
    code: 'DNS',
    action: 'retry-later',
    retryable: false,
    mayHaveActed: false,
    sent: 'no',
    message: 'fr24.failure.dns',
    lost: 'fr24.lost.other'
  },
  tls: {
    outcome: 'network',
    deskKind: 'network',
    code: 'TLS',
    action: 'contact-fr24',
    retryable: false,
    mayHaveActed: false,
    sent: 'no',
    message: 'fr24.failure.tls',
    fills: (f) => ({ cause: f.causeCode ?? { key: 'fr24.certificateProblem' } }),
    lost: 'fr24.lost.other'
  },
  reset: {
    outcome: 'network',
    deskKind: 'network',
    code: 'CONNECTION_RESET',
    action: 'retry-now',
    retryable: true,
    mayHaveActed: true,
    sent: 'maybe',
    message: 'fr24.failure.broken',
    lost: 'fr24.lost.broken'
  },
  network: {
    outcome: 'network',
    deskKind: 'network',
    code: 'NETWORK',
    action: 'retry-now',
    retryable: true,
    mayHaveActed: true,
    sent: 'maybe',
    message: 'fr24.failure.broken',
    lost: 'fr24.lost.broken'
  },
  truncated: {
    outcome: 'truncated',
    deskKind: 'network',
    code: 'TRUNCATED',
    action: 'retry-now',
    retryable: true,
    mayHaveActed: true,
    sent: 'maybe',
    message: 'fr24.failure.truncated',
    lost: 'fr24.lost.truncated'
  },
  'not-json': {
    outcome: 'not-json',
    deskKind: 'network',
    code: 'NOT_JSON',
    action: 'retry-later',
    retryable: false,
    mayHaveActed: true,
    sent: 'maybe',
    message: 'fr24.failure.not-json',
    lost: 'fr24.lost.not-json'
  },
  shape: {
    outcome: 'shape',
    deskKind: 'fr24',
    code: 'RESPONSE_SHAPE',
    action: 'report-bug',
    retryable: false,
    mayHaveActed: true,
    sent: 'maybe',
    message: 'fr24.failure.shape',
    fills: (f) => ({ fields: f.fields?.join(', ') || { key: 'fr24.requiredData' } }),
    lost: 'fr24.lost.shape'
  },
  cancelled: {
    outcome: 'cancelled',
    // The same kind the dispatcher answers a cancelled long call with: the agent stopped it.
    deskKind: 'cancelled',
    code: 'CANCELLED',
    // The agent stopped it: nothing to suggest.
    action: undefined,
    retryable: false,
    mayHaveActed: true,
    sent: 'maybe',
    message: 'fr24.failure.cancelled',
    lost: 'fr24.lost.cancelled'
  },
  credentials: {
    outcome: 'network',
    deskKind: 'auth',
    code: 'CREDENTIALS',
    action: 'check-credentials',
    retryable: false,
    mayHaveActed: false,
    sent: 'no',
    message: 'fr24.failure.credentials',
    fills: (f) => ({ detail: f.message }),
    lost: 'fr24.lost.other'
  },
  'invalid-request': {
    outcome: 'network',
    deskKind: 'validation',
    code: 'INVALID_REQUEST',
    action: 'fix-input',
    retryable: false,
    mayHaveActed: false,
    sent: 'no',
    message: 'fr24.failure.invalid-request',
    fills: (f) => ({ detail: f.message }),
    lost: 'fr24.lost.other'
  },
  internal: {
    outcome: 'internal',
    deskKind: 'internal',
    code: 'INTERNAL',
    action: 'report-bug',
    // A fault in our code comes back the same way on every try, and is shown as the fault it is,
    // not as a lost answer (issue 9: a bug is never "uncertain").
    retryable: false,
    mayHaveActed: false,
    sent: 'maybe',
    message: 'fr24.failure.internal',
    fills: (f) => ({ detail: f.message }),
    lost: 'fr24.lost.other'
  }
}

function decide<T>(value: By<T>, facts: FailureFacts): T {
  return typeof value === 'function' ? (value as (f: FailureFacts) => T)(facts) : value
}

export const deskKindOf = (f: FailureFacts): ErrorKind => decide(FAILURES[f.kind].deskKind, f)
export const deskCodeOf = (f: FailureFacts): string => decide(FAILURES[f.kind].code, f)
export const defaultActionOf = (f: FailureFacts): NextAction | undefined => decide(FAILURES[f.kind].action, f)
export const retryable = (f: FailureFacts): boolean => decide(FAILURES[f.kind].retryable, f)
export const outcomeOf = (f: FailureFacts): WireOutcome => FAILURES[f.kind].outcome

/** Could FR24 have carried out the request even though we have no usable answer? */
export function mayHaveActed(f: FailureFacts): boolean {
  return f.sent === 'maybe' && decide(FAILURES[f.kind].mayHaveActed, f)
}
