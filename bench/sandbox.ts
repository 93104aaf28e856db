import { createHash } from 'node:crypto'
import { Agent, request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { startSandbox } from '../src/main/sandbox/index'

/**
 * Sandbox figures: how many signed selectBalance calls a second the
 * simulator answers on loopback, and how long a 2,000-offer search takes
 * and weighs. Prints figures; asserts nothing. Bounded: about 10 seconds.
 *
 *   npx tsx bench/sandbox.ts
 */

const ACCOUNT = { appKey: 'bench-agency', appSecret: 'bench-secret', aesKey: 'bench-aes-key-16', balance: '1000000.00', currency: 'CNY' }
const BALANCE_SECONDS = 3
const CONCURRENCY = 16

// Signing is done here, independently of the sandbox and of src/main/fr24.
function authentication(): { sign: string; timestamp: string } {
  const timestamp = String(Math.floor(Date.now() / 1000))
  return { sign: createHash('sha512').update(ACCOUNT.appKey + ACCOUNT.appSecret + timestamp).digest('hex'), timestamp }
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })

function post(url: string, body: unknown, gzip: boolean): Promise<{ ms: number; wire: number; text: string }> {
  const payload = Buffer.from(JSON.stringify(body))
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { appKey: ACCOUNT.appKey, 'Content-Type': 'application/json', 'Content-Length': payload.length, ...(gzip ? { 'Accept-Encoding': 'gzip' } : {}) }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const raw = Buffer.concat(chunks)
          const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')
          resolve({ ms: performance.now() - started, wire: raw.length, text })
        })
      }
    )
    req.on('error', reject)
    req.end(payload)
  })
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`

async function main(): Promise<void> {
  const sandbox = await startSandbox({ seed: 'bench', account: ACCOUNT, settings: { priceChangeRate: 0, noSeatsRate: 0 } })
  try {
    const base = `${sandbox.url}/api/new`
    console.log(`FR24 Sandbox benchmark (Node ${process.version}, loopback ${sandbox.url})`)

    // 1. Signed selectBalance, CONCURRENCY keep-alive connections, for BALANCE_SECONDS.
    const latencies: number[] = []
    const until = performance.now() + BALANCE_SECONDS * 1000
    let failures = 0
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) {
          const r = await post(`${base}/selectBalance.do`, { authentication: authentication() }, false)
          if (!r.text.includes('"code":"000000"')) failures++
          latencies.push(r.ms)
        }
      })
    )
    latencies.sort((a, b) => a - b)
    console.log(
      `selectBalance (signed): ${(latencies.length / BALANCE_SECONDS).toFixed(0)} requests/s with ${CONCURRENCY} connections` +
        ` — p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, failures ${failures}`
    )

    // 2. A 2,000-offer search: first (generated) and repeated (journeys cached), with and without gzip.
    sandbox.control.setOfferCount(2000)
    const depDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const back = new Date(Date.now() + 37 * 86_400_000).toISOString().slice(0, 10)
    const searches = [
      { name: 'one-way SIN-HKG', legs: [{ origin: 'SIN', destination: 'HKG', depDate }] },
      { name: 'round trip LON-NYC', legs: [{ origin: 'LON', typeO: 'airportgroup', destination: 'NYC', typeD: 'airportgroup', depDate }, { origin: 'NYC', destination: 'LON', depDate: back }] }
    ]
    for (const s of searches) {
      const body = () => ({ authentication: authentication(), searchLegs: s.legs, adultNum: 2, childNum: 1, infantNum: 0 })
      const cold = await post(`${base}/shopping.do`, body(), true)
      const warm = await post(`${base}/shopping.do`, body(), true)
      const plain = await post(`${base}/shopping.do`, body(), false)
      const parsed = JSON.parse(plain.text) as { data: { offers: unknown[]; segments: unknown[] }; processingTime: number }
      console.log(
        `shopping ${s.name}: ${parsed.data.offers.length} offers, ${parsed.data.segments.length} segments — ` +
          `first ${cold.ms.toFixed(0)} ms, again ${warm.ms.toFixed(0)} ms (gzip), ${plain.ms.toFixed(0)} ms (plain); ` +
          `size ${kb(plain.wire)} JSON, ${kb(cold.wire)} gzipped`
      )
    }
  } finally {
    agent.destroy()
    await sandbox.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
