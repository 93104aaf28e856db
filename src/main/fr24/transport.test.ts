import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFr24Client, type Fr24ClientDeps } from './client'
import { toDeskError } from './deskError'
import { Fr24Error } from './errors'
import { SUCCESS_DATA } from './testSupport'
import { WireLog } from './wireLog'

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

/** A real HTTP server on 127.0.0.1 whose behaviour each test scripts, one handler per request. */
let server: Server
let baseUrl: string
let script: Handler[] = []
let seen: { path: string; body: string; headers: IncomingMessage['headers'] }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      seen.push({ path: req.url ?? '', body, headers: req.headers })
      const handler = script.shift() ?? ((_q, s) => s.writeHead(500).end('no script'))
      handler(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  script = []
  seen = []
})

const CREDS = { appKey: 'transport-key', appSecret: 'transport-secret', aesKey: '0123456789abcdef' }

function client(over: Partial<Fr24ClientDeps> = {}) {
  const wireLog = new WireLog()
  const c = createFr24Client({
    baseUrl,
    credentials: async () => CREDS,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    random: () => 0,
    wireLog,
    ...over
  })
  return { c, wireLog }
}

const envelope = (path: string, extra: object = {}) =>
  JSON.stringify({ traceId: `${path}_NEWAPI250117113939001`, code: '000000', message: 'success', processingTime: 3, data: SUCCESS_DATA[path], ...extra })

const ok =
  (path: string, extra: object = {}): Handler =>
  (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(envelope(path, extra))
const status =
  (code: number, body = '<html>Bad gateway</html>'): Handler =>
  (_q, res) =>
    res.writeHead(code, { 'content-type': 'text/html' }).end(body)
const reset: Handler = (req) => req.socket.destroy()
const hang: Handler = () => {}
/** Declares the whole body's length, sends `sent` bytes of it, then drops the connection. */
const cutShort =
  (body: Buffer, sent: number, headers: Record<string, string> = {}): Handler =>
  (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length), ...headers })
    res.write(body.subarray(0, sent))
    setTimeout(() => res.socket?.destroy(), 10)
  }
const cutBody = cutShort(Buffer.from(envelope('orderDetail')), 40)

const SEARCH = { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2025-04-15' }], adultNum: 1 }
const ADULT = { paxId: 1, name: 'ZHANG/SAN', paxType: 'ADT', birthday: '1990-01-15', gender: 'M', cardNum: 'E12345678', cardType: 'PP' } as const
const BOOKING = { offerId: 'o1', passengers: [ADULT], agentContact: { agentName: 'A', agentEmail: 'a@b.cn', mobile: '18105115459', areaCode: '86' } }

async function failure(p: Promise<unknown>): Promise<Fr24Error> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err
  )
  if (!(e instanceof Fr24Error)) throw new Error(`expected an Fr24Error, got ${String(e)}`)
  return e
}

