import { createFr24Client } from '../src/main/fr24'
import { mayHoldLongNumber, parseJsonText } from '../src/main/fr24/json'
import { startSandbox } from '../src/main/sandbox'
import { silentLogger } from '../src/main/util/log'
import { redactSecretsDeep, registerSecret } from '../src/main/util/redact'
import { figure, interleaved, publish } from './kit/figures'

/**
 * What the desk adds to every large FR24 answer, as a ratio to a bare JSON.parse of the same
 * text measured in the same run (machines differ; ratios travel): the exact-number parse with
 * and without a long number present, its pre-scan, and the redaction pass every answer takes
 * at the dispatcher. The answer is the Sandbox's 2,000-offer search. Prints; asserts nothing.
 *
 *   npx tsx bench/answers.ts
 */

const ROUNDS = 15
const BENCH = 'answers'

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
const times = await interleaved(
  {
    bare: () => JSON.parse(text),
    desk: () => parseJsonText(text),
    exact: () => parseJsonText(withLongNumber),
    scan: () => mayHoldLongNumber(text),
    redaction: () => redactSecretsDeep(parsed)
  },
  ROUNDS,
  3
)
const bare = { name: 'bare JSON.parse of the same text', samples: times.bare! }
console.log(`JSON parse of a 2,000-offer answer (${(text.length / 1e6).toFixed(1)} MB), ${ROUNDS} interleaved rounds:`)
publish([
  figure(BENCH, { name: 'desk parse, ids as strings (pre-scan, then bare)', unit: 'ms', samples: times.desk!, baseline: bare }),
  figure(BENCH, { name: 'desk parse, one long number present (exact path)', unit: 'ms', samples: times.exact!, baseline: bare }),
  figure(BENCH, { name: 'the long-number pre-scan alone', unit: 'ms', samples: times.scan!, baseline: bare }),
  figure(BENCH, { name: 'redaction pass over the parsed answer (6 secrets, nothing found)', unit: 'ms', samples: times.redaction!, baseline: bare })
])
