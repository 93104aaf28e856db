import { describe, expect, it } from 'vitest'
import { DeskError } from '../../../shared/errors'
import { translate } from '../../../shared/text'
import { classifyKeychainError, notAnsweringText, unavailable } from '../../vault/failures'
import { MemoryVault } from '../../vault/memoryVault'
import { failureOf } from '../testing/failureOf'
import { vaultAtDeskEdge } from './vaultEdge'

const KEYS = { appKey: 'edge-app-key-0001', appSecret: 'edge-app-secret-0001', aesKey: 'edgeAesKey000001' }

describe('the vault at the desk edge', () => {
  it('turns each vault failure into the desk error the agent sees: kind, words, key and action', async () => {
    const memory = new MemoryVault()
    const vault = vaultAtDeskEdge(memory)

    const missing = (await failureOf(vault.read('p1'))).error
    expect(DeskError.parse(missing)).toMatchObject({ kind: 'auth', action: 'check-credentials', messageKey: 'keychain.missingEntry' })

    await vault.write('p1', KEYS)
    memory.setRawEntry('p1', 'garbage')
    expect((await failureOf(vault.read('p1'))).error).toMatchObject({ kind: 'auth', action: 'check-credentials', messageKey: 'keychain.damagedEntry' })

    expect((await failureOf(vault.write('../other app', KEYS))).error).toMatchObject({ kind: 'validation', action: 'fix-input' })
    expect((await failureOf(vault.write('p2', { ...KEYS, aesKey: 'short' }))).error).toMatchObject({ kind: 'validation', action: 'fix-input', messageKey: 'keychain.invalidSecrets' })

    memory.setStatus(unavailable('not-answering', notAnsweringText(3)))
    const stuck = (await failureOf(vault.remove('p1'))).error
    expect(stuck).toEqual({
      kind: 'auth',
      message: translate('en', 'keychain.notAnswering', { seconds: 3 }),
      messageKey: 'keychain.notAnswering',
      params: { seconds: 3 },
      action: 'unlock-keychain'
    })
    expect(translate('zh-CN', stuck.messageKey!, stuck.params)).toMatch(/^钥匙串没有响应：一个请求已等待超过 3 秒/)
  })

  it('passes the status through untouched', async () => {
    const status = classifyKeychainError('Cannot create an item in a locked collection', 'linux')
    const vault = vaultAtDeskEdge(new MemoryVault({ status }))
    expect(await vault.status()).toBe(status)
    // The vault's English reason is the dictionary's sentence, so the key says the same thing.
    expect(status.text).toEqual({ key: 'keychain.locked' })
    expect(translate('en', 'keychain.locked')).toBe(status.reason)
  })
})
