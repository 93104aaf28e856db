import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import type { Logger } from '../../util/log'
import { brotliDecompress, gunzip, gzip, inflate } from 'node:zlib'
import { authenticate } from './auth'
import { type SandboxControl, UnknownControl } from '../control/control'
import type { SandboxCore } from '../state/core'
import { envelope, traceId, type Envelope } from './envelope'
import { Code, SandboxFault } from './errors'
import type { FaultRule } from './faults'
import { settleAll } from '../operations/lifecycle'
import { operationFor } from '../operations/table'

/**
 * The HTTP face: POST /api/new/<operation>(.do), FR24's envelope, gzip both
 * ways, header names in any case. Everything between reading the body and
 * writing the answer that touches state runs synchronously in one turn of
 * the event loop, so concurrent requests are simply processed one after
 * the other; the answer is sent only once the change is saved.
 */

const MAX_BODY_BYTES = 12 * 1024 * 1024 // a 5 MB fileUpload in Base64, with room
const gunzipAsync = promisify(gunzip)
const inflateAsync = promisify(inflate)
const brotliAsync = promisify(brotliDecompress)
const gzipAsync = promisify(gzip)

export interface ServerDeps {
  core: SandboxCore
  control: SandboxControl
  /** Token for /__control/*; without one the HTTP control API does not exist. */
  controlToken?: string
  /** Where unexpected failures are reported: the desk's one Logger shape (util/log.ts). */
  log?: Logger
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new BodyError(413, 'request body too large')
    chunks.push(chunk as Buffer)
  }
  const raw = Buffer.concat(chunks)
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase().trim()
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return await gunzipAsync(raw)
    if (encoding === 'deflate') return await inflateAsync(raw)
    if (encoding === 'br') return await brotliAsync(raw)
  } catch {
    throw new BodyError(200, `request body is not valid ${encoding}`)
  }
  return raw
}

function wantsGzip(req: IncomingMessage): boolean {
  const accept = String(req.headers['accept-encoding'] ?? '')
  return accept.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0)
  })
}

async function send(req: IncomingMessage, res: ServerResponse, status: number, text: string, type = 'application/json;charset=UTF-8'): Promise<void> {
  let body = Buffer.from(text, 'utf8')
  const headers: Record<string, string | number> = { 'Content-Type': type }
  if (wantsGzip(req)) {
    body = await gzipAsync(body)
    headers['Content-Encoding'] = 'gzip'
  }
  headers['Content-Length'] = body.length
  headers.Vary = 'Accept-Encoding'
  res.writeHead(status, headers)
  res.end(body)
}

