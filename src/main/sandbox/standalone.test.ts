import Big from 'big.js'
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { controlCall, TestClient, type Wire } from './testing/client'
import { adult, CONTACT } from './testing/fixtures'

/**
 * An agent's day against the standalone sandbox (`npm run sandbox`), over
 * real HTTP with the real clock, business time moved on through the HTTP
 * control API. Every balance is checked to the cent.
 */

const ACCOUNT = { appKey: 'day-agency', appSecret: 'day-secret', aesKey: 'day-aes-key-0016' }
const TOKEN = 'day-control-token'

let child: ChildProcess
let url = ''
let client: TestClient

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
}

beforeAll(async () => {
  child = spawn('npx', ['tsx', 'src/main/sandbox/cli.ts', '--port', '0', '--seed', 'day', '--balance', '20000.00', '--control-token', TOKEN], {
    cwd: process.cwd(),
    // Credentials through the environment, as a trainer would set them.
    env: { ...process.env, FR24_SANDBOX_APP_KEY: ACCOUNT.appKey, FR24_SANDBOX_APP_SECRET: ACCOUNT.appSecret, FR24_SANDBOX_AES_KEY: ACCOUNT.aesKey, FR24_SANDBOX_CURRENCY: 'CNY' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  url = await new Promise<string>((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${err}`)), 25_000)
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const line = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out)
      if (line) {
        clearTimeout(timer)
        resolve(line[1] as string)
      }
    })
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${err}`)))
  })
  client = new TestClient(url, ACCOUNT)
}, 30_000)

afterAll(() => {
  // The child is a process group leader (npx → tsx → node); end the group it leads.
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
})

const advance = async (minutes: number) => {
  const answer = await controlCall(url, TOKEN, 'advanceClock', { minutes })
  expect(answer.status).toBe(200)
}
const balance = async () => (await client.ok('selectBalance')).accountBalance as string

describe('a scripted day on the standalone sandbox', () => {
  it('search → price → book → pay → tickets → refund → money back, to the cent', async () => {
    const opening = await balance()
    expect(opening).toBe('20000.00')

    const shopped = await client.ok('shopping', {
      searchLegs: [{ typeO: 'airportgroup', origin: 'SIN', typeD: 'airportcode', destination: 'HKG', depDate: day(30) }],
      adultNum: 2,
      childNum: 0,
      infantNum: 0,
      preferences: { cabin: 'Y', preferredCarrier: [], prohibitedCarrier: [], stops: 1 }
    })
    const flexible = shopped.offers.find((o: Wire) => o.rules.refund.every((r: Wire) => r.refundPolicy === 'withNoPenalty'))
    expect(flexible).toBeDefined()

    const priced = await client.ok('pricing', { offerId: flexible.offerId, adultNum: 2, childNum: 0, infantNum: 0, seriesTraceId: 'x', seriesRsTime: 1 })
    const offer = priced.offer[0]
    const booking = await client.ok('booking', {
      offerId: offer.offerId,
      partnerOrderNo: 'DAY-001',
      passengers: await client.encryptPassengers([adult(1), adult(2)]),
      agentContact: CONTACT
    })
    expect(booking.orderStatus).toBe('11')
    expect(booking.totalPrice).toBe(offer.totalPrice)
    expect(await balance()).toBe(opening)

    const total = new Big(String(booking.totalPrice))
    const paid = await client.ok('ticketing', { orderNo: booking.orderNo, partnerOrderNo: 'DAY-001', currency: booking.currency, totalPrice: booking.totalPrice, paymentMethod: '0' })
    expect(paid.orderStatus).toBe('12')
    const afterPayment = new Big(opening).minus(total).toFixed(2)
    expect(await balance()).toBe(afterPayment)
    expect((await client.ok('orderDetail', { orderNo: booking.orderNo })).ticketInfo).toBeUndefined()

    await advance(2)
    const issued = await client.ok('orderDetail', { orderNo: booking.orderNo, partnerOrderNo: 'DAY-001' })
    expect(issued.orderStatus).toBe('13')
    expect(issued.ticketInfo.map((x: Wire) => x.paxId)).toEqual(['1', '2'])
    expect(await balance()).toBe(afterPayment)

    const quote = await client.ok('refundRequest', {
      tktOrderNo: booking.orderNo,
      partnerOrderNo: 'DAY-001',
      passengers: issued.passengers.map((p: Wire) => ({ paxId: p.paxId, name: p.name, birthday: p.birthday, gender: p.gender }))
    })
    expect(quote.orderStatus).toBe('73')
    const fares = offer.pricePerPax[0]
    const expectedRefund = new Big(fares.baseFare).plus(fares.totalTax).times(2)
    expect(new Big(String(quote.refundAmount)).eq(expectedRefund)).toBe(true)

    const confirmed = await client.ok('refundConfirming', { refundOrderNo: quote.refundOrderNo, tktOrderNo: booking.orderNo, refundReason: '0' })
    expect(confirmed.orderStatus).toBe('25')
    expect(await balance()).toBe(afterPayment)
    await advance(10)
    expect((await client.ok('orderDetail', { orderNo: quote.refundOrderNo })).orderStatus).toBe('30')
    const closing = new Big(afterPayment).plus(expectedRefund)
    expect(await balance()).toBe(closing.toFixed(2))
    // What FR24 kept is exactly FR24's service fee on the two tickets.
    expect(new Big(opening).minus(closing).eq(new Big(fares.serviceFee).times(2))).toBe(true)

    const state = (await controlCall(url, TOKEN, 'state')).json.result
    expect(state.ledger.map((e: Wire) => [e.kind, e.amount])).toEqual([
      ['opening', '20000.00'],
      ['freeze', total.toFixed(2)],
      ['deduct', total.toFixed(2)],
      ['credit', expectedRefund.toFixed(2)]
    ])
  })
})
