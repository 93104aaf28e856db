import { describe, expect, it } from 'vitest'
import { loadKeychainModule } from '../src/main/vault/keytarVault'

/**
 * keytar is optional for an install (the desk runs the Sandbox without it), but the tests of the
 * vault need the real module. Where it must be there (CI, or FR24_REQUIRE_KEYCHAIN=1), a copy in
 * which npm quietly dropped it after a failed build fails here, loudly, instead of passing with
 * fewer keychain paths tried.
 */
const required = process.env.CI === 'true' || process.env.FR24_REQUIRE_KEYCHAIN === '1'

describe.runIf(required)('the system keychain module, where it is required', () => {
  it('loads keytar with its native binding, the way the vault loads it', async () => {
    const keytar = await loadKeychainModule().catch((error: unknown) => {
      throw new Error(
        `keytar did not load (${String(error)}). It is an optional dependency: npm skips it when its native build fails. ` +
          'Install libsecret-1-dev (and Node headers: npm_config_nodedir=/usr with Debian nodejs), then npm ci.'
      )
    })
    for (const call of ['getPassword', 'setPassword', 'deletePassword'] as const) expect(typeof keytar[call]).toBe('function')
  })
})
