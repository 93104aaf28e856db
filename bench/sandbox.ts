import { createHash } from 'node:crypto'
import { Agent, request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { startSandbox } from '../src/main/sandbox/index'
import { figure, publish } from './kit/figures'

/**
 * Sandbox figures: how long a 2,000-offer search takes to build and what it
 * weighs on the wire. (Requests per second as orders pile up: bench/sandboxScale.ts,
 * from a load generator in a process of its own.) Asserts nothing. About 10 seconds.
 *
 *   npx tsx bench/sandbox.ts
 */

const ACCOUNT = { appKey: 'bench-agency', appSecret: 'bench-secret', aesKey: 'bench-aes-key-16', balance: '1000000.00', currency: 'CNY' }
const CONCURRENCY = 4
const AGAIN_ROUNDS = 4
const BENCH = 'sandbox'

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

async function main(): Promise<void> {
  const sandbox = await startSandbox({ seed: 'bench', account: ACCOUNT, settings: { priceChangeRate: 0, noSeatsRate: 0 } })
  try {
    const base = `${sandbox.url}/api/new`
    console.log(`FR24 Sandbox benchmark (Node ${process.version}, loopback ${sandbox.url})`)

    // A 2,000-offer search: first (generated) and repeated (journeys cached), with and without gzip.
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
      const again: number[] = [warm.ms]
      for (let i = 0; i < AGAIN_ROUNDS; i++) again.push((await post(`${base}/shopping.do`, body(), true)).ms)
      console.log(`shopping ${s.name}: ${parsed.data.offers.length} offers, ${parsed.data.segments.length} segments:`)
      publish([
        figure(BENCH, { name: `${s.name} 2,000-offer answer, first (generated)`, unit: 'ms', samples: [cold.ms], baseline: { name: 'the same search again (journeys cached)', samples: again } }),
        figure(BENCH, { name: `${s.name} answer size, plain JSON`, unit: 'KB', samples: [plain.wire / 1024], note: 'a size: no baseline' }),
        figure(BENCH, { name: `${s.name} answer size, gzip`, unit: 'KB', samples: [cold.wire / 1024], baseline: { name: 'plain JSON', samples: [plain.wire / 1024] } })
      ])
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
