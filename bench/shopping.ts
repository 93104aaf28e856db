import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { createFr24Client, type Fr24Client } from '../src/main/fr24'
import { DriftCounter } from '../src/main/fr24/drift'
import { parseJsonText } from '../src/main/fr24/json'
import { parseLenient } from '../src/main/fr24/schema/lenient'
import { ShoppingData } from '../src/main/fr24/schema/search'
import { figure, publish } from './kit/figures'
import { ACCOUNT, bareFetchParse, longestTask, REQUEST, sandboxAnswer } from './searchAnswer'

/**
 * The FR24 client's cost for a 2,000-offer shopping answer over real HTTP, as a ratio to a bare
 * `fetch` + `JSON.parse` of the same answer in the same run (issue 10: the client's share of
 * request → rows should stay near 1.3×). The Sandbox builds the answer once; then it is closed and
 * a bare node:http server serves those bytes (gzip when asked), so the Sandbox's generation time is
 * in neither figure. Bare and desk take turns in every round. Also: the same answer with one field
 * drifting in every offer, and with a long number (the exact-digits parse), and the longest stretch
 * the event loop was blocked during a desk call. Prints; asserts nothing.
 *
 *   npx tsx bench/shopping.ts
 */

const BENCH = 'shopping'
const ROUNDS = 20
const WARM_UP = 3

/** Serves whichever answer `current` names, gzipped when the client asks (as FR24 does). */
async function serve(answers: Record<string, string>): Promise<{ server: Server; url: string; use: (name: string) => void }> {
  const bodies = Object.fromEntries(
    Object.entries(answers).map(([name, text]) => {
      const plain = Buffer.from(text, 'utf8')
      return [name, { plain, gzip: gzipSync(plain) }]
    })
  )
  let current = Object.keys(answers)[0] ?? ''
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const body = bodies[current]
      if (!body) return res.writeHead(500).end()
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const bytes = gzip ? body.gzip : body.plain
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) })
      res.end(bytes)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, use: (name) => (current = name) }
}

async function compare(name: string, url: string, client: Fr24Client): Promise<void> {
  const bare = () => bareFetchParse(url)
  const desk = () => client.shopping(REQUEST)
  const times = { bare: [] as number[], desk: [] as number[], blocked: [] as number[] }
  let offers = 0
  for (let round = -WARM_UP; round < ROUNDS; round++) {
    // Alternate who goes first, so neither always runs on a warmer (or busier) machine.
    const order = round % 2 === 0 ? (['bare', 'desk'] as const) : (['desk', 'bare'] as const)
    for (const who of order) {
      const started = performance.now()
      if (who === 'bare') await bare()
      else offers = (await desk()).data.offers.length
      if (round >= 0) times[who].push(performance.now() - started)
    }
    const blocked = await longestTask(desk)
    if (round >= 0) times.blocked.push(blocked)
  }
  console.log(`${name} (${offers} offers), ${ROUNDS} interleaved rounds:`)
  publish([
    figure(BENCH, { name: `FR24 client shopping(), ${name}`, unit: 'ms', samples: times.desk, baseline: { name: 'bare fetch + JSON.parse', samples: times.bare } }),
    figure(BENCH, { name: `longest task on main during shopping(), ${name}`, unit: 'ms', samples: times.blocked, goal: { on: 'p50', atMost: 50 }, note: 'an event-loop probe in the same process: no baseline' })
  ])
}

/**
 * The parse alone, no network, in the client's two tasks (call.ts lets the event loop turn between
 * them): the text to JSON (with the exact-digits scan), then the lenient check (in place, as the
 * client reads its own answers). The longer of the two is what one task on main has to hold.
 */
function parseAlone(name: string, text: string): void {
  const json: number[] = []
  const check: number[] = []
  for (let round = -WARM_UP; round < ROUNDS; round++) {
    const started = performance.now()
    const envelope = parseJsonText(text) as { data: unknown }
    const parsed = performance.now()
    parseLenient('shopping', ShoppingData, envelope.data, new DriftCounter(), { owned: true })
    if (round >= 0) {
      json.push(parsed - started)
      check.push(performance.now() - parsed)
    }
  }
  publish([
    figure(BENCH, { name: `parse alone, ${name}: the lenient check (in place)`, unit: 'ms', samples: check, baseline: { name: 'text → JSON (exact digits) of the same answer', samples: json } })
  ])
}

async function main(): Promise<void> {
  const text = await sandboxAnswer(2000)
  // One field drifting in every offer (a documented string sent as an object) and an exact-digits case.
  const drifting = text.replace(/"productSource":"(\w+)"/g, '"productSource":{"name":"$1"}')
  const longNumber = text.replace(/"offerId":"(\d{17})"/, '"offerId":$1')
  if (drifting === text || longNumber === text) throw new Error('the bench answer is not what it should be')
  const plainBytes = Buffer.byteLength(text, 'utf8')
  console.log('2,000-offer shopping answer from the Sandbox, on the wire:')
  publish([figure(BENCH, { name: 'bytes on the wire, gzip', unit: 'KB', samples: [gzipSync(text).length / 1024], baseline: { name: 'plain JSON', samples: [plainBytes / 1024] } })])

  const { server, url, use } = await serve({ ordinary: text, drifting, longNumber })
  const drift = new DriftCounter()
  const client = createFr24Client({ baseUrl: url, credentials: async () => ACCOUNT, drift })
  try {
    use('ordinary')
    await compare('ordinary answer', url, client)
    use('drifting')
    await compare('one field drifting in every offer', url, client)
    use('longNumber')
    await compare('one 17-digit id sent as a JSON number (exact-digits parse)', url, client)
    const reported = drift.counts().find((d) => d.path === 'offers[].productSource')
    console.log(`  drift counted for offers[].productSource: ${reported?.count ?? 0} (once per answer)`)
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  parseAlone('ordinary', text)
  parseAlone('drifting', drifting)
  parseAlone('long number', longNumber)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
