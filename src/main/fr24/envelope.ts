import { Fr24Error } from './errors'
import type { HttpAnswer } from './http'
import { parseJsonText } from './json'
import type { EndpointName } from './policy'

/** FR24's answer wrapper: `{ traceId, code, message, processingTime, data }`. */
export interface Envelope {
  code: string
  message: string
  traceId: string
  processingTime?: number
  data: unknown
}

/** Reads the wrapper; an unreadable body becomes the failure that says why. */
export function readEnvelope(endpoint: EndpointName, answer: HttpAnswer): Envelope {
  let json: unknown
  try {
    json = parseJsonText(answer.text)
  } catch {
    if (answer.status < 200 || answer.status > 299) throw httpError(endpoint, answer)
    const cut = looksCut(answer.text)
    throw new Fr24Error({
      kind: cut ? 'truncated' : 'not-json',
      endpoint,
      status: answer.status,
      message: cut ? `FR24 ${endpoint} answer ended part-way` : `FR24 ${endpoint} answer is not JSON (${answer.contentType || 'no content type'})`,
      cause: cut ? 'JSON_CUT' : 'NOT_JSON'
    })
  }
  const record = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined
  const code = record?.code
  if (typeof code !== 'string' && typeof code !== 'number') {
    if (answer.status < 200 || answer.status > 299) throw httpError(endpoint, answer)
    throw new Fr24Error({ kind: 'shape', endpoint, status: answer.status, message: `FR24 ${endpoint} answer has no code`, fields: ['code'] })
  }
  const envelope: Envelope = {
    code: String(code).trim(),
    message: typeof record?.message === 'string' ? record.message : '',
    traceId: typeof record?.traceId === 'string' ? record.traceId : '',
    data: record?.data
  }
  if (typeof record?.processingTime === 'number') envelope.processingTime = record.processingTime
  return envelope
}

/** A JSON text that stops inside an object, array or string was cut, not malformed. */
function looksCut(text: string): boolean {
  const t = text.trim()
  if (!t.startsWith('{') && !t.startsWith('[')) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < t.length; i++) {
    const c = t[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
  }
  return inString || depth > 0
}

export function httpError(endpoint: EndpointName, answer: HttpAnswer, traceId?: string): Fr24Error {
  const d: ConstructorParameters<typeof Fr24Error>[0] = {
    kind: 'http',
    endpoint,
    status: answer.status,
    message: `FR24 ${endpoint} answered HTTP ${answer.status}`
  }
  if (traceId) d.traceId = traceId
  return new Fr24Error(d)
}
