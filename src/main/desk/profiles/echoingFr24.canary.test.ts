import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Result } from '../../../shared/errors'
import { ManualClock } from '../../util/clock'
import { createLogger } from '../../util/log'
import { MemoryVault } from '../../vault/memoryVault'
import { createDeskApp } from '../app'
import { TEST_BASE_URL_OVERRIDE } from './environmentUrls'

/**
 * The canary against a stand-in FR24: a real HTTP server that quotes the account's appKey,
 * appSecret and AES key back in everything it writes — traceId, message, the server time, in
 * success and in failure. The desk runs as it does for an agent (real FR24 client, real balance
 * monitor, the dispatcher the window calls), on the ACTIVE Test profile, whose FR24 client the
 * balance monitor has already used by the time "Test connection" runs. None of the keys may
 * reach an answer, an event, a log line or a file.
 */
const APP_KEY = 'echo-agency-appkey-5150'
const APP_SECRET = 'ECHO-appSecret-93c1d7a0e2'
const AES_KEY = 'ECHOaesKey16byte' // exactly 16 bytes
const keys = [APP_KEY, APP_SECRET, AES_KEY]

type Mood = 'ok' | 'refuse'
let mood: Mood = 'ok'
let server: Server
let baseUrl: string
const heard: { appKey: string | undefined; path: string }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const appKey = req.headers.appkey as string | undefined
      heard.push({ appKey, path: req.url ?? '' })
      // What an FR24 that quotes the keys would write. It knows the account's secret and AES key
      // as FR24 does; the appKey it echoes is the one the desk sent.
      const quoted = `${appKey}|${APP_SECRET}|${AES_KEY}`
      const answer =
        mood === 'ok'
          ? {
              traceId: `balance_${quoted}`,
              code: '000000',
              message: `success for ${quoted}`,
              data: {
                accountBalance: 'AMOUNT',
                availableCreditLimit: 0,
                accountCurrency: 'CNY',
                accountPayable: 0,
                time: `2026/12/01 12:00:00 ${AES_KEY}`
              }
            }
          : {
              traceId: `balance_${quoted}`,
              code: '10100002',
              message: `appKey ${appKey} is not allowed with appSecret ${APP_SECRET} (AES ${AES_KEY})`,
              data: null
            }
      // A JSON number with 16 significant digits, written as FR24 would: a JS number cannot carry it.
      const text = JSON.stringify(answer).replace('"AMOUNT"', '99999999999999.99')
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

const dataDirs: string[] = []
afterEach(() => {
  vi.unstubAllEnvs()
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('an FR24 that echoes the keys', () => {
  it('reaches the window through no answer, event, log line or file (testConnection on the active profile, balance view, balance events)', async () => {
    vi.stubEnv(TEST_BASE_URL_OVERRIDE, baseUrl)
    const dataDir = mkdtempSync(join(tmpdir(), 'fr24-echo-canary-'))
    dataDirs.push(dataDir)
    const lines: string[] = []
    const app = await createDeskApp({
      shell: 'browser-host',
      dataDir,
      version: '0.0.0-test',
      platform: 'linux',
      systemLocale: 'en-US',
      clock: new ManualClock(1_800_000_000_000),
      log: createLogger({ sink: (line) => lines.push(line) }),
      processStartedAt: 1_800_000_000_000,
      vault: new MemoryVault()
    })
    const events: { name: string; payload: unknown }[] = []
    app.hub.subscribe((name, payload) => events.push({ name, payload }))
    const responses: Result<unknown>[] = []
    const call = async (name: string, request: unknown): Promise<Result<unknown>> => {
      const result = await app.dispatch(name, request)
      responses.push(result)
      return result
    }

    try {
      const added = await call('saveProfile', { name: 'Echo Test', environment: 'test', appKey: APP_KEY, appSecret: APP_SECRET, aesKey: AES_KEY })
      expect(added.ok).toBe(true)
      const id = (added as { ok: true; value: { id: string } }).value.id
      expect(await call('setActiveProfile', { id })).toMatchObject({ ok: true, value: { activeId: id } })

      // The monitor reads the active account first: its FR24 client exists before the test below.
      mood = 'ok'
      const view = await call('refreshBalance', {})
      expect(view).toMatchObject({ ok: true, value: { profileId: id, figures: { snapshot: { balance: '99999999999999.99' } } } })

      // Test connection on that same, active profile: FR24 accepts, quoting the keys.
      const tested = await call('testConnection', { id })
      expect(tested).toMatchObject({
        ok: true,
        value: { profileId: id, balance: { balance: '99999999999999.99', currency: 'CNY', serverTime: '2026/12/01 12:00:00 [redacted]' } }
      })
      expect((tested as { ok: true; value: { balance: { traceId: string } } }).value.balance.traceId).toMatch(/^balance_\[redacted\]/)

      // FR24 refuses, quoting the keys: the failure stays useful (code, kind, action), minus the keys.
      mood = 'refuse'
      const refused = await call('testConnection', { id })
      expect(refused).toMatchObject({ ok: false, error: { kind: 'auth', code: '10100002', action: 'check-credentials' } })
      const refusal = (refused as { ok: false; error: { message: string; traceId: string } }).error
      expect(refusal.message).toContain('is not allowed with appSecret [redacted]')
      expect(refusal.traceId).toMatch(/^balance_\[redacted\]/)

      // The balance view: stale, with FR24's reason and trace id, minus the keys.
      const stale = await call('refreshBalance', {})
      expect(stale).toMatchObject({
        ok: true,
        value: { stale: true, staleReason: { kind: 'auth', error: { code: '10100002', action: 'check-credentials' } } }
      })
      expect(await call('getBalance', {})).toMatchObject({ ok: true, value: { staleReason: { error: { code: '10100002' } } } })
    } finally {
      await app.stop()
    }

    // The keys were really in play: every call reached the stand-in, signed with the profile's appKey.
    expect(heard.length).toBeGreaterThanOrEqual(4)
    expect(heard.every((h) => h.appKey === APP_KEY && h.path.endsWith('/selectBalance.do'))).toBe(true)
    const balanceEvents = events.filter((e) => e.name === 'balanceChanged')
    expect(balanceEvents.length).toBeGreaterThan(0)
    expect(JSON.stringify(balanceEvents)).toContain('10100002')
    expect(lines.length).toBeGreaterThan(0)

    const places: Record<string, string> = {
      responses: JSON.stringify(responses),
      events: JSON.stringify(events),
      log: lines.join('\n'),
      ...Object.fromEntries(filesUnder(dataDir).map((file) => [file.slice(dataDir.length), readFileSync(file, 'latin1')]))
    }
    expect(Object.keys(places)).toContain('/journal.sqlite')
    for (const [place, text] of Object.entries(places)) {
      for (const key of keys) {
        expect(text.includes(key), `${place} contains ${key}`).toBe(false)
        expect(text.includes(key.slice(0, 12)), `${place} contains part of ${key}`).toBe(false)
      }
    }
  })
})
