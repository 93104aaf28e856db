import type { ProfileSecrets } from '../../shared/domain/profile'
import { decodeEntry, encodeEntry, validateProfileId } from './entry'
import { classifyKeychainError, keychainDetail, missingEntryFailure, unavailableFailure } from './failures'
import type { Vault, VaultStatus } from './vault'

/**
 * The OS keychain through keytar: macOS Keychain, Windows Credential Manager,
 * the Secret Service (GNOME Keyring, KWallet) on Linux. This is the only file
 * that touches keytar.
 *
 * One entry per profile: service "FR24 Desk", account = profile id, password =
 * the three values as one JSON string. Never falls back to anything else: with
 * no keychain, nothing is stored.
 */
export const KEYCHAIN_SERVICE = 'FR24 Desk'

// Not a valid profile id (ids are [A-Za-z0-9_-]), so it can never clash with a profile's entry; one per
// process, so the Electron app and the browser host probing at the same moment do not trip each other.
const PROBE_ACCOUNT = `.fr24-desk-probe-${process.pid}`
const PROBE_VALUE = 'probe'

// libsecret's synchronous calls, which keytar runs on worker threads, race when several run at once
// in one process (GLib criticals and spurious "cannot connect" errors). Every keychain call in this
// process therefore waits for the previous one.
let keychainQueue: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(operation: () => Promise<T>): Promise<T> {
  const run = keychainQueue.then(operation, operation)
  keychainQueue = run.catch(() => undefined)
  return run
}

/** The part of keytar the vault uses. Never findCredentials: it crashes the process on a locked keyring. */
export interface KeychainBackend {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

export interface KeytarVaultOptions {
  platform?: NodeJS.Platform
  /** Loads the keychain library; tests pass a fake to reach other platforms' messages. */
  loadBackend?: () => Promise<KeychainBackend>
  /**
   * How long to wait for one keychain call. Generous, because the OS may be
   * showing the agent an unlock prompt meanwhile.
   */
  timeoutMs?: number
}

class KeychainTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s`)
  }
}

async function loadKeytar(): Promise<KeychainBackend> {
  // Loaded on first use, so a missing native library is a vault status, not a crash at startup.
  const module = (await import('keytar')) as unknown as KeychainBackend & { default?: KeychainBackend }
  return module.default ?? module
}

export class KeytarVault implements Vault {
  private readonly platform: NodeJS.Platform
  private readonly loadBackend: () => Promise<KeychainBackend>
  private readonly timeoutMs: number
  private backend: Promise<KeychainBackend> | undefined
  private pendingStatus: Promise<VaultStatus> | undefined

  constructor(options: KeytarVaultOptions = {}) {
    this.platform = options.platform ?? process.platform
    this.loadBackend = options.loadBackend ?? loadKeytar
    this.timeoutMs = options.timeoutMs ?? 60_000
  }

  status(): Promise<VaultStatus> {
    // Several screens may ask at once; one probe answers them all.
    this.pendingStatus ??= this.probe().finally(() => (this.pendingStatus = undefined))
    return this.pendingStatus
  }

  async read(profileId: string): Promise<ProfileSecrets> {
    validateProfileId(profileId)
    const backend = await this.backendOrFail()
    let raw = await this.guard(() => backend.getPassword(KEYCHAIN_SERVICE, profileId))
    if (raw === null && this.platform === 'linux') {
      // libsecret answers "nothing" when the keyring is locked and no unlock prompt could be
      // shown (or the agent dismissed it). Tell that apart from an entry that is really gone.
      const status = await this.status()
      if (status.state !== 'available') throw unavailableFailure(status)
      raw = await this.guard(() => backend.getPassword(KEYCHAIN_SERVICE, profileId))
    }
    if (raw === null) throw missingEntryFailure()
    return decodeEntry(raw)
  }

  async write(profileId: string, secrets: ProfileSecrets): Promise<void> {
    validateProfileId(profileId)
    const entry = encodeEntry(secrets)
    const backend = await this.backendOrFail()
    await this.guard(() => backend.setPassword(KEYCHAIN_SERVICE, profileId, entry), [
      entry,
      secrets.appKey,
      secrets.appSecret,
      secrets.aesKey
    ])
  }

  async remove(profileId: string): Promise<void> {
    validateProfileId(profileId)
    const backend = await this.backendOrFail()
    const removed = await this.guard(() => backend.deletePassword(KEYCHAIN_SERVICE, profileId))
    if (!removed && this.platform === 'linux') {
      // A locked keyring also answers "not found": make sure the entry is not left behind unnoticed.
      const status = await this.status()
      if (status.state !== 'available') throw unavailableFailure(status)
      await this.guard(() => backend.deletePassword(KEYCHAIN_SERVICE, profileId))
    }
  }

  private async probe(): Promise<VaultStatus> {
    let backend: KeychainBackend
    try {
      backend = await this.load()
    } catch (error) {
      return { state: 'error', reason: `The keychain library could not be loaded (${keychainDetail(error)}).` }
    }
    try {
      await this.call(() => backend.getPassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT))
      if (this.platform === 'linux') {
        // Reading succeeds on a locked keyring (it just finds nothing); only a write shows the lock.
        await this.call(() => backend.setPassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT, PROBE_VALUE))
        await this.call(() => backend.deletePassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT))
      }
      return { state: 'available' }
    } catch (error) {
      return this.classify(error, [])
    }
  }

  private load(): Promise<KeychainBackend> {
    this.backend ??= this.loadBackend().catch((error: unknown) => {
      this.backend = undefined
      throw error
    })
    return this.backend
  }

  private async backendOrFail(): Promise<KeychainBackend> {
    try {
      return await this.load()
    } catch (error) {
      throw unavailableFailure({
        state: 'error',
        reason: `The keychain library could not be loaded (${keychainDetail(error)}).`
      })
    }
  }

  /** Runs one keychain call; any error becomes a DeskFailure with no secret in it. */
  private async guard<T>(operation: () => Promise<T>, secrets: readonly string[] = []): Promise<T> {
    try {
      return await this.call(operation)
    } catch (error) {
      throw unavailableFailure(this.classify(error, secrets))
    }
  }

  private classify(error: unknown, secrets: readonly string[]): Exclude<VaultStatus, { state: 'available' }> {
    if (error instanceof KeychainTimeout) {
      return {
        state: 'error',
        reason: `The keychain did not answer within ${error.seconds} seconds. Check that the system keychain works, then try again.`
      }
    }
    return classifyKeychainError(keychainDetail(error, secrets), this.platform)
  }

  /** One keychain call: after the previous one, and given up on after the timeout. */
  private call<T>(operation: () => Promise<T>): Promise<T> {
    return oneAtATime(() => this.timed(operation()))
  }

  private timed<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new KeychainTimeout(Math.round(this.timeoutMs / 1000))), this.timeoutMs)
      timer.unref()
    })
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
  }
}
