import { gunzipSync } from 'node:zlib'
import type { Sent } from './failures'

/**
 * One HTTP POST, with a deadline, and failures sorted by whether the request can have reached
 * FR24. That distinction decides whether a booking that failed may be tried again (it was never
 * sent) or must first be looked up (it may have gone through).
 */
export type TransportFailureKind = 'timeout' | 'refused' | 'dns' | 'tls' | 'reset' | 'network' | 'truncated' | 'cancelled'

export class TransportError extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    /** 'no' only when we know nothing reached the server. */
    readonly sent: Sent,
    readonly causeCode?: string
  ) {
    super(`${kind}${causeCode ? ` (${causeCode})` : ''}`)
    this.name = 'TransportError'
  }
}

export interface HttpAnswer {
  status: number
  text: string
  /** Bytes as received (compressed when gzip was used). */
  bytes: number
  contentType: string
}

export interface PostOptions {
  fetch: typeof fetch
  url: string
  headers: Record<string, string>
  body: string
  timeoutMs: number
  signal?: AbortSignal
}

export async function postJson(o: PostOptions): Promise<HttpAnswer> {
  if (o.signal?.aborted) throw new TransportError('cancelled', 'no')
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), o.timeoutMs)
  const signal = o.signal ? AbortSignal.any([o.signal, deadline.signal]) : deadline.signal
  const stopped = (): TransportError | undefined => {
    if (deadline.signal.aborted) return new TransportError('timeout', 'maybe')
    if (o.signal?.aborted) return new TransportError('cancelled', 'maybe')
    return undefined
  }
  try {
    let response: Response
    try {
      response = await o.fetch(o.url, { method: 'POST', headers: o.headers, body: o.body, signal })
    } catch (error) {
      throw stopped() ?? classify(error, 'connect')
    }
    let raw: Uint8Array
    try {
      raw = new Uint8Array(await response.arrayBuffer())
    } catch (error) {
      throw stopped() ?? classify(error, 'body')
    }
    const encoding = response.headers.get('content-encoding')
    const declared = response.headers.get('content-length')
    // fetch inflates gzip itself, so the declared length is only comparable for plain bodies.
    if (!encoding && declared !== null && /^\d+$/.test(declared) && Number(declared) !== raw.length) {
      throw new TransportError('truncated', 'maybe', 'CONTENT_LENGTH_MISMATCH')
    }
    const body = isGzip(raw) ? inflate(raw) : raw
    return {
      status: response.status,
      text: new TextDecoder('utf-8').decode(body),
      bytes: declared !== null && /^\d+$/.test(declared) ? Number(declared) : raw.length,
      contentType: response.headers.get('content-type') ?? ''
    }
  } finally {
    clearTimeout(timer)
  }
}

// Some fetch implementations hand back gzip bytes untouched when the header is missing or odd.
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

function inflate(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes)
  } catch {
    throw new TransportError('truncated', 'maybe', 'GZIP_INCOMPLETE')
  }
}

const TLS_CODE = /^(ERR_TLS|ERR_SSL|ERR_OSSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/

function classify(error: unknown, phase: 'connect' | 'body'): TransportError {
  const codes = causeCodes(error)
  const first = codes[0]
  if (phase === 'body') return new TransportError('truncated', 'maybe', first ?? 'BODY_INTERRUPTED')
  if (codes.includes('ECONNREFUSED')) return new TransportError('refused', 'no', 'ECONNREFUSED')
  const dns = codes.find((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN')
  if (dns) return new TransportError('dns', 'no', dns)
  const tls = codes.find((c) => TLS_CODE.test(c))
  if (tls) return new TransportError('tls', 'no', tls)
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) return new TransportError('timeout', 'no', 'UND_ERR_CONNECT_TIMEOUT')
  const reset = codes.find((c) => ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'].includes(c))
  if (reset) return new TransportError('reset', 'maybe', reset)
  return new TransportError('network', 'maybe', first)
}

/** Error codes along the `cause` chain (undici wraps the socket error in "fetch failed"). */
function causeCodes(error: unknown): string[] {
  const out: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') out.push(code)
    const errors = (current as { errors?: unknown }).errors
    if (Array.isArray(errors)) {
      for (const e of errors) {
        const c = (e as { code?: unknown } | null)?.code
        if (typeof c === 'string') out.push(c)
      }
    }
    current = (current as { cause?: unknown }).cause
  }
  return out
}