function cut(res: ServerResponse): void {
  res.socket?.destroy()
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function createSandboxServer(deps: ServerDeps): Server {
  const server = createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      deps.log?.error('sandbox: unexpected failure', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json;charset=UTF-8' })
        res.end(JSON.stringify({ traceId: '', code: Code.systemError, message: 'system error', processingTime: 0, data: null }))
      } else cut(res)
    })
  })
  server.keepAliveTimeout = 5_000
  return server
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now()
  const path = new URL(req.url ?? '/', 'http://sandbox').pathname
  if (path.startsWith('/__control/')) return controlRequest(deps, req, res, path.slice('/__control/'.length))

  const { core } = deps
  const match = /^\/api\/new\/([A-Za-z]+)(?:\.do)?\/?$/.exec(path)
  const op = match ? operationFor(match[1] as string) : undefined
  if (!op) {
    const what = match?.[1]?.toLowerCase() === 'orderchangeinforming' ? 'orderChangeInforming is hosted by the partner, not by FR24' : `unknown path ${path}`
    await send(req, res, 404, JSON.stringify(envelope('', Code.badParameter, what, started, null)))
    return
  }
  const trace = traceId(op.trace, core.now())
  const answer = (code: string, message: string, data: unknown): Envelope => envelope(trace, code, message, started, data)
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST')
    await send(req, res, 405, JSON.stringify(answer(Code.badParameter, 'use POST', null)))
    return
  }

  let raw: Buffer
  try {
    raw = await readBody(req)
  } catch (error) {
    if (!(error instanceof BodyError)) throw error
    await send(req, res, error.status, JSON.stringify(answer(Code.badParameter, `parameter error: ${error.message}`, null)))
    return
  }

  const faults = deps.control.faults.take(op.name)
  for (const f of faults) if (f.kind === 'latency') await sleep(f.latencyMs ?? 1_000)
  const fault = faults.find((f) => f.kind !== 'latency')
  if (fault && (await faultBeforeWork(req, res, fault, answer))) return

  let result: Envelope
  try {
    let body: unknown
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      throw new SandboxFault(Code.badParameter, 'parameter error: body is not valid JSON')
    }
    authenticate(core, req.headers, body)
    // From here to the end of run() nothing awaits: one request's check-and-change is never interleaved with another's.
    settleAll(core)
    const data = op.run(core, body)
    result = answer(Code.ok, 'success', data ?? {})
    deps.control.notifier.collect()
  } catch (error) {
    if (!(error instanceof SandboxFault)) {
      deps.log?.error('sandbox: operation failed', { operation: op.name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      result = answer(Code.systemError, 'system error', null)
    } else result = answer(error.code, error.message, null)
  }
  await core.flush()

  if (fault?.kind === 'dropAfter') return cut(res)
  if (fault?.kind === 'code' && fault.commit) result = answer(fault.code ?? Code.systemError, fault.message ?? 'injected failure', null)
  let text = JSON.stringify(result)
  if (fault?.kind === 'truncated') text = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
  await send(req, res, 200, text)
}

/** Faults that stop a request before it changes anything. Returns true when the answer is already sent. */
async function faultBeforeWork(req: IncomingMessage, res: ServerResponse, f: FaultRule, answer: (code: string, message: string, data: unknown) => Envelope): Promise<boolean> {
  switch (f.kind) {
    case 'dropBefore':
      cut(res)
      return true
    case 'http': {
      const status = f.status ?? 502
      await send(req, res, status, `<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1></body></html>`, 'text/html;charset=UTF-8')
      return true
    }
    case 'rateLimit':
      res.setHeader('Retry-After', '1')
      await send(req, res, 429, JSON.stringify(answer(Code.rateLimited, f.message ?? 'rate limited: too many requests', null)))
      return true
    case 'malformed':
      await send(req, res, 200, '<html><body>upstream error</body></html>', 'application/json;charset=UTF-8')
      return true
    case 'code':
      if (f.commit) return false
      await send(req, res, 200, JSON.stringify(answer(f.code ?? Code.systemError, f.message ?? 'injected failure', null)))
      return true
    default:
      return false
  }
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function controlRequest(deps: ServerDeps, req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  // Without a configured token the control API is not there at all.
  if (!deps.controlToken) {
    await send(req, res, 404, JSON.stringify({ ok: false, error: 'not found' }))
    return
  }
  const given = req.headers['x-sandbox-control-token']
  if (!tokenMatches(Array.isArray(given) ? given[0] : given, deps.controlToken)) {
    await send(req, res, 401, JSON.stringify({ ok: false, error: 'control token missing or wrong (header X-Sandbox-Control-Token)' }))
    return
  }
  if (req.method !== 'POST') {
    await send(req, res, 405, JSON.stringify({ ok: false, error: 'use POST' }))
    return
  }
  try {
    const raw = (await readBody(req)).toString('utf8').trim()
    const params = raw === '' ? {} : (JSON.parse(raw) as unknown)
    if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new Error('parameters must be a JSON object')
    const result = await deps.control.call(name, params as Record<string, unknown>)
    await send(req, res, 200, JSON.stringify({ ok: true, result }))
  } catch (error) {
    const status = error instanceof UnknownControl ? 404 : 400
    await send(req, res, status, JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }))
  }
}
