import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
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
  /**
   * A fetch to send with instead of node:http (tests that stand in for FR24 with a function).
   * The desk itself sends with node:http (postWithNode).
   */
  fetch?: typeof fetch
  url: string
  headers: Record<string, string>
  body: string
  timeoutMs: number
  signal?: AbortSignal
}

export async function postJson(o: PostOptions): Promise<HttpAnswer> {
  if (o.signal?.aborted) throw new TransportError('cancelled', 'no')
  return o.fetch ? postWithFetch(o, o.fetch) : postWithNode(o)
}

/**
 * node:http(s), with the gzip body inflated in one step. Not fetch: for a 2,000-offer search
 * (270 KB of gzip, 4.5 MB of JSON) Node's fetch took about twice as long as the same request
 * through node:http, most of it inflating the body chunk by chunk through web streams (issue 10;
 * bench/searchRows.ts measures the desk beside both). It also tells a request that never reached
 * a connected socket (nothing was sent) from one that may have.
 */
function postWithNode(o: PostOptions): Promise<HttpAnswer> {
  return new Promise<HttpAnswer>((resolve, reject) => {
    const url = new URL(o.url)
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    // Until a socket is connected nothing of the request can have left this machine.
    let connected = false
    let responded = false
    let settled = false
    const finish = (): void => {
      settled = true
      clearTimeout(timer)
      o.signal?.removeEventListener('abort', onAbort)
    }
    const fail = (error: TransportError): void => {
      if (settled) return
      finish()
      request.destroy()
      reject(error)
    }
    const timer = setTimeout(() => fail(connected ? new TransportError('timeout', 'maybe') : new TransportError('timeout', 'no', 'CONNECT_TIMEOUT')), o.timeoutMs)
    const onAbort = (): void => fail(new TransportError('cancelled', connected ? 'maybe' : 'no'))
    o.signal?.addEventListener('abort', onAbort, { once: true })

    const request = send(url, { method: 'POST', headers: { ...o.headers, 'Content-Length': String(Buffer.byteLength(o.body, 'utf8')) } }, (response) => {
      responded = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', (error) => fail(classify(error, 'body')))
      // Closed before the whole body came (the server or the network cut it): nothing to read.
      response.on('close', () => {
        if (!response.complete) fail(new TransportError('truncated', 'maybe', 'BODY_INTERRUPTED'))
      })
      response.on('end', () => {
        if (settled) return
        try {
          const answer = readAnswer(response.statusCode ?? 0, header(response.headers['content-type']), header(response.headers['content-length']), Buffer.concat(chunks), true)
          finish()
          // Read on the next turn: inflating and decoding are this task's work already, parsing is the next one's.
          setImmediate(() => resolve(answer))
        } catch (error) {
          fail(error instanceof TransportError ? error : new TransportError('truncated', 'maybe', 'BODY_UNREADABLE'))
        }
      })
    })
    request.on('socket', (socket) => {
      // A kept-alive socket did all this before. A new one says when it is connected; over TLS,
      // nothing of the request leaves before the handshake is done.
      if (request.reusedSocket) connected = true
      else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => (connected = true))
    })
    request.on('error', (error) => fail(responded ? classify(error, 'body') : classify(error, 'connect')))
    request.end(o.body)
  })
}

function header(value: string | string[] | undefined): string | null {
  if (value === undefined) return null
  return Array.isArray(value) ? value.join(', ') : value
}

/**
 * The answer from its raw bytes. `comparable`: the bytes are the body as sent (node:http), so a
 * declared length must match them whatever the encoding; fetch inflates gzip itself, after which
 * only a plain body's length can be compared.
 */
function readAnswer(status: number, contentType: string | null, declared: string | null, raw: Uint8Array, comparable: boolean): HttpAnswer {
  const length = declared !== null && /^\d+$/.test(declared) ? Number(declared) : undefined
  if (comparable && length !== undefined && length !== raw.length) throw new TransportError('truncated', 'maybe', 'CONTENT_LENGTH_MISMATCH')
  const body = isGzip(raw) ? inflate(raw) : raw
  return {
    status,
    text: new TextDecoder('utf-8').decode(body),
    bytes: length ?? raw.length,
    contentType: contentType ?? ''
  }
}

async function postWithFetch(o: PostOptions, fetchWith: typeof fetch): Promise<HttpAnswer> {
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
      response = await fetchWith(o.url, { method: 'POST', headers: o.headers, body: o.body, signal })
    } catch (error) {
      throw stopped() ?? classify(error, 'connect')
    }
    let raw: Uint8Array
    try {
      raw = new Uint8Array(await response.arrayBuffer())
    } catch (error) {
      throw stopped() ?? classify(error, 'body')
    }
    // fetch inflates gzip itself, so the declared length is only comparable for plain bodies.
    return readAnswer(response.status, response.headers.get('content-type'), response.headers.get('content-length'), raw, !response.headers.get('content-encoding'))
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

// EPROTO: node:https's word for a handshake that failed (e.g. TLS spoken to a plain HTTP port).
const TLS_CODE = /^(ERR_TLS|ERR_SSL|ERR_OSSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|EPROTO$)/

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
