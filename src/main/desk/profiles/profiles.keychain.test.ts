import { describe, expect, it } from 'vitest'
import { SANDBOX_PROFILE_ID } from '../../../shared/domain/profile'
import { MODULE_MISSING_REASON } from '../../vault/failures'
import { KeytarVault, loadKeychainModule, type KeychainBackend } from '../../vault/keytarVault'
import { failureOf } from '../testing/failureOf'
import type { Vault } from '../../vault/vault'
import { EventHub } from '../core/events'
import { ProfileService } from './profiles'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'

/** The profiles next to a keychain that is not there or does not answer, with the real keychain vault. */

const testKeys = { appKey: 'agency-test-key-7781', appSecret: 'test-secret-0123456789', aesKey: '0123456789abcdef' }
const prodKeys = { appKey: 'agency-prod-key-5512', appSecret: 'prod-secret-9876543210', aesKey: 'fedcba9876543210' }

/** Every write the service makes to the settings, as text, to show what never went there. */
class RecordingSettings extends MemorySettingsStore {
  readonly written: string[] = []
  override write(section: string, value: unknown): void {
    this.written.push(`${section}: ${JSON.stringify(value)}`)
    super.write(section, value)
  }
}

function service(vault: Vault) {
  const settings = new RecordingSettings()
  const profiles = new ProfileService({
    settings,
    vault,
    hub: new EventHub(),
    sandboxBaseUrl: () => 'http://127.0.0.1:43210',
    env: {}
  })
  return { profiles, settings }
}

describe('profiles without the keychain module installed', () => {
  // A real import of a module that is not installed, as on a machine where keytar could not be built.
  const absentModule = () => loadKeychainModule('fr24-desk-keychain-module-that-is-not-installed')

  it('lists the Sandbox and says, in one sentence, that Test and Production need the module', async () => {
    const { profiles } = service(new KeytarVault({ loadBackend: absentModule }))
    const list = await profiles.list()
    expect(list.keychain).toEqual({ state: 'module-missing', message: MODULE_MISSING_REASON })
    expect(list.profiles.map((profile) => profile.id)).toEqual([SANDBOX_PROFILE_ID])
    expect(profiles.resolveCredentials().environment).toBe('sandbox')
  })

  it('refuses to add a Test or Production account with that sentence, and keeps nothing of it anywhere', async () => {
    const { profiles, settings } = service(new KeytarVault({ loadBackend: absentModule }))
    for (const draft of [
      { name: 'Agency Test', environment: 'test' as const, ...testKeys },
      { name: 'Agency Live', environment: 'production' as const, ...prodKeys }
    ]) {
      const refused = await failureOf(profiles.save(draft))
      expect(refused.error).toEqual({ kind: 'auth', message: MODULE_MISSING_REASON, messageKey: 'keychain.moduleMissing', params: {}, action: 'unlock-keychain' })
    }
    expect((await profiles.list()).profiles.map((profile) => profile.id)).toEqual([SANDBOX_PROFILE_ID])
    const everything = settings.written.join('\n')
    for (const text of ['Agency Test', 'Agency Live', ...Object.values(testKeys), ...Object.values(prodKeys)]) {
      expect(everything).not.toContain(text)
    }
  })
})

describe('profiles next to a keychain that does not answer', () => {
  it('say which accounts exist and which is active without waiting for the keychain', async () => {
    let asked = 0
    let questionArrived: () => void = () => {}
    const arrived = new Promise<void>((resolve) => (questionArrived = resolve))
    const silent: KeychainBackend = {
      getPassword: () => {
        asked++
        questionArrived()
        return new Promise<never>(() => {})
      },
      setPassword: () => new Promise<never>(() => {}),
      deletePassword: () => new Promise<never>(() => {})
    }
    const { profiles } = service(new KeytarVault({ platform: 'linux', loadBackend: async () => silent }))
    let listed = false
    void profiles.list().then(() => (listed = true))
    await arrived
    const accounts = await profiles.accounts()
    expect(accounts).toEqual({ activeId: SANDBOX_PROFILE_ID, profiles: [expect.objectContaining({ id: SANDBOX_PROFILE_ID })] })
    // The full list waits for the keychain's state (up to its time limit); the accounts did not.
    expect(asked).toBe(1)
    expect(listed).toBe(false)
  })
})
