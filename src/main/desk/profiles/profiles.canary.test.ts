import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import type { Result } from '../../../shared/errors'
import { ManualClock } from '../../util/clock'
import { KeytarVault } from '../../vault/keytarVault'
import { MemoryVault } from '../../vault/memoryVault'
import type { Vault } from '../../vault/vault'
import { createDeskApp } from '../app'
import { DeskFailure } from '../core/failure'
import type { Fr24Connection } from '../core/fr24Clients'
import type { Logger } from '../../util/log'

/**
 * The canary: a Test profile whose appSecret and AES key are marker strings goes
 * through every profile call at the dispatcher, the door the renderer uses. The
 * markers must show up nowhere the renderer or a disk can see: no response, no
 * event, no log line, no console output, no file in the data folder.
 */
const CANARY_SECRET = 'CANARY-appSecret-4f1c9e7b2d'
const CANARY_AES = 'CANARYaesKey16by' // exactly 16 bytes
const CANARY_APP_KEY = 'canary-agency-app-key-0042'
const canaries = [CANARY_SECRET, CANARY_AES, CANARY_APP_KEY]

const hasSecretService = process.env.FR24_SECRET_SERVICE === '1'
if (!hasSecretService) {
  console.warn(
    '[profiles canary] SKIPPING the run with the real keychain vault: FR24_SECRET_SERVICE is not set (no private ' +
      'Secret Service session). The MemoryVault run still runs. Use `npm run test:unit` for both.'
  )
}

const balance: BalanceSnapshot = {
  currency: 'CNY',
  balance: '100.00',
  creditLimit: '0.00',
  payable: '0.00',
  receivedAt: 1_700_000_000_000,
  traceId: 'balance_NEWAPI240101120000123'
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const dataDirs: string[] = []
afterEach(() => {
  vi.restoreAllMocks()
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe.each([
  ['MemoryVault', () => new MemoryVault() as Vault, true],
  ['KeytarVault (real Secret Service)', () => new KeytarVault() as Vault, hasSecretService]
])('profile calls never reveal a secret (%s)', (_name, makeVault, enabled) => {
  it.skipIf(!enabled)('no response, event, log line, console line or settings file carries the canary', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fr24-canary-'))
    dataDirs.push(dataDir)
    const consoleLines: unknown[][] = []
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args))
    }
    const logLines: unknown[][] = []
    // Captures what services hand the logger before any redaction: secrets must not even get that far.
    const capture = (...args: unknown[]) => void logLines.push(args)
    const log: Logger = { error: capture, warn: capture, info: capture, child: () => log }

    // The checker plays the FR24 client in its worst moods: errors that echo the keys it signed with.
    let mode: 'ok' | 'fr24-echo' | 'crash-echo' = 'ok'
    const seen: string[] = []
    const checkBalance = async (connection: Fr24Connection): Promise<BalanceSnapshot> => {
      const keys = await connection.credentials()
      seen.push(keys.appKey, keys.appSecret, keys.aesKey)
      if (mode === 'fr24-echo') {
        throw new DeskFailure({
          kind: 'fr24',
          message: `Signature mismatch: expected sha512(${keys.appKey}${keys.appSecret}…) with AES ${keys.aesKey}`,
          code: '10101001',
          traceId: 'balance_NEWAPI240101120000999',
          action: 'check-credentials'
        })
      }
      if (mode === 'crash-echo') throw new Error(`socket closed while sending ${JSON.stringify(keys)}`)
      return balance
    }

    const vault = makeVault()
    const app = await createDeskApp({
      shell: 'browser-host',
      dataDir,
      version: '0.0.0-test',
      platform: 'linux',
      systemLocale: 'en-US',
      clock: new ManualClock(1_700_000_000_000),
      log,
      processStartedAt: 1_700_000_000_000,
      vault,
      checkBalance
    })
    const events: unknown[] = []
    app.hub.subscribe((name, payload) => events.push({ name, payload }))

    const responses: Result<unknown>[] = []
    const call = async (name: string, request: unknown): Promise<Result<unknown>> => {
      const result = await app.dispatch(name, request)
      responses.push(result)
      return result
    }

    await call('listProfiles', {})
    const added = await call('saveProfile', {
      name: 'Canary Test',
      environment: 'test',
      appKey: CANARY_APP_KEY,
      appSecret: CANARY_SECRET,
      aesKey: CANARY_AES
    })
    expect(added.ok).toBe(true)
    const id = (added as { ok: true; value: { id: string } }).value.id

    // Refused requests whose rejected values are the canaries.
    expect((await call('saveProfile', { name: 'Bad', environment: 'test', appKey: 'k', appSecret: 's', aesKey: CANARY_SECRET })).ok).toBe(false)
    expect((await call('saveProfile', { name: CANARY_SECRET.repeat(3), environment: 'test' })).ok).toBe(false)
    expect((await call('saveProfile', { id, name: 'Canary', environment: 'production' })).ok).toBe(false)

    expect((await call('saveProfile', { id, name: 'Canary Test (renamed)', environment: 'test' })).ok).toBe(true)
    expect((await call('saveProfile', { id, name: 'Canary Test', environment: 'test', appSecret: CANARY_SECRET })).ok).toBe(true)
    expect((await call('setActiveProfile', { id })).ok).toBe(true)

    expect(await call('testConnection', { id })).toEqual({
      ok: true,
      value: { profileId: id, environment: 'test', balance }
    })
    mode = 'fr24-echo'
    const fr24 = await call('testConnection', { id })
    expect(fr24).toMatchObject({
      ok: false,
      error: { kind: 'fr24', code: '10101001', traceId: 'balance_NEWAPI240101120000999', action: 'check-credentials' }
    })
    mode = 'crash-echo'
    expect(await call('testConnection', { id })).toMatchObject({ ok: false, error: { kind: 'internal' } })

    await call('listProfiles', {})
    expect((await call('setActiveProfile', { id: 'sandbox' })).ok).toBe(true)
    expect((await call('deleteProfile', { id })).ok).toBe(true)
    expect(await call('testConnection', { id })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    await call('listProfiles', {})
    await app.stop()

    // The canaries were really in play: the checker signed with them.
    expect(seen).toEqual(expect.arrayContaining(canaries))
    expect(events.length).toBeGreaterThanOrEqual(6)
    expect(logLines.length).toBeGreaterThan(0)

    const files = filesUnder(dataDir)
    expect(files.map((file) => file.slice(dataDir.length))).toContain('/settings.json')
    const places: Record<string, string> = {
      responses: JSON.stringify(responses),
      events: JSON.stringify(events),
      log: JSON.stringify(logLines, errorReplacer),
      console: JSON.stringify(consoleLines, errorReplacer),
      ...Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')]))
    }
    for (const [place, text] of Object.entries(places)) {
      for (const canary of canaries) {
        expect(text.includes(canary), `${place} contains a canary`).toBe(false)
        // Also no recognisable piece of it (a truncated echo is still a leak).
        expect(text.includes(canary.slice(0, 12)), `${place} contains part of a canary`).toBe(false)
      }
    }
  })
})

function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value
}
