import type { Logger } from '../util/log'
import { KeytarVault, loadKeychainModule } from './keytarVault'

/**
 * FR24_DESK_KEYCHAIN_MODULE=absent, for end-to-end tests of the browser host only: the vault
 * loads a module that is not installed, so the desk meets exactly what a machine where keytar
 * could not be built gives it (Node's own "module not found"). Read here and nowhere else; the
 * Electron app never reads it.
 */
export const KEYCHAIN_MODULE_SWITCH = 'FR24_DESK_KEYCHAIN_MODULE'
const NOT_INSTALLED = 'fr24-desk-keychain-module-that-is-not-installed'

/** The browser host's keychain vault, reporting a stuck keychain or a missing module to `log`. */
export function hostVault(env: Readonly<Record<string, string | undefined>>, log: Logger): KeytarVault {
  if (env[KEYCHAIN_MODULE_SWITCH] === 'absent') {
    return new KeytarVault({ log, loadBackend: () => loadKeychainModule(NOT_INSTALLED) })
  }
  return new KeytarVault({ log })
}
