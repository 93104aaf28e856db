import type { DeskError } from '../../shared/errors'
import { redact, redactText } from '../util/redact'
import { Fr24Error, type Fr24ErrorDetails } from './errors'

/**
 * From an FR24 failure to the one error shape that crosses to the renderer: a kind, a sentence a
 * person can read (redacted), a code for support, and what to do next.
 */

/** What each operation is called at the desk, for messages a person reads. */
export const OPERATION_LABEL: Readonly<Record<Fr24ErrorDetails['endpoint'], string>> = {
  shopping: 'flight search',
  pricing: 'price check',
  presaleAncillaryShopping: 'search for extras',
  seatMap: 'seat map',
  booking: 'booking',
  ticketing: 'payment and ticketing',
  orderDetail: 'order lookup',
  postsaleAncillaryShopping: 'search for extra bags',
  ancillaryBooking: 'booking of extras',
  ancillaryPurchase: 'payment for extras',
  ancillaryOrderDetail: 'lookup of the extras order',
  changeReshop: 'search for a change',
  reissueRequest: 'change request',
  refundRequest: 'refund quote',
  refundConfirming: 'refund',
  voidRequest: 'void',
  fileUpload: 'document upload',
  selectBalance: 'balance check',
  payVerify: 'payment check',
  orderChangeInforming: 'FR24 notification'
}

function personMessage(e: Fr24Error): string {
  const op = OPERATION_LABEL[e.endpoint]
  if (e.uncertain) {
    return `The answer to the ${op} was lost (${lossReason(e)}). It may have gone through at FR24: check the order before trying again.`
  }
  switch (e.kind) {
    case 'fr24':
      return `FR24 did not accept the ${op}: ${e.fr24Message || 'no reason given'} (code ${e.code ?? '?'}).`
    case 'http':
      return `FR24 answered the ${op} with HTTP status ${e.status ?? '?'}.`
    case 'timeout':
      return `FR24 did not answer the ${op} within ${Math.round((e.timeoutMs ?? 0) / 1000)} seconds.`
    case 'refused':
      return `Could not connect to FR24 for the ${op}: the connection was refused.`
    case 'dns':
      return `Could not find FR24's server for the ${op}: check the internet connection.`
    case 'tls':
      return `The secure connection to FR24 failed for the ${op} (${e.causeCode ?? 'certificate problem'}).`
    case 'reset':
    case 'network':
      return `The connection to FR24 broke during the ${op}.`
    case 'truncated':
      return `FR24's answer to the ${op} was cut off.`
    case 'not-json':
      return `FR24's answer to the ${op} could not be read (it was not JSON).`
    case 'shape':
      return `FR24's answer to the ${op} lacked ${e.fields?.join(', ') || 'required data'}.`
    case 'cancelled':
      return `The ${op} was cancelled.`
    case 'credentials':
      return e.message
    case 'invalid-request':
      return `The ${op} was not sent: ${e.message}`
  }
}

function lossReason(e: Fr24Error): string {
  switch (e.kind) {
    case 'timeout':
      return 'no answer in time'
    case 'reset':
    case 'network':
      return 'the connection broke'
    case 'truncated':
      return 'the answer was cut off'
    case 'not-json':
      return 'the answer was unreadable'
    case 'shape':
      return 'the answer lacked the order details'
    case 'http':
      return `HTTP status ${e.status ?? '?'}`
    case 'cancelled':
      return 'cancelled after sending'
    default:
      return e.kind
  }
}

function deskKind(e: Fr24Error): DeskError['kind'] {
  if (e.uncertain) return 'uncertain'
  switch (e.kind) {
    case 'fr24':
      return e.action === 'check-credentials' ? 'auth' : 'fr24'
    case 'credentials':
      return 'auth'
    case 'invalid-request':
      return 'validation'
    case 'shape':
      return 'fr24'
    case 'http':
      return e.status === 401 || e.status === 403 ? 'auth' : 'network'
    default:
      return 'network'
  }
}

function deskCode(e: Fr24Error): string {
  switch (e.kind) {
    case 'fr24':
      return e.code ?? 'FR24'
    case 'http':
      return `HTTP_${e.status ?? 0}`
    case 'timeout':
      return 'TIMEOUT'
    case 'refused':
      return 'CONNECTION_REFUSED'
    case 'dns':
      return 'DNS'
    case 'tls':
      return 'TLS'
    case 'reset':
      return 'CONNECTION_RESET'
    case 'network':
      return 'NETWORK'
    case 'truncated':
      return 'TRUNCATED'
    case 'not-json':
      return 'NOT_JSON'
    case 'shape':
      return 'RESPONSE_SHAPE'
    case 'cancelled':
      return 'CANCELLED'
    case 'credentials':
      return 'CREDENTIALS'
    case 'invalid-request':
      return 'INVALID_REQUEST'
  }
}

/**
 * Turns anything thrown by the FR24 layer into the one error shape that crosses to the renderer.
 * Every text FR24 wrote (its message, code and traceId) passes the redaction function: FR24 may
 * echo the keys it was signed with in any of them.
 */
export function toDeskError(error: unknown): DeskError {
  if (error instanceof Fr24Error) {
    const out: DeskError = { kind: deskKind(error), message: redactText(personMessage(error)), code: redactText(deskCode(error)) }
    if (error.traceId) out.traceId = redactText(error.traceId)
    if (error.action) out.action = error.action
    return out
  }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    kind: 'internal',
    message: redact(`Something went wrong in the FR24 connection: ${detail}`),
    action: 'report-bug'
  }
}
