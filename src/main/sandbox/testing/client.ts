import { request, type IncomingHttpHeaders } from 'node:http'
import { gunzipSync, gzipSync } from 'node:zlib'

/**
 * A deliberately small FR24 client for the sandbox's tests. It signs and
 * encrypts with WebCrypto — a different code path from the sandbox's
 * node:crypto calls and from src/main/fr24 — so a mistake in any one of
 * them shows up as a failing test instead of agreeing with itself.
 */

/** JSON as it comes off the wire; the tests' assertions are its type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately loose: answers are asserted field by field
export type Wire = any

export interface Credentials {
  appKey: string
  appSecret: string
  aesKey: string
}

export interface CallOptions {
  /** Extra or replacement headers, names sent exactly as written. */
  headers?: Record<string, string>
  /** Leave out the appKey header. */
  noAppKey?: boolean
  /** Replace the authentication object (null = leave it out). */
  authentication?: unknown
  /** Unix seconds to sign with instead of now. */
  timestamp?: string
  /** Send this text as the body instead of JSON. */
  raw?: string
  gzipRequest?: boolean
  acceptGzip?: boolean
  /** Path instead of /api/new/<op>.do. */
  path?: string
  method?: string
}

export interface Answer<T = Wire> {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json: Wire
  code: string
  message: string
  traceId: string
  data: T
}

const hex = (bytes: ArrayBuffer): string => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')

export async function webSign(appKey: string, appSecret: string, timestamp: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-512', new TextEncoder().encode(appKey + appSecret + timestamp)))
}

export async function webEncrypt(plaintext: string, aesKey: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(aesKey), { name: 'AES-CBC' }, false, ['encrypt'])
  const cipher = await crypto.subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, key, new TextEncoder().encode(plaintext))
  return Buffer.from(cipher).toString('base64')
}

export class TestClient {
  constructor(
    readonly baseUrl: string,
    readonly credentials: Credentials,
    /** Unix seconds the client believes it is (tests share the sandbox's injected clock). */
    readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000)
  ) {}

  async authentication(timestamp?: string): Promise<{ sign: string; timestamp: string }> {
    const stamp = timestamp ?? String(this.nowSeconds())
    return { sign: await webSign(this.credentials.appKey, this.credentials.appSecret, stamp), timestamp: stamp }
  }

  encryptPassengers(passengers: unknown): Promise<string> {
    return webEncrypt(JSON.stringify(passengers), this.credentials.aesKey)
  }

  async call<T = Wire>(op: string, body: Record<string, unknown> = {}, options: CallOptions = {}): Promise<Answer<T>> {
    const auth = options.authentication !== undefined ? options.authentication : await this.authentication(options.timestamp)
    const payload = options.raw ?? JSON.stringify(auth === null ? body : { authentication: auth, ...body })
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' }
    if (!options.noAppKey) headers.appKey = this.credentials.appKey
    if (options.acceptGzip !== false) headers['Accept-Encoding'] = 'gzip'
    let bytes = Buffer.from(payload, 'utf8')
    if (options.gzipRequest) {
      bytes = gzipSync(bytes)
      headers['Content-Encoding'] = 'gzip'
    }
    Object.assign(headers, options.headers)
    const raw = await send(`${this.baseUrl}${options.path ?? `/api/new/${op}.do`}`, options.method ?? 'POST', headers, bytes)
    const text = (raw.headers['content-encoding'] === 'gzip' ? gunzipSync(raw.body) : raw.body).toString('utf8')
    let json: Wire
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: raw.status, headers: raw.headers, text, json, code: json?.code, message: json?.message, traceId: json?.traceId, data: json?.data }
  }

  /** The data of a successful call; anything else throws with the code in the message. */
  async ok<T = Wire>(op: string, body: Record<string, unknown> = {}, options: CallOptions = {}): Promise<T> {
    const answer = await this.call<T>(op, body, options)
    if (answer.code !== '000000') throw new Error(`${op} answered ${answer.code}: ${answer.message}`)
    return answer.data
  }
}

export function send(url: string, method: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, 'Content-Length': String(body.length) }, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
      res.on('aborted', () => reject(new Error('response aborted')))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** POST /__control/<op> with the token header; returns the parsed answer. */
export async function controlCall(baseUrl: string, token: string | undefined, op: string, params: unknown = {}): Promise<{ status: number; json: Wire }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token !== undefined) headers['X-Sandbox-Control-Token'] = token
  const raw = await send(`${baseUrl}/__control/${op}`, 'POST', headers, Buffer.from(JSON.stringify(params)))
  return { status: raw.status, json: JSON.parse(raw.body.toString('utf8')) }
}
