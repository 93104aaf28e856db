import { createFr24Client } from '../src/main/fr24'
import { mayHoldLongNumber, parseJsonText } from '../src/main/fr24/json'
import { startSandbox } from '../src/main/sandbox'
import { silentLogger } from '../src/main/util/log'
import { redactSecretsDeep, registerSecret } from '../src/main/util/redact'

/**
 * What the desk adds to every large FR24 answer, as a ratio to a bare JSON.parse of the same
 * text measured in the same run (machines differ; ratios travel): the exact-number parse with
 * and without a long number present, its pre-scan, and the redaction pass every answer takes
 * at the dispatcher. The answer is the Sandbox's 2,000-offer search. Prints; asserts nothing.
 *
 *   npx tsx bench/answers.ts
 */

const ROUNDS = 15

/** Median ms of each case; the cases take turns in every round, so none gets a quieter machine. */
function medians(cases: Record<string, () => unknown>): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]))
  for (let round = -3; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const started = performance.now()
      run()
      if (round >= 0) times[name]?.push(performance.now() - started)
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [name, list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0])
  )
}

async function shoppingAnswer(offers: number): Promise<string> {
  const keys = { appKey: 'bench-agency-key', appSecret: 'bench-secret-value', aesKey: 'bench-aes-key-16' }
  const sandbox = await startSandbox({ seed: 'bench', account: { ...keys, balance: '1000000', currency: 'CNY' }, settings: { priceChangeRate: 0, noSeatsRate: 0 } })
  try {
    let text = ''
    const capture: typeof fetch = async (url, init) => {
      const response = await fetch(url, init)
      text = await response.clone().text()
      return response
    }
    const client = createFr24Client({ baseUrl: sandbox.url, credentials: async () => keys, log: silentLogger, fetch: capture })
    sandbox.control.setOfferCount(offers)
    const depDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    await client.shopping({ searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate }], adultNum: 2, childNum: 1, infantNum: 0 })
    return text
  } finally {
    await sandbox.close()
  }
}

const text = await shoppingAnswer(2000)
// The same answer with one 17-digit id sent as a JSON number, as FR24 sometimes does: the exact path.
const withLongNumber = text.replace(/"offerId":"(\d{17})"/, '"offerId":$1')
if (mayHoldLongNumber(text) || !mayHoldLongNumber(withLongNumber)) throw new Error('the bench answer is not what it should be')

const parsed = JSON.parse(text) as unknown
for (const secret of ['bench-agency-key', 'bench-secret-value', 'bench-aes-key-16', 'sandbox-0a1b2c3d', 'another-profile-secret', 'anotherAesKey16b']) {
  registerSecret(secret)
}
const ms = medians({
  bare: () => JSON.parse(text),
  desk: () => parseJsonText(text),
  exact: () => parseJsonText(withLongNumber),
  scan: () => mayHoldLongNumber(text),
  redaction: () => redactSecretsDeep(parsed)
})
const bare = ms.bare ?? 0
const ratio = (name: string): string => `${(ms[name] ?? 0).toFixed(1)} ms = ${((ms[name] ?? 0) / bare).toFixed(2)}× bare`
console.log(`JSON parse of a 2,000-offer answer (${(text.length / 1e6).toFixed(1)} MB): plain vs desk — bare JSON.parse ${bare.toFixed(1)} ms`)
console.log(`  desk parse, ids as strings (pre-scan, then bare): ${ratio('desk')}`)
console.log(`  desk parse, one long number present (exact path): ${ratio('exact')}`)
console.log(`  the pre-scan alone: ${ratio('scan')}`)
console.log(`  redaction pass over the parsed answer (6 secrets, nothing found): ${ratio('redaction')}`)
