import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProfileSecrets } from '../../../shared/domain/profile'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { DeskFailure } from './failure'
import { Fr24Clients } from './fr24Clients'
import type { Fr24Connection } from '../core/fr24Clients'

/**
 * Fr24Clients against a stand-in FR24 on 127.0.0.1: which keys each call signs with, and what of
 * FR24's answer reaches a BalanceSnapshot or a DeskFailure.
 */
const first: ProfileSecrets = { appKey: 'first-agency-key-0001', appSecret: 'FIRST-appSecret-5d2c', aesKey: 'FIRSTaesKey16byt' }
const second: ProfileSecrets = { appKey: 'second-agency-key-0002', appSecret: 'SECOND-appSecret-9e1f', aesKey: 'SECONDaesKey16by' }

let server: Server
let baseUrl: string
let refuse = false
const heardAppKeys: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const appKey = String(req.headers.appkey)
      heardAppKeys.push(appKey)
      const secretsOf = appKey === second.appKey ? second : first
      const quoted = `${appKey}/${secretsOf.appSecret}/${secretsOf.aesKey}`
      // Written by hand: 99999999999999.99 and the 17-digit number are no JS numbers.
      const text = refuse
        ? JSON.stringify({ traceId: `balance_${quoted}`, code: '10100001', message: `unknown appKey ${quoted}`, data: null })
        : `{"traceId":"balance_${quoted}","code":"000000","message":"success","data":{"accountBalance":99999999999999.99,` +
          `"availableCreditLimit":18599020016177153,"accountCurency'":"CNY","accountPayable":"0.10","time":"2026/12/01 12:00:00 ${secretsOf.aesKey}"}}`
      res.writeHead(200, { 'content-type': 'application/json' }).end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const connection = (keys: ProfileSecrets): Fr24Connection => ({
  profileId: 'p_same',
  environment: 'test',
  baseUrl,
  credentials: async () => keys
})

describe('Fr24Clients', () => {
  it('signs each call with the keys of the connection it was given, even for the same profile and URL', async () => {
    const clients = new Fr24Clients({ clock: new ManualClock(1_800_000_000_000), log: silentLogger })
    heardAppKeys.length = 0
    refuse = false
    // The same profile id and base URL, keys edited in between (or watched by testConnection).
    await clients.readBalance(connection(first))
    await clients.readBalance(connection(second))
    await clients.readBalance(connection(first))
    expect(heardAppKeys).toEqual([first.appKey, second.appKey, first.appKey])
  })

  it('keeps 16+ digit amounts exact and shows no key FR24 quoted in its trace id or server time', async () => {
    const clients = new Fr24Clients({ clock: new ManualClock(1_800_000_000_000), log: silentLogger })
    refuse = false
    const snapshot = await clients.readBalance(connection(first))
    expect(snapshot).toEqual({
      currency: 'CNY',
      balance: '99999999999999.99',
      creditLimit: '18599020016177153',
      payable: '0.1',
      serverTime: '2026/12/01 12:00:00 [redacted]',
      receivedAt: 1_800_000_000_000,
      traceId: 'balance_[redacted]/[redacted]/[redacted]'
    })
  })

  it('turns a refusal into a DeskFailure with FR24 code and trace id, minus the keys', async () => {
    const clients = new Fr24Clients({ clock: new ManualClock(1_800_000_000_000), log: silentLogger })
    refuse = true
    const failure = await clients.readBalance(connection(second)).then(
      () => undefined,
      (error: unknown) => error
    )
    refuse = false
    expect(failure).toBeInstanceOf(DeskFailure)
    const error = (failure as DeskFailure).error
    expect(error).toMatchObject({ kind: 'auth', code: '10100001', action: 'check-credentials', traceId: 'balance_[redacted]/[redacted]/[redacted]' })
    expect(error.message).toContain('unknown appKey [redacted]/[redacted]/[redacted]')
    for (const secret of Object.values(second)) expect(JSON.stringify(error)).not.toContain(secret)
  })
})
