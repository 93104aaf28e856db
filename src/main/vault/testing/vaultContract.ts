import { expect, it } from 'vitest'
import { VaultError } from '../failures'
import type { Vault } from '../vault'

/** A fresh profile id per test, so suites sharing one keyring never see each other's entries. */
export function uniqueProfileId(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 10)}`
}

/** Resolves to the VaultError an operation threw (fails the test if it did not throw one). */
export async function failureOf(operation: Promise<unknown>): Promise<VaultError> {
  try {
    await operation
  } catch (error) {
    if (error instanceof VaultError) return error
    throw new Error(`expected a VaultError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected a VaultError, but the operation succeeded')
}

export const secretsA = { appKey: 'agency-a-app-key', appSecret: 'agency-a-app-secret-123', aesKey: 'AesKeyForAgencyA' }
export const secretsB = { appKey: 'agency-b-app-key', appSecret: 'agency-b-app-secret-456', aesKey: 'AesKeyForAgencyB' }

/**
 * What every Vault must do, run against each implementation. `enabled` false
 * registers the tests as skipped (the caller prints why).
 */
export function vaultContract(makeVault: () => Vault, enabled = true): void {
  const test = it.skipIf(!enabled)

  test('reports itself available', async () => {
    expect(await makeVault().status()).toEqual({ state: 'available' })
  })

  test('writes, reads back and removes an entry', async () => {
    const vault = makeVault()
    const id = uniqueProfileId('roundtrip')
    await vault.write(id, secretsA)
    expect(await vault.read(id)).toEqual(secretsA)
    await vault.remove(id)
    const failure = await failureOf(vault.read(id))
    expect(failure).toMatchObject({ reason: 'missing-entry', action: 'check-credentials' })
  })

  test('overwrites an entry', async () => {
    const vault = makeVault()
    const id = uniqueProfileId('overwrite')
    await vault.write(id, secretsA)
    await vault.write(id, secretsB)
    expect(await vault.read(id)).toEqual(secretsB)
    await vault.remove(id)
  })

  test('keeps two profiles apart', async () => {
    const vault = makeVault()
    const a = uniqueProfileId('iso-a')
    const b = uniqueProfileId('iso-b')
    await vault.write(a, secretsA)
    await vault.write(b, secretsB)
    expect(await vault.read(a)).toEqual(secretsA)
    expect(await vault.read(b)).toEqual(secretsB)
    await vault.remove(a)
    expect(await vault.read(b)).toEqual(secretsB)
    await failureOf(vault.read(a))
    await vault.remove(b)
  })

  test('removing an entry that is not there is fine', async () => {
    await expect(makeVault().remove(uniqueProfileId('absent'))).resolves.toBeUndefined()
  })

  test('says an entry that was never written is missing, with a way forward', async () => {
    const failure = await failureOf(makeVault().read(uniqueProfileId('never')))
    expect(failure).toMatchObject({ reason: 'missing-entry', action: 'check-credentials' })
    expect(failure.message).toMatch(/enter its appKey, appSecret and AES key again/)
  })

  test('stores trimmed values (a pasted key often carries a space or newline)', async () => {
    const vault = makeVault()
    const id = uniqueProfileId('trim')
    await vault.write(id, { appKey: ` ${secretsA.appKey}`, appSecret: `${secretsA.appSecret}\n`, aesKey: `\t${secretsA.aesKey} ` })
    expect(await vault.read(id)).toEqual(secretsA)
    await vault.remove(id)
  })

  test.each([
    ['an AES key of 15 bytes', { ...secretsA, aesKey: 'FifteenBytesKey' }, 'aesKey'],
    ['an AES key of 17 bytes', { ...secretsA, aesKey: 'SeventeenBytesKey' }, 'aesKey'],
    ['an AES key of 16 characters but more bytes', { ...secretsA, aesKey: '密钥密钥密钥密钥密钥密钥密钥密钥' }, 'aesKey'],
    ['an empty appSecret', { ...secretsA, appSecret: '' }, 'appSecret'],
    ['an oversized appKey', { ...secretsA, appKey: 'k'.repeat(129) }, 'appKey'],
    ['a control character in the appSecret', { ...secretsA, appSecret: 'abc\u0007def' }, 'appSecret']
  ])('refuses %s without quoting it', async (_label, secrets, field) => {
    const vault = makeVault()
    const id = uniqueProfileId('invalid')
    const failure = await failureOf(vault.write(id, secrets))
    expect(failure).toMatchObject({ reason: 'invalid-secrets', action: 'fix-input' })
    expect(failure.message).toContain(field)
    for (const value of Object.values(secrets)) if (value.length > 3) expect(failure.message).not.toContain(value)
    await failureOf(vault.read(id))
  })

  test('refuses an id that is not a profile id', async () => {
    const failure = await failureOf(makeVault().write('../other app', secretsA))
    expect(failure.reason).toBe('invalid-profile-id')
  })
}
