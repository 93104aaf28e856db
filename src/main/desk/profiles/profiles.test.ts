import { describe, expect, it, vi } from 'vitest'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import type { ProfileDraft, ProfileList } from '../../../shared/domain/profile'
import { NO_SECRET_SERVICE_REASON } from '../../vault/failures'
import { MemoryVault } from '../../vault/memoryVault'
import { failureOf } from '../testing/failureOf'
import { TEST_BASE_URL_OVERRIDE } from './environmentUrls'
import { EventHub } from '../core/events'
import { DeskFailure } from '../core/failure'
import { PROFILES_SECTION, ProfilesSection } from './profileSettings'
import type { Fr24Connection } from '../core/fr24Clients'
import { ProfileService, type BalanceChecker } from './profiles'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'
import { silentLogger } from '../../util/log'

const testKeys = { appKey: 'agency-test-key-7781', appSecret: 'test-secret-0123456789', aesKey: '0123456789abcdef' }
const prodKeys = { appKey: 'agency-prod-key-5512', appSecret: 'prod-secret-9876543210', aesKey: 'fedcba9876543210' }

const balance: BalanceSnapshot = {
  currency: 'CNY',
  balance: '100.00',
  creditLimit: '0.00',
  payable: '0.00',
  serverTime: '2024/01/01 12:00:00',
  receivedAt: 1_700_000_000_000,
  traceId: 'balance_NEWAPI240101120000123'
}

function setup(options: { vault?: MemoryVault; checkBalance?: BalanceChecker; env?: Record<string, string> } = {}) {
  const settings = new MemorySettingsStore()
  const vault = options.vault ?? new MemoryVault()
  const hub = new EventHub()
  const events: ProfileList[] = []
  hub.subscribe((name, payload) => {
    if (name === 'profilesChanged') events.push(payload as ProfileList)
  })
  let sandboxUrl: string | undefined = 'http://127.0.0.1:43210'
  const log = { ...silentLogger, info: vi.fn(), error: vi.fn() }
  const make = () =>
    new ProfileService({
      settings,
      vault,
      hub,
      sandboxBaseUrl: () => sandboxUrl,
      checkBalance: options.checkBalance,
      log,
      env: options.env ?? {}
    })
  const service = make()
  return {
    service,
    settings,
    vault,
    events,
    log,
    make,
    stopSandbox: () => (sandboxUrl = undefined),
    section: () => settings.read(PROFILES_SECTION, ProfilesSection.optional(), undefined)
  }
}

const addTest = (service: ProfileService, extra: Partial<ProfileDraft> = {}) =>
  service.save({ name: 'Agency Test', environment: 'test', ...testKeys, ...extra })

describe('profiles on first launch', () => {
  it('has only the Sandbox, active, with generated keys kept in settings', async () => {
    const { service, section, vault } = setup()
    const list = await service.list()
    expect(list).toEqual({
      activeId: 'sandbox',
      keychain: { state: 'available' },
      profiles: [
        {
          id: 'sandbox',
          name: 'Sandbox',
          environment: 'sandbox',
          isActive: true,
          builtIn: true,
          hasCredentials: true,
          baseUrl: 'http://127.0.0.1:43210'
        }
      ]
    })
    const keys = section()!.sandbox
    expect(keys.appKey).toMatch(/^sandbox-[0-9a-f]{8}$/)
    expect(keys.appSecret).toMatch(/^[0-9a-f]{48}$/)
    expect(new TextEncoder().encode(keys.aesKey)).toHaveLength(16)
    expect(vault.accounts()).toEqual([])
  })

  it('keeps the same Sandbox keys on the next launch, and new installs get different ones', () => {
    const first = setup()
    expect(first.make().sandboxCredentials()).toEqual(first.service.sandboxCredentials())
    expect(setup().service.sandboxCredentials()).not.toEqual(first.service.sandboxCredentials())
  })

  it('works with no keychain at all, and says why keys cannot be added', async () => {
    const vault = new MemoryVault({ status: { state: 'no-secret-service', reason: NO_SECRET_SERVICE_REASON } })
    const { service } = setup({ vault })
    const list = await service.list()
    expect(list.keychain).toEqual({ state: 'no-secret-service', message: NO_SECRET_SERVICE_REASON })
    const connection = service.resolveCredentials()
    expect(connection).toMatchObject({ profileId: 'sandbox', environment: 'sandbox', baseUrl: 'http://127.0.0.1:43210' })
    expect(await connection.credentials()).toEqual(service.sandboxCredentials())
    const failure = await failureOf(addTest(service))
    expect(failure.error).toEqual({
      kind: 'auth',
      message: NO_SECRET_SERVICE_REASON,
      messageKey: 'keychain.unavailable',
      params: { reason: NO_SECRET_SERVICE_REASON },
      action: 'unlock-keychain'
    })
    expect((await service.list()).profiles).toHaveLength(1)
  })
})

