import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { deskError } from '../../shared/errors'
import type { DeskApp } from '../desk/app'
import { HOST_CSP } from './csp'
import { readStatic } from './staticFiles'

export interface HostOptions {
  app: DeskApp
  rendererDir: string
  port: number
  /** Fixed only in tests that need it; normally random per launch. */
  token?: string
}

export interface RunningHost {
  url: string
  /** The URL to open: carries the per-launch token the page needs to call the desk. */
  openUrl: string
  /**
   * A one-time link for handing to another program (the browser via `--open`): command lines are
   * visible to other local users, so it carries a single-use code, not the token; the first visit
   * is redirected to `openUrl` and the code is spent.
   */
  launchUrl(): string
  port: number
  close(): Promise<void>
}

const MAX_BODY_BYTES = 8 * 1024 * 1024
const LAUNCH_CODE_MS = 2 * 60_000

/**
 * The desk in a browser: the same services and contract as the Electron app, over
 * HTTP (calls) and server-sent events (events), bound to loopback and guarded by a
 * random per-launch token so no other local page can call it.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const root = resolve(options.rendererDir)
  const streams = new Set<ServerResponse>()
  /** One-time launch codes and when they stop working. */
  const launchCodes = new Map<string, number>()

  const unsubscribe = options.app.hub.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const stream of streams) stream.write(frame)
  })

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end('internal error')
    })
  })

  let origin = ''

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not get in.
    if (req.headers.host !== new URL(origin).host) return refuse(res, 421, 'wrong host')
    const url = new URL(req.url ?? '/', origin)

    if (url.pathname.startsWith('/api/')) {
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return refuse(res, 403, 'wrong origin')
      // Only EventSource needs the token in the URL (it cannot send headers); calls use the header.
      const fromQuery = url.pathname === '/api/events' ? url.searchParams.get('token') : null
      const presented = req.headers['x-desk-token'] ?? fromQuery ?? ''
      if (!sameToken(String(presented), token)) return refuse(res, 401, 'missing or wrong token')

      if (req.method === 'GET' && url.pathname === '/api/events') return openEventStream(res)
      const match = /^\/api\/call\/([A-Za-z0-9]{1,64})$/.exec(url.pathname)
      if (req.method === 'POST' && match?.[1]) {
        const body = await readBody(req)
        if (body === undefined) return refuse(res, 413, 'request too large')
        let parsed: unknown
        try {
          parsed = body.length ? JSON.parse(body) : undefined
        } catch {
          return sendJson(res, { ok: false, error: deskError('validation', 'desk.call.notJson', { action: 'fix-input' }) })
        }
        return sendJson(res, await options.app.dispatch(match[1], parsed))
      }
      return refuse(res, 404, 'no such call')
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed')
    const code = url.pathname === '/' ? url.searchParams.get('launch') : null
    if (code !== null) {
      const until = launchCodes.get(code)
      launchCodes.delete(code)
      if (until !== undefined && until >= Date.now()) {
        res.writeHead(303, { location: `/?token=${token}`, 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' })
        res.end()
        return
      }
    }
    const file = (await readStatic(root, url.pathname)) ?? (await readStatic(root, '/index.html'))
    if (!file) return refuse(res, 503, 'the renderer is not built; run npm run build')
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': HOST_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store'
    })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
    res.write(': connected\n\n')
    streams.add(res)
    res.on('close', () => streams.delete(res))
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port, '127.0.0.1', () => done())
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`

  return {
    url: origin,
    openUrl: `${origin}/?token=${token}`,
    launchUrl: () => {
      const code = randomBytes(24).toString('base64url')
      launchCodes.set(code, Date.now() + LAUNCH_CODE_MS)
      return `${origin}/?launch=${code}`
    },
    port,
    close: async () => {
      unsubscribe()
      for (const stream of streams) stream.end()
      const closed = new Promise<void>((done) => server.close(() => done()))
      // Keep-alive sockets and open event streams would otherwise hold the server open.
      server.closeAllConnections()
      await closed
    }
  }
}

function sameToken(presented: string, expected: string): boolean {
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  res.end(reason)
}

function sendJson(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(value))
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
