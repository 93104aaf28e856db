import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, gzipSync } from 'node:zlib'
import { startSandbox } from '../src/main/sandbox'
import { post } from './kit/post'

/**
 * What the shopping benches share (bench/shopping.ts, searchRows.ts, searchBrowser.ts): one
 * 2,000-offer Sandbox answer, a bare server replaying it, the bare baseline every ratio is taken
 * against, the longest task on the event loop, percentiles.
 */

export const ACCOUNT = { appKey: 'bench-agency', appSecret: 'bench-secret', aesKey: 'bench-aes-key-16' }
const depDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
export const REQUEST = { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate }], adultNum: 2, childNum: 1, infantNum: 0 }

/** Signed here, independently of src/main/fr24, so the answer does not depend on the client under test. */
export function authentication(): { sign: string; timestamp: string } {
  const timestamp = String(Math.floor(Date.now() / 1000))
  return { sign: createHash('sha512').update(ACCOUNT.appKey + ACCOUNT.appSecret + timestamp).digest('hex'), timestamp }
}

export async function sandboxAnswer(offers: number): Promise<string> {
  const sandbox = await startSandbox({ seed: 'bench', account: { ...ACCOUNT, balance: '1000000', currency: 'CNY' }, settings: { priceChangeRate: 0, noSeatsRate: 0 } })
  try {
    sandbox.control.setOfferCount(offers)
    const response = await fetch(`${sandbox.url}/api/new/shopping.do`, {
      method: 'POST',
      headers: { appKey: ACCOUNT.appKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ authentication: authentication(), ...REQUEST })
    })
    return await response.text()
  } finally {
    await sandbox.close()
  }
}

/** Serves the same bytes to every POST, gzipped when the client asks (as FR24 does). */
export async function serve(text: string, contentType = 'application/json; charset=utf-8'): Promise<{ server: Server; url: string }> {
  const plain = Buffer.from(text, 'utf8')
  const gzip = gzipSync(plain)
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const zipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const bytes = zipped ? gzip : plain
      res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': bytes.length, ...(zipped ? { 'Content-Encoding': 'gzip' } : {}) })
      res.end(bytes)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** The baseline: a bare `fetch` + `JSON.parse` of the same shopping answer from `url`. */
export async function bareFetchParse(url: string): Promise<unknown> {
  const response = await fetch(`${url}/api/new/shopping.do`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip' },
    body: JSON.stringify({ authentication: authentication(), ...REQUEST })
  })
  return JSON.parse(await response.text())
}

/**
 * A second, stricter baseline: the same request through node:http, the body inflated in one step,
 * then JSON.parse — the transport the desk itself uses (src/main/fr24/http.ts), with nothing else.
 */
export async function bareHttpParse(url: string): Promise<unknown> {
  const answer = await post(`${url}/api/new/shopping.do`, JSON.stringify({ authentication: authentication(), ...REQUEST }), { 'Accept-Encoding': 'gzip' })
  const plain = answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body
  return JSON.parse(plain.toString('utf8'))
}

/** The longest gap between turns of the event loop while `run` is in flight: the longest task on main. */
export async function longestTask<T>(run: () => Promise<T>): Promise<number> {
  let longest = 0
  let last = performance.now()
  let running = true
  const tick = (): void => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    if (running) setImmediate(tick)
  }
  setImmediate(tick)
  try {
    await run()
  } finally {
    running = false
  }
  // The stretch that ends the call is measured by the next turn, so wait for it.
  await new Promise((resolve) => setImmediate(resolve))
  return longest
}

/** The nearest-rank percentile, the same as the published figures' (kit/figures.ts), so a printed line and its figure agree. */
export function percentile(list: number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

export const ms = (n: number): string => `${n.toFixed(1)} ms`
