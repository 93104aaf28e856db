import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MINUTE } from '../world/time'
import { webSign, type Wire } from '../testing/client'
import { ACCOUNT, book, testSandbox, type TestSandbox } from '../testing/fixtures'

let t: TestSandbox
let receiver: Server
let received: Wire[] = []
let failNext = 0

beforeEach(async () => {
  received = []
  failNext = 0
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      if (failNext > 0) {
        failNext--
        res.writeHead(500).end('{"code":"99","message":"busy"}')
        return
      }
      received.push(JSON.parse(body))
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":"000000","message":"success"}')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  t = await testSandbox({ notifyUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/fr24/inform` })
})
afterEach(async () => {
  await t.close()
  await new Promise((resolve) => receiver.close(resolve))
})

// Waits on the fact, bounded; generous because a retried push waits a real second first
// and CI's two cores may be busy with other test files.
const until = async (check: () => boolean): Promise<void> => {
  const deadline = Date.now() + 10_000
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  expect(check()).toBe(true)
}

describe('orderChangeInforming pushes', () => {
  it('announces booking, payment and issuance, signed with the partner keys', async () => {
    const { booking } = await book(t.client)
    await t.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
    await t.sandbox.control.advanceClock(2 * MINUTE)
    await until(() => received.length >= 4)
    expect(received.map((r) => [r.type, r.orderStatus])).toEqual([
      ['orderStatus', 11],
      ['orderStatus', 12],
      ['orderStatus', 13],
      ['ticketNo', undefined]
    ])
    const push = received[3]
    expect(push.orderNo).toBe(booking.orderNo)
    expect(push.info.ticketInfo[0].paxId).toBe('1')
    expect(push.info.Passengers).toEqual([{ paxId: '1', name: 'TRAVELLER/ADULTA', paxType: 'ADT' }])
    expect(push.traceId).toMatch(/^inform_NEWAPI\d{18}$/)
    expect(push.authentication.sign).toBe(await webSign(ACCOUNT.appKey, ACCOUNT.appSecret, push.authentication.timestamp))
  })

  it('retries a push the partner did not take', async () => {
    failNext = 1
    await book(t.client)
    // The receiver records the body before its answer reaches the Sandbox, so wait for the
    // Sandbox to have marked the push delivered, not just for the body to arrive.
    await until(() => t.sandbox.control.pushes()[0]?.delivered === true)
    expect(received).toHaveLength(1)
    const [push] = t.sandbox.control.pushes()
    expect(push).toMatchObject({ attempts: 2, delivered: true })
  })
})
