import { describe, expect, it } from 'vitest'
import { NO_SECRET_SERVICE_REASON } from './failures'
import { MemoryVault } from './memoryVault'
import { failureOf, secretsA, vaultContract } from './testing/vaultContract'

describe('MemoryVault', () => {
  vaultContract(() => new MemoryVault())

  it('plays an unavailable keychain: refuses to store', async () => {
    const vault = new MemoryVault({ status: { state: 'no-secret-service', reason: NO_SECRET_SERVICE_REASON } })
    const failure = await failureOf(vault.write('p1', secretsA))
    expect(failure.facts()).toEqual({ reason: 'no-secret-service', message: NO_SECRET_SERVICE_REASON, action: 'unlock-keychain', messageKey: 'keychain.unavailable', params: { reason: NO_SECRET_SERVICE_REASON } })
    expect(vault.accounts()).toEqual([])
  })

  it('plays an entry damaged outside the app', async () => {
    const vault = new MemoryVault()
    await vault.write('p1', secretsA)
    vault.setRawEntry('p1', 'garbage')
    expect(await failureOf(vault.read('p1'))).toMatchObject({ reason: 'damaged-entry', action: 'check-credentials' })
  })
})