describe('adding and editing profiles', () => {
  it('adds a Test profile: keys to the vault, a summary with no secret, an event', async () => {
    const { service, vault, events, section } = setup()
    const saved = await addTest(service)
    expect(saved).toEqual({
      id: expect.stringMatching(/^p_[0-9a-f]{12}$/),
      name: 'Agency Test',
      environment: 'test',
      isActive: false,
      builtIn: false,
      hasCredentials: true,
      appKeyHint: '7781',
      baseUrl: 'https://flight-test.flightroutes24.com'
    })
    expect(await vault.read(saved.id)).toEqual(testKeys)
    expect(events.at(-1)?.profiles.map((profile) => profile.id)).toEqual(['sandbox', saved.id])
    const stored = JSON.stringify(section())
    expect(stored).not.toContain(testKeys.appSecret)
    expect(stored).not.toContain(testKeys.aesKey)
  })

  it('gives no hint for a short appKey', async () => {
    const { service } = setup()
    expect((await addTest(service, { appKey: 'abc1234' })).appKeyHint).toBeUndefined()
  })

  it('requires all three keys to add a profile', async () => {
    const { service, vault } = setup()
    const failure = await failureOf(service.save({ name: 'No keys', environment: 'production', appKey: 'k-123456' }))
    expect(failure.error).toMatchObject({ kind: 'validation', action: 'fix-input' })
    expect(failure.message).toMatch(/Production/)
    expect(vault.accounts()).toEqual([])
    expect((await service.list()).profiles).toHaveLength(1)
  })

  it('keeps the stored keys when an edit leaves them empty', async () => {
    const { service, vault } = setup()
    const { id } = await addTest(service)
    const edited = await service.save({ id, name: 'Renamed', environment: 'test' })
    expect(edited).toMatchObject({ id, name: 'Renamed', hasCredentials: true, appKeyHint: '7781' })
    expect(await vault.read(id)).toEqual(testKeys)
  })

  it('replaces only the keys an edit gives', async () => {
    const { service, vault } = setup()
    const { id } = await addTest(service)
    await service.save({ id, name: 'Agency Test', environment: 'test', appSecret: 'rotated-secret-42' })
    expect(await vault.read(id)).toEqual({ ...testKeys, appSecret: 'rotated-secret-42' })
  })

  it('asks for the other environment\'s keys when an edit moves a profile to Production', async () => {
    const { service, vault } = setup()
    const { id } = await addTest(service)
    const failure = await failureOf(service.save({ id, name: 'Agency', environment: 'production' }))
    expect(failure.message).toMatch(/issued per environment/)
    expect((await service.list()).profiles[1]?.environment).toBe('test')
    const moved = await service.save({ id, name: 'Agency', environment: 'production', ...prodKeys })
    expect(moved).toMatchObject({ environment: 'production', baseUrl: 'https://flight.flightroutes24.com', appKeyHint: '5512' })
    expect(await vault.read(id)).toEqual(prodKeys)
  })

  it('says so when a partial edit finds the stored keys gone', async () => {
    const { service, vault } = setup()
    const { id } = await addTest(service)
    vault.setRawEntry(id, undefined)
    const failure = await failureOf(service.save({ id, name: 'x', environment: 'test', aesKey: 'abcdefghijklmnop' }))
    expect(failure.error).toMatchObject({ kind: 'auth', action: 'check-credentials' })
  })

  it('refuses to edit or delete the Sandbox, or touch a profile that does not exist', async () => {
    const { service } = setup()
    for (const attempt of [
      service.save({ id: 'sandbox', name: 'Mine', environment: 'test', ...testKeys }),
      service.delete('sandbox'),
      service.save({ id: 'p_missing', name: 'x', environment: 'test' }),
      service.delete('p_missing'),
      service.setActive({ id: 'p_missing' })
    ]) {
      expect((await failureOf(attempt)).error).toMatchObject({ kind: 'validation', action: 'fix-input' })
    }
  })

  it('serialises concurrent saves', async () => {
    const { service } = setup()
    await Promise.all([addTest(service, { name: 'One' }), addTest(service, { name: 'Two' }), addTest(service, { name: 'Three' })])
    expect((await service.list()).profiles.map((profile) => profile.name).sort()).toEqual(['One', 'Sandbox', 'Three', 'Two'])
  })
})

