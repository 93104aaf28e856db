import type { ProfileSecrets } from '../../shared/domain/profile'
import type { Logger } from '../util/log'
import { decodeEntry, encodeEntry, validateProfileId } from './entry'
import {
  classifyKeychainError,
  isModuleMissing,
  keychainDetail,
  missingEntryFailure,
  MODULE_MISSING_TEXT,
  notAnsweringText,
  unavailable,
  unavailableFailure
} from './failures'
import { KeychainLane, KeychainNotAnswering, type LaneWatcher } from './keychainLane'
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
// in one process (GLib criticals and spurious "cannot connect" errors), and a call the keychain never
// answers keeps its worker blocked. Every call to one keychain library in this process therefore goes
// through one lane (see keychainLane.ts). Keyed by the loaded library, so the real keytar module has
// one lane per process and each stand-in backend of a test its own.
const lanes = new WeakMap<KeychainBackend, KeychainLane>()
function laneOf(backend: KeychainBackend): KeychainLane {
  let lane = lanes.get(backend)
  if (!lane) lanes.set(backend, (lane = new KeychainLane()))
  return lane
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
  /** Where a keychain that stops answering (and comes back) or a missing module is reported, once each. */
  log?: Logger
}

/**
 * Loads the keychain library (keytar by default). Loaded on first use, so a missing module or
 * native library is a vault status, not a crash at startup: keytar is an optional dependency,
 * absent where it could not be built. The name is a variable so that neither the type check nor
 * the bundler needs the module to be there.
 */
export async function loadKeychainModule(specifier: string = 'keytar'): Promise<KeychainBackend> {
  const module = (await import(/* @vite-ignore */ specifier)) as unknown as KeychainBackend & { default?: KeychainBackend }
  return module.default ?? module
}

export class KeytarVault implements Vault {
  private readonly platform: NodeJS.Platform
  private readonly loadBackend: () => Promise<KeychainBackend>
  private readonly timeoutMs: number
  private readonly log: Logger | undefined
  private readonly watcher: LaneWatcher
  private backend: Promise<KeychainBackend> | undefined
  private pendingStatus: Promise<VaultStatus> | undefined
  private loadFailureLogged = false

  constructor(options: KeytarVaultOptions = {}) {
    this.platform = options.platform ?? process.platform
    this.loadBackend = options.loadBackend ?? (() => loadKeychainModule())
    this.timeoutMs = options.timeoutMs ?? 60_000
    this.log = options.log
    this.watcher = {
      stuck: (seconds) => this.log?.warn('the keychain is not answering; further keychain calls fail at once until it does', { seconds }),
      recovered: () => this.log?.info('the keychain answered again')
    }
  }

  status(): Promise<VaultStatus> {
    // Several screens may ask at once; one probe answers them all.
    this.pendingStatus ??= this.probe().finally(() => (this.pendingStatus = undefined))
    return this.pendingStatus
  }

  async read(profileId: string): Promise<ProfileSecrets> {
    validateProfileId(profileId)
    const backend = await this.backendOrFail()
    let raw = await this.guard(backend, () => backend.getPassword(KEYCHAIN_SERVICE, profileId))
    if (raw === null && this.platform === 'linux') {
      // libsecret answers "nothing" when the keyring is locked and no unlock prompt could be
      // shown (or the agent dismissed it). Tell that apart from an entry that is really gone.
      const status = await this.status()
      if (status.state !== 'available') throw unavailableFailure(status)
      raw = await this.guard(backend, () => backend.getPassword(KEYCHAIN_SERVICE, profileId))
    }
    if (raw === null) throw missingEntryFailure()
    return decodeEntry(raw)
  }

  async write(profileId: string, secrets: ProfileSecrets): Promise<void> {
    validateProfileId(profileId)
    const entry = encodeEntry(secrets)
    const backend = await this.backendOrFail()
    await this.guard(backend, () => backend.setPassword(KEYCHAIN_SERVICE, profileId, entry), [
      entry,
      secrets.appKey,
      secrets.appSecret,
      secrets.aesKey
    ])
  }

  async remove(profileId: string): Promise<void> {
    validateProfileId(profileId)
    const backend = await this.backendOrFail()
    const removed = await this.guard(backend, () => backend.deletePassword(KEYCHAIN_SERVICE, profileId))
    if (!removed && this.platform === 'linux') {
      // A locked keyring also answers "not found": make sure the entry is not left behind unnoticed.
      const status = await this.status()
      if (status.state !== 'available') throw unavailableFailure(status)
      await this.guard(backend, () => backend.deletePassword(KEYCHAIN_SERVICE, profileId))
    }
  }

  private async probe(): Promise<VaultStatus> {
    let backend: KeychainBackend
    try {
      backend = await this.load()
    } catch (error) {
      return this.loadFailure(error)
    }
    try {
      await this.call(backend, () => backend.getPassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT))
      if (this.platform === 'linux') {
        // Reading succeeds on a locked keyring (it just finds nothing); only a write shows the lock.
        await this.call(backend, () => backend.setPassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT, PROBE_VALUE))
        await this.call(backend, () => backend.deletePassword(KEYCHAIN_SERVICE, PROBE_ACCOUNT))
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
      throw unavailableFailure(this.loadFailure(error))
    }
  }

  private loadFailure(error: unknown): Exclude<VaultStatus, { state: 'available' }> {
    const missing = isModuleMissing(error)
    if (!this.loadFailureLogged) {
      this.loadFailureLogged = true
      this.log?.warn(
        missing ? 'the keychain module is not installed; Test and Production accounts are unavailable' : 'the keychain module could not be loaded',
        { detail: keychainDetail(error) }
      )
    }
    if (missing) return unavailable('module-missing', MODULE_MISSING_TEXT)
    return unavailable('error', { key: 'keychain.libraryFailed', params: { detail: keychainDetail(error) } })
  }

  /** Runs one keychain call; any error becomes a VaultError with no secret in it. */
  private async guard<T>(backend: KeychainBackend, operation: () => Promise<T>, secrets: readonly string[] = []): Promise<T> {
    try {
      return await this.call(backend, operation)
    } catch (error) {
      throw unavailableFailure(this.classify(error, secrets))
    }
  }

  private classify(error: unknown, secrets: readonly string[]): Exclude<VaultStatus, { state: 'available' }> {
    if (error instanceof KeychainNotAnswering) return unavailable('not-answering', notAnsweringText(error.seconds))
    return classifyKeychainError(keychainDetail(error, secrets), this.platform)
  }

  /** One keychain call through the backend's lane: after the previous one has really ended, never alongside a stuck one. */
  private call<T>(backend: KeychainBackend, operation: () => Promise<T>): Promise<T> {
    return laneOf(backend).run(operation, this.timeoutMs, this.watcher)
  }
}
