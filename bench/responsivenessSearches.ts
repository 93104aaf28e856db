import { TestClient } from '../src/main/sandbox/testing/client'

/**
 * The search load for bench/responsiveness.ts, in its own process so that receiving and parsing
 * 2,000-offer answers never runs on the loop that measures the desk: back-to-back one-way
 * searches at the Sandbox URL given, each on a new date so the Sandbox builds every answer anew.
 * Prints one JSON line ({ searches, offers, meanMs }) when its stdin closes.
 *
 *   tsx bench/responsivenessSearches.ts <sandboxUrl> <keys as JSON>
 */
const [baseUrl, keysJson] = process.argv.slice(2)
if (!baseUrl || !keysJson) throw new Error('usage: responsivenessSearches.ts <sandboxUrl> <keys JSON>')
const client = new TestClient(baseUrl, JSON.parse(keysJson) as { appKey: string; appSecret: string; aesKey: string })

let running = true
process.stdin.resume()
process.stdin.once('close', () => (running = false))

const ROUTES = [
  ['SIN', 'HKG'],
  ['PVG', 'NRT'],
  ['PEK', 'SIN'],
  ['HKG', 'BKK']
] as const
let searches = 0
let offers = 0
let totalMs = 0
for (let n = 0; running; n++) {
  const [origin, destination] = ROUTES[n % ROUTES.length]!
  const depDate = new Date(Date.now() + (20 + (n % 200)) * 86_400_000).toISOString().slice(0, 10)
  const started = performance.now()
  const data = await client.ok<{ offers: unknown[] }>('shopping', { searchLegs: [{ origin, destination, depDate }], adultNum: 2, childNum: 1, infantNum: 0 })
  totalMs += performance.now() - started
  offers += data.offers.length
  searches++
}
console.log(JSON.stringify({ searches, offers, meanMs: searches ? totalMs / searches : 0 }))