describe('active profile and deletion', () => {
  it('switches the active profile and announces it', async () => {
    const { service, events, make } = setup()
    const { id } = await addTest(service)
    const list = await service.setActive({ id })
    expect(list.activeId).toBe(id)
    expect(list.profiles.find((profile) => profile.isActive)?.id).toBe(id)
    expect(events.at(-1)?.activeId).toBe(id)
    expect(make().activeProfileId()).toBe(id)
  })

  it('needs an explicit confirmation to switch to Production', async () => {
    const { service } = setup()
    const { id } = await service.save({ name: 'Live', environment: 'production', ...prodKeys })
    const failure = await failureOf(service.setActive({ id }))
    expect(failure.error).toMatchObject({ kind: 'validation' })
    expect(failure.message).toMatch(/real money/)
    expect(service.activeProfileId()).toBe('sandbox')
    expect((await service.setActive({ id, confirmProduction: true })).activeId).toBe(id)
  })

  it('does not let an edit move the active account to Production without the confirmation', async () => {
    const { service, events } = setup()
    const { id } = await addTest(service)
    await service.setActive({ id })
    const moved = await service.save({ id, name: 'Agency', environment: 'production', ...prodKeys })
    expect(moved).toMatchObject({ environment: 'production', isActive: false })
    expect(service.activeProfileId()).toBe('sandbox')
    expect(service.resolveCredentials().environment).toBe('sandbox')
    expect(events.at(-1)?.activeId).toBe('sandbox')
    // Switching to it afterwards still asks.
    expect((await failureOf(service.setActive({ id }))).message).toMatch(/real money/)
    expect((await service.setActive({ id, confirmProduction: true })).activeId).toBe(id)
  })

  it('deletes a profile with its keys, and falls back to the Sandbox when it was active', async () => {
    const { service, vault } = setup()
    const { id } = await addTest(service)
    await service.setActive({ id })
    const list = await service.delete(id)
    expect(list.activeId).toBe('sandbox')
    expect(list.profiles.map((profile) => profile.id)).toEqual(['sandbox'])
    expect(vault.accounts()).toEqual([])
  })

  it('keeps the profile when the keychain refuses to delete its keys', async () => {
    const { service, vault } = setup()
    const { id } = await addTest(service)
    vault.setStatus({ state: 'locked', reason: 'The keychain is locked.' })
    expect((await failureOf(service.delete(id))).error).toMatchObject({ action: 'unlock-keychain' })
    expect((await service.list()).profiles.map((profile) => profile.id)).toContain(id)
  })
})

