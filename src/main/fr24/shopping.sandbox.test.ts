import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox, type RunningSandbox } from '../sandbox'
import { silentLogger } from '../util/log'
import { createFr24Client } from './client'
import { DriftCounter } from './drift'
import { retryLenient } from './schema/retry'
import { ShoppingData } from './schema/search'

/**
 * A 2,000-offer search from the Sandbox over real HTTP, through the client, with FR24's answer
 * changed on its way in the ways a real FR24 release might drift: one field of the wrong type in
 * every offer, a documented field left out of some, an offer without its id, a 17-digit id sent as
 * a JSON number and an amount with 16 significant digits. The one-pass parse must count each drift
 * once per answer, drop only what it cannot use, and keep every digit.
 */
const ACCOUNT = { appKey: 'big-search-test', appSecret: 'big-search-secret', aesKey: 'big0search0key16', balance: '1000000.00', currency: 'CNY' }
const CREDS = { appKey: ACCOUNT.appKey, appSecret: ACCOUNT.appSecret, aesKey: ACCOUNT.aesKey }
const depDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
const SEARCH = { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate }], adultNum: 2, childNum: 1 }
const BIG_AMOUNT = '99999999999999.99'

let sandbox: RunningSandbox

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'big-search', account: ACCOUNT, settings: { priceChangeRate: 0, noSeatsRate: 0 }, log: silentLogger })
  sandbox.control.setOfferCount(2000)
})

afterAll(async () => {
  await sandbox.close()
})

interface WireOffer {
  offerId: string
  legId?: string
  totalPrice: unknown
  productSource?: unknown
}

/** What the drifting FR24 sends instead of the Sandbox's answer, and what the test needs to know of it. */
function drifted(text: string) {
  const envelope = JSON.parse(text) as { data: { offers: WireOffer[] } }
  const offers = envelope.data.offers
  for (const offer of offers) offer.productSource = { name: offer.productSource }
  const withoutLeg = [offers[3], offers[40], offers[41]].map((o) => o?.offerId)
  for (const i of [3, 40, 41]) delete offers[i]?.legId
  const withoutId = offers[7]?.offerId
  if (offers[7]) offers[7].offerId = undefined as unknown as string
  const exact = offers[12]
  if (!exact) throw new Error('the Sandbox answer is smaller than expected')
  const exactId = exact.offerId
  exact.totalPrice = '__BIG__'
  const wire = JSON.stringify(envelope).replace(`"offerId":"${exactId}"`, `"offerId":${exactId}`).replace('"__BIG__"', BIG_AMOUNT)
  return { wire, sent: offers.length, withoutLeg, withoutId, exactId }
}

describe('a 2,000-offer answer that drifts', () => {
  it('is read in one pass: each drift counted once per answer, only the offer without an id dropped, every digit kept', async () => {
    let changed: ReturnType<typeof drifted> | undefined
    const driftingFr24: typeof fetch = async (url, init) => {
      const answer = await fetch(url, init)
      changed = drifted(await answer.text())
      return new Response(changed.wire, { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8' } })
    }
    const drift = new DriftCounter()
    const client = createFr24Client({ baseUrl: sandbox.url, credentials: async () => CREDS, drift, fetch: driftingFr24 })

    const reply = await client.shopping(SEARCH)
    if (!changed) throw new Error('the answer did not pass through the drifting FR24')
    expect(changed.sent).toBeGreaterThanOrEqual(2000)
    expect(changed.exactId).toMatch(/^\d{17}$/)
    const offers = reply.data.offers
    expect(offers).toHaveLength(changed.sent - 1)
    expect(offers.some((o) => o.offerId === changed?.withoutId)).toBe(false)

    const count = (path: string) => drift.counts().find((d) => d.path === path)
    expect(count('offers[].productSource')).toMatchObject({ problem: 'Invalid input: expected string, received object', count: 1 })
    expect(count('offers[].legId')).toMatchObject({ problem: 'missing', count: 1 })
    expect(count('offers[].offerId')).toMatchObject({ problem: 'missing', count: 1 })
    expect(drift.total()).toBe(3)

    // The drifting field is gone from every offer; the offers without a leg id are kept.
    expect(offers.every((o) => o.productSource === undefined)).toBe(true)
    for (const id of changed.withoutLeg) expect(offers.find((o) => o.offerId === id)?.legId).toBeUndefined()
    // A 17-digit id sent as a JSON number and a 16-digit amount: exact, as decimal text.
    expect(offers.find((o) => o.offerId === changed?.exactId)?.totalPrice).toBe(BIG_AMOUNT)

    // Everything else reads as zod's own rounds read it.
    const wireData = (JSON.parse(changed.wire.replace(`"offerId":${changed.exactId}`, `"offerId":"${changed.exactId}"`).replace(BIG_AMOUNT, `"${BIG_AMOUNT}"`)) as { data: unknown }).data
    const byZod = retryLenient(ShoppingData, wireData, () => {})
    expect(byZod.ok && byZod.value).toEqual(reply.data)

    // The next answer drifting the same way counts again: once more per answer, not per offer.
    await client.shopping(SEARCH)
    expect(count('offers[].productSource')?.count).toBe(2)
    expect(drift.total()).toBe(6)
  })
})
