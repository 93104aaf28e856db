import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../util/log'
import { forgetSecret } from '../util/redact'
import { createFr24Client } from './client'
import { DriftCounter } from './drift'
import { toDeskError } from './deskError'
import { SUCCESS_DATA } from './testSupport'
import { WireLog, supportBundle } from './wireLog'

/**
 * Canary: secrets chosen to be recognisable must not show up in anything the app writes down or
 * shows — even when FR24 echoes them back in an error message.
 */
const CANARY_SECRET = 'CANARY-SECRET-b8d1c0ffee'
const CANARY_AES = 'CANARYaes16bytes'
const CANARY_APP_KEY = 'CANARY-appKey-c4f0e1'
const PASSPORT = 'E99887766'

let server: Server
let baseUrl: string
const signsSeen: string[] = []
const blobsSeen: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      const request = JSON.parse(body) as { authentication: { sign: string }; passengers?: string }
      const appKey = String(req.headers.appkey)
      const sign = request.authentication.sign
      signsSeen.push(sign)
      if (request.passengers) blobsSeen.push(request.passengers)
      const path = (req.url ?? '').replace('/api/new/', '').replace('.do', '')
      const reply = (code: string, message: string, data: unknown = null) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ traceId: `${path}_NEWAPI2501171139390${signsSeen.length}`, code, message, processingTime: 1, data }))
      if (path === 'pricing') return reply('10100003', `sign mismatch: got ${sign}`)
      if (path === 'ticketing') return reply('10100002', `bad appSecret ${CANARY_SECRET} for key; aes ${CANARY_AES}`)
      // An FR24 that quotes the keys in its traceId and names the appKey it was sent.
      if (path === 'postsaleAncillaryShopping') {
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ traceId: `postAuxQuery_${appKey}_${CANARY_SECRET}_${CANARY_AES}`, code: '10100001', message: `unknown appKey ${appKey}`, data: null }))
      }
      if (path === 'booking') return reply('10100020', `cannot decrypt ${request.passengers} for passport ${PASSPORT}`)
      if (path === 'orderDetail') return req.socket.destroy()
      return reply('000000', 'success', SUCCESS_DATA[path])
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  forgetSecret(CANARY_SECRET)
  forgetSecret(CANARY_AES)
  forgetSecret(CANARY_APP_KEY)
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('canary secrets never leak', () => {
  it('appear in no wire-log entry, log line, DeskError or support bundle', async () => {
    const lines: string[] = []
    const log = createLogger({ sink: (l) => lines.push(l) })
    const drift = new DriftCounter({ log })
    const wireLog = new WireLog()
    const client = createFr24Client({
      baseUrl,
      credentials: async () => ({ appKey: CANARY_APP_KEY, appSecret: CANARY_SECRET, aesKey: CANARY_AES }),
      log,
      drift,
      wireLog,
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 }
    })
    const passenger = { paxId: 1, name: 'ZHANG/SAN', paxType: 'ADT', birthday: '1990-01-15', gender: 'M', cardNum: PASSPORT, cardType: 'PP' } as const
    const outcomes = await Promise.allSettled([
      client.shopping({ searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2025-04-15' }], adultNum: 1 }),
      client.pricing({ offerId: 'o1', adultNum: 1 }),
      client.ticketing({ orderNo: '1', currency: 'CNY', totalPrice: '1' }),
      client.booking({ offerId: 'o1', passengers: [passenger], agentContact: { agentName: 'A', agentEmail: 'agent@desk.example', mobile: '18105115459', areaCode: '86' } }),
      client.orderDetail({ orderNo: '1' }),
      client.postsaleAncillaryShopping({ orderNo: '1' }),
      client.selectBalance()
    ])
    const errors = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []))
    expect(errors).toHaveLength(5)
    const deskErrors = errors.map(toDeskError)
    // The failures are still useful: the FR24 reason survives, only the secrets are gone.
    expect(deskErrors.find((d) => d.code === '10100003')?.message).toContain('sign mismatch: got [sign]')
    expect(deskErrors.find((d) => d.code === '10100002')?.message).toContain('bad appSecret [redacted]')
    // Keys quoted in the traceId and the appKey named in the message are masked too; the rest stays for support.
    expect(deskErrors.find((d) => d.code === '10100001')).toMatchObject({
      traceId: 'postAuxQuery_[redacted]_[redacted]_[redacted]',
      message: expect.stringContaining('unknown appKey [redacted]')
    })

    const bundles = wireLog.entries().map((e) => supportBundle({ traceId: e.traceId ?? '', wireLog, drift, appVersion: '0.1.0', extra: { error: errors[0] } }))
    const everything = [JSON.stringify(wireLog.entries()), lines.join('\n'), JSON.stringify(deskErrors), ...bundles, ...errors.map((e) => `${e.message} ${JSON.stringify(e)}`)].join('\n')

    expect(signsSeen.length).toBeGreaterThan(0)
    expect(blobsSeen).toHaveLength(1)
    for (const secret of [CANARY_SECRET, CANARY_AES, CANARY_APP_KEY, PASSPORT, 'agent@desk.example', ...signsSeen, ...blobsSeen]) {
      expect(everything).not.toContain(secret)
    }
    expect(lines.length).toBeGreaterThan(0)
    expect(bundles.length).toBeGreaterThan(0)
  })
})