describe('resolving connections', () => {
  it('gives the FR24 client the base URL and a way to read the keys', async () => {
    const { service } = setup()
    const test = await addTest(service)
    const prod = await service.save({ name: 'Live', environment: 'production', ...prodKeys })
    const testConnection = service.resolveCredentials(test.id)
    expect(testConnection).toMatchObject({ profileId: test.id, environment: 'test', baseUrl: 'https://flight-test.flightroutes24.com' })
    expect(await testConnection.credentials()).toEqual(testKeys)
    expect(service.resolveCredentials(prod.id).baseUrl).toBe('https://flight.flightroutes24.com')
    expect(service.resolveCredentials().profileId).toBe('sandbox')
  })

  it('says the Sandbox is starting when its simulator has no URL yet', () => {
    const { service, stopSandbox } = setup()
    stopSandbox()
    expect(() => service.resolveCredentials('sandbox')).toThrow(DeskFailure)
    try {
      service.resolveCredentials('sandbox')
    } catch (error) {
      expect((error as DeskFailure).error).toMatchObject({ kind: 'network', action: 'retry-now' })
    }
  })

  it('reads keys at use time, so keys removed from the keychain show up as a clear failure', async () => {
    const { service, vault } = setup()
    const { id } = await addTest(service)
    const connection = service.resolveCredentials(id)
    vault.setRawEntry(id, undefined)
    expect((await failureOf(connection.credentials())).error).toMatchObject({ kind: 'auth', action: 'check-credentials' })
  })

  it(`lets ${TEST_BASE_URL_OVERRIDE} point Test at a local simulator, and nothing else`, async () => {
    const { service } = setup({ env: { [TEST_BASE_URL_OVERRIDE]: 'http://127.0.0.1:5555/' } })
    const { id } = await addTest(service)
    expect(service.resolveCredentials(id).baseUrl).toBe('http://127.0.0.1:5555')
    const prod = await service.save({ name: 'Live', environment: 'production', ...prodKeys })
    expect(service.resolveCredentials(prod.id).baseUrl).toBe('https://flight.flightroutes24.com')
    for (const bad of ['https://evil.example.com', 'file:///etc/passwd', 'not a url']) {
      expect(() => setup({ env: { [TEST_BASE_URL_OVERRIDE]: bad } })).toThrow(TEST_BASE_URL_OVERRIDE)
    }
  })
})

describe('testing a connection', () => {
  it('returns the balance selectBalance answered', async () => {
    const checkBalance = vi.fn(async (connection: Fr24Connection) => {
      expect(await connection.credentials()).toEqual(testKeys)
      return balance
    })
    const { service } = setup({ checkBalance })
    const { id } = await addTest(service)
    expect(await service.testConnection(id)).toEqual({ profileId: id, environment: 'test', balance })
    expect(checkBalance).toHaveBeenCalledOnce()
  })

  it('passes FR24\'s error through exactly, with its code and traceId', async () => {
    const fr24Error = {
      kind: 'fr24' as const,
      message: 'Authentication failed: the signature does not match.',
      code: '10101001',
      traceId: 'balance_NEWAPI240101120000999',
      action: 'check-credentials' as const
    }
    const { service } = setup({
      checkBalance: async () => {
        throw new DeskFailure(fr24Error)
      }
    })
    const { id } = await addTest(service)
    expect((await failureOf(service.testConnection(id))).error).toEqual(fr24Error)
  })

  it('scrubs keys an error echoes', async () => {
    const { service } = setup({
      checkBalance: async (connection) => {
        const keys = await connection.credentials()
        throw new DeskFailure({ kind: 'fr24', message: `bad sign for secret ${keys.appSecret} / ${keys.aesKey}`, code: '10101001' })
      }
    })
    const { id } = await addTest(service)
    const failure = await failureOf(service.testConnection(id))
    expect(failure.error).toEqual({ kind: 'fr24', message: 'bad sign for secret [redacted] / [redacted]', code: '10101001' })
  })

  it('turns an unexpected error into an internal one, logged without the keys', async () => {
    const { service, log } = setup({
      checkBalance: async (connection) => {
        throw new TypeError(`cannot read ${(await connection.credentials()).appSecret}`)
      }
    })
    const { id } = await addTest(service)
    const failure = await failureOf(service.testConnection(id))
    expect(failure.error).toMatchObject({ kind: 'internal', action: 'report-bug' })
    expect(failure.message).not.toContain(testKeys.appSecret)
    expect(log.error).toHaveBeenCalledOnce()
    expect(JSON.stringify(log.error.mock.calls)).not.toContain(testKeys.appSecret)
  })

  it('says when it is not wired to the FR24 client', async () => {
    const { service } = setup()
    expect((await failureOf(service.testConnection('sandbox'))).error).toMatchObject({ kind: 'internal' })
  })
})