describe('transport over real HTTP', () => {
  it('reads a gzip-compressed answer', async () => {
    script = [(_q, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(envelope('selectBalance')))]
    const { c, wireLog } = client()
    const reply = await c.selectBalance()
    expect(reply.data.accountBalance).toBe('100')
    expect(seen[0]?.path).toBe('/api/new/selectBalance.do')
    expect(seen[0]?.headers['accept-encoding']).toContain('gzip')
    expect(seen[0]?.headers['appkey']).toBe('transport-key')
    expect(wireLog.entries()[0]).toMatchObject({ endpoint: 'selectBalance', httpStatus: 200, code: '000000', outcome: 'ok' })
  })

  it('gzip bytes that do not inflate are a truncated answer, never a parse of garbage', async () => {
    const broken = gzipSync(envelope('selectBalance')).subarray(0, 30)
    script = [(_q, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(broken.length) }).end(broken)]
    const e = await failure(client({ retry: { attempts: 1 } }).c.selectBalance())
    expect(e).toMatchObject({ kind: 'truncated', causeCode: 'GZIP_INCOMPLETE' })
  })

  it('retries a read after HTTP 5xx, then succeeds, logging every attempt', async () => {
    script = [status(502), status(503), ok('shopping')]
    const { c, wireLog } = client()
    const reply = await c.shopping(SEARCH)
    expect(reply.data.offers).toHaveLength(1)
    expect(seen).toHaveLength(3)
    expect(wireLog.entries().map((e) => [e.attempt, e.outcome, e.httpStatus])).toEqual([
      [1, 'http-error', 502],
      [2, 'http-error', 503],
      [3, 'ok', 200]
    ])
    // Each attempt is signed afresh.
    expect(new Set(seen.map((s) => JSON.parse(s.body).authentication.timestamp)).size).toBeGreaterThanOrEqual(1)
  })

  it('gives up on a read after the bounded number of attempts', async () => {
    script = [status(500), status(500), status(500), ok('shopping')]
    const e = await failure(client().c.shopping(SEARCH))
    expect(seen).toHaveLength(3)
    expect(e).toMatchObject({ kind: 'http', status: 500, uncertain: false, action: 'retry-later' })
  })

  it('never retries a write: HTTP 5xx on booking is uncertain, check the order', async () => {
    script = [status(502), ok('booking')]
    const e = await failure(client().c.booking(BOOKING))
    expect(seen).toHaveLength(1)
    expect(e).toMatchObject({ kind: 'http', status: 502, uncertain: true, action: 'check-order' })
    expect(toDeskError(e)).toMatchObject({ kind: 'uncertain', action: 'check-order', code: 'HTTP_502' })
  })

  it('HTTP 5xx on a write is uncertain even when its body carries an FR24 error code', async () => {
    const body = JSON.stringify({ traceId: 'pay_NEWAPI250117113939001', code: '20400001', message: 'system error', data: null })
    script = [(_q, res) => res.writeHead(500, { 'content-type': 'application/json' }).end(body)]
    const e = await failure(client().c.ticketing({ orderNo: '1', currency: 'CNY', totalPrice: '1' }))
    expect(seen).toHaveLength(1)
    expect(e).toMatchObject({ kind: 'http', status: 500, uncertain: true, action: 'check-order', traceId: 'pay_NEWAPI250117113939001' })
    expect(toDeskError(e)).toMatchObject({ kind: 'uncertain', action: 'check-order' })
  })

  it('a 4xx on a write was refused, not lost', async () => {
    script = [status(404, 'not found')]
    const e = await failure(client().c.ticketing({ orderNo: '1', currency: 'CNY', totalPrice: '1' }))
    expect(e).toMatchObject({ kind: 'http', status: 404, uncertain: false })
  })

  it('times out a read without retrying the full wait', async () => {
    script = [hang, ok('orderDetail')]
    const e = await failure(client({ timeouts: { orderDetail: 150 } }).c.orderDetail({ orderNo: '18599020016177152' }))
    expect(e).toMatchObject({ kind: 'timeout', uncertain: false, timeoutMs: 150, action: 'retry-later' })
    expect(seen).toHaveLength(1)
  })

  it('a timed-out ticketing call is uncertain', async () => {
    script = [hang]
    const { c, wireLog } = client({ timeouts: { ticketing: 150 } })
    const e = await failure(c.ticketing({ orderNo: '18599020016177152', currency: 'CNY', totalPrice: '2148' }))
    expect(e).toMatchObject({ kind: 'timeout', uncertain: true, action: 'check-order' })
    expect(toDeskError(e).message).toMatch(/payment and ticketing was lost/)
    expect(wireLog.entries()[0]).toMatchObject({ outcome: 'timeout', uncertain: true })
  })

  const zipped = gzipSync(envelope('orderDetail'))
  it.each([
    ['plain', cutBody],
    ['gzip', cutShort(zipped, Math.floor(zipped.length / 2), { 'content-encoding': 'gzip' })]
  ])('detects a %s body cut short of its Content-Length; retried for reads, uncertain for writes', async (_kind, cut) => {
    script = [cut, ok('orderDetail')]
    const read = await client().c.orderDetail({ orderNo: '18599020016177152' })
    expect(read.data.orderNo).toBe('18599020016177152')
    expect(seen).toHaveLength(2)

    seen = []
    script = [cut]
    const { c, wireLog } = client()
    const e = await failure(c.refundConfirming({ refundOrderNo: '18599200000000001' }))
    expect(e).toMatchObject({ kind: 'truncated', uncertain: true, action: 'check-order' })
    expect(wireLog.entries()[0]).toMatchObject({ outcome: 'truncated', uncertain: true })
  })

  it('detects JSON that stops part-way even when the length header agrees', async () => {
    const cut = envelope('orderDetail').slice(0, 60)
    script = [(_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(cut)]
    const e = await failure(client({ retry: { attempts: 1 } }).c.orderDetail({ orderNo: '1' }))
    expect(e).toMatchObject({ kind: 'truncated', causeCode: 'JSON_CUT' })
  })

  it('reports an HTML page as not JSON', async () => {
    script = [status(200, '<html>maintenance</html>')]
    const e = await failure(client().c.selectBalance())
    expect(e).toMatchObject({ kind: 'not-json', uncertain: false })
    expect(toDeskError(e)).toMatchObject({ code: 'NOT_JSON', kind: 'network' })
  })

  it('a connection reset is retried for reads and uncertain for writes', async () => {
    script = [reset, ok('pricing')]
    const reply = await client().c.pricing({ offerId: 'o1', adultNum: 1 })
    expect(reply.data.offer[0]?.offerId).toBe('2172558470381977600')
    expect(seen).toHaveLength(2)

    seen = []
    script = [reset]
    const e = await failure(client().c.booking(BOOKING))
    expect(e).toMatchObject({ kind: 'reset', uncertain: true, action: 'check-order' })
    expect(seen).toHaveLength(1)
  })

  it('connection refused means nothing was sent: a booking may simply be tried again', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const e = await failure(client({ baseUrl: `http://127.0.0.1:${port}`, retry: { attempts: 1 } }).c.booking(BOOKING))
    expect(e).toMatchObject({ kind: 'refused', uncertain: false, action: 'retry-later' })
  })

  it('a TLS failure is its own error and was never sent', async () => {
    const e = await failure(client({ baseUrl: baseUrl.replace('http:', 'https:') }).c.booking(BOOKING))
    expect(e).toMatchObject({ kind: 'tls', uncertain: false })
    expect(toDeskError(e)).toMatchObject({ code: 'TLS' })
  })

  it('retries transient FR24 codes on reads only, and never turns an FR24 refusal into uncertainty', async () => {
    const busy: Handler = (_q, res) => res.writeHead(200).end(JSON.stringify({ traceId: 'busy', code: '20500001', message: 'rate limited', data: null }))
    script = [busy, ok('seatShopping')]
    const map = await client().c.seatMap({ offerId: 'o1', passengers: [{ count: 1, paxType: 'ADT' }] })
    expect(map.data.seatMaps[0]?.rows[0]?.seats[0]).toMatchObject({ seatNo: '12A', price: '80' })

    seen = []
    script = [busy]
    const e = await failure(client().c.booking(BOOKING))
    expect(seen).toHaveLength(1)
    expect(e).toMatchObject({ kind: 'fr24', code: '20500001', traceId: 'busy', uncertain: false, action: 'retry-now' })
  })

  it('reads an FR24 error envelope even on a non-2xx status', async () => {
    script = [(_q, res) => res.writeHead(400).end(JSON.stringify({ traceId: 'x', code: '10100010', message: 'parameter error: offerId', data: null }))]
    const e = await failure(client().c.pricing({ offerId: 'o1', adultNum: 1 }))
    expect(e).toMatchObject({ kind: 'fr24', code: '10100010', status: 400, action: 'fix-input' })
  })

  it('a success whose answer lacks the order number is uncertain for booking', async () => {
    script = [ok('booking', { data: { ...(SUCCESS_DATA.booking as object), orderNo: undefined } })]
    const e = await failure(client().c.booking(BOOKING))
    expect(e).toMatchObject({ kind: 'shape', uncertain: true, fields: ['orderNo'] })
  })

  it('a success without data for ticketing still counts (FR24 documents no data there)', async () => {
    script = [(_q, res) => res.writeHead(200).end(JSON.stringify({ traceId: 'pay_NEWAPI1', code: '000000', message: 'ok', data: null }))]
    const reply = await client().c.ticketing({ orderNo: '1', currency: 'CNY', totalPrice: '1' })
    expect(reply.traceId).toBe('pay_NEWAPI1')
  })

  it('cancels a search on request, also between retries', async () => {
    script = [hang]
    const controller = new AbortController()
    const pending = client().c.shopping(SEARCH, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    const e = await failure(pending)
    expect(e).toMatchObject({ kind: 'cancelled' })
    expect(toDeskError(e)).toMatchObject({ code: 'CANCELLED' })

    script = [status(502), hang]
    const second = new AbortController()
    const retrying = client({ retry: { baseDelayMs: 2000, maxDelayMs: 2000 } }).c.shopping(SEARCH, { signal: second.signal })
    setTimeout(() => second.abort(), 100)
    expect(await failure(retrying)).toMatchObject({ kind: 'cancelled' })
  })

  // A drift reporter that throws stands for any fault of ours inside the call (a TypeError, a schema that throws).
  const faulty = {
    report: (): void => {
      throw new TypeError("Cannot read properties of undefined (reading 'count')")
    }
  }

  it('a fault in our own code during a read is internal: not retried, not a network problem', async () => {
    script = [ok('shopping', { data: { ...(SUCCESS_DATA.shopping as object), offers: [{ ...(SUCCESS_DATA.shopping as { offers: object[] }).offers[0], totalPrice: 'lots' }] } }), ok('shopping')]
    const { c, wireLog } = client({ drift: faulty })
    const e = await failure(c.shopping(SEARCH))
    expect(seen).toHaveLength(1)
    expect(e).toMatchObject({ kind: 'internal', uncertain: false, action: 'report-bug', causeCode: 'TypeError' })
    expect(toDeskError(e)).toMatchObject({ kind: 'internal', code: 'INTERNAL', action: 'report-bug', messageKey: 'fr24.failure.internal' })
    expect(wireLog.entries().map((entry) => entry.outcome)).toEqual(['ok'])
  })

  it('a fault in our own code during a write is internal, not uncertain', async () => {
    script = [(_q, res) => res.writeHead(200).end(JSON.stringify({ traceId: 'pay_NEWAPI1', code: '000000', message: 'ok', data: null }))]
    const e = await failure(client({ drift: faulty }).c.ticketing({ orderNo: '1', currency: 'CNY', totalPrice: '1' }))
    expect(seen).toHaveLength(1)
    expect(e).toMatchObject({ kind: 'internal', uncertain: false, action: 'report-bug' })
    const d = toDeskError(e)
    expect(d).toMatchObject({ kind: 'internal', action: 'report-bug' })
    expect(d.message).toMatch(/^Something went wrong in FR24 Desk during the payment and ticketing: /)
  })

  it('never puts bodies in the wire log', async () => {
    script = [ok('booking')]
    const { c, wireLog } = client()
    await c.booking(BOOKING)
    const text = JSON.stringify(wireLog.entries())
    expect(text).not.toContain('E12345678')
    expect(text).not.toContain('ZHANG')
    expect(text).not.toContain(JSON.parse(seen[0]!.body).passengers)
    expect(wireLog.entries()[0]!.requestBytes).toBe(Buffer.byteLength(seen[0]!.body))
  })
})
