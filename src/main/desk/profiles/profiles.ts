import { randomBytes } from 'node:crypto'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import { ENVIRONMENTS, type Environment } from '../../../shared/domain/environments'
import {
  MAX_PROFILES,
  SANDBOX_PROFILE_ID,
  type ConnectionTestResult,
  type KeychainStatus,
  type ProfileAccounts,
  type ProfileDraft,
  type ProfileList,
  type ProfileSecrets,
  type ProfileSummary,
  type SetActiveProfile
} from '../../../shared/domain/profile'
import { deskError, type DeskError } from '../../../shared/errors'
import type { MessageKey, TextParams } from '../../../shared/text'
import { silentLogger, type Logger } from '../../util/log'
import { registerSecret } from '../../util/redact'
import type { Vault } from '../../vault/vault'
import { environmentUrls, type EnvironmentUrls } from './environmentUrls'
import type { EventHub } from '../core/events'
import { DeskFailure } from '../core/failure'
import { vaultAtDeskEdge } from '../core/vaultEdge'
import type { Fr24Connection } from '../core/fr24Clients'
import { appKeyHint, loadProfilesSection, PROFILES_SECTION, type ProfilesSection, type StoredProfile } from './profileSettings'
import type { SettingsStore } from '../core/settingsStore'

/** selectBalance with a profile's connection; throws DeskFailure (with FR24's code and traceId) on failure. */
export type BalanceChecker = (connection: Fr24Connection) => Promise<BalanceSnapshot>

export interface ProfileServiceOptions {
  settings: SettingsStore
  vault: Vault
  hub: EventHub
  /** The embedded simulator's base URL once it listens (undefined before). */
  sandboxBaseUrl: () => string | undefined
  /** Wired to the FR24 client's selectBalance; without it "Test connection" says it is unavailable. */
  checkBalance?: BalanceChecker
  log?: Logger
  /** Process environment, for the tests-only Test URL override (see environmentUrls). */
  env?: Readonly<Record<string, string | undefined>>
  random?: (size: number) => Buffer
}

const SANDBOX_NAME = 'Sandbox'

/**
 * Account profiles: the built-in Sandbox plus the agent's Test and Production
 * accounts. Lists, adds, edits, deletes and activates them, resolves the active
 * one's connection for the FR24 client, and tests a connection with selectBalance.
 * Nothing it returns or emits carries a secret.
 */
export class ProfileService {
  private readonly settings: SettingsStore
  private readonly vault: Vault
  private readonly hub: EventHub
  private readonly urls: EnvironmentUrls
  private readonly checkBalance: BalanceChecker | undefined
  private readonly log: Logger
  private readonly random: (size: number) => Buffer
  private section: ProfilesSection
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: ProfileServiceOptions) {
    this.settings = options.settings
    // The vault's own errors become the desk's here, at its edge.
    this.vault = vaultAtDeskEdge(options.vault)
    this.hub = options.hub
    this.checkBalance = options.checkBalance
    this.log = options.log ?? silentLogger
    this.random = options.random ?? randomBytes
    this.urls = environmentUrls({ sandboxBaseUrl: options.sandboxBaseUrl, env: options.env })
    this.section = loadProfilesSection(this.settings, this.random)
    if (!this.find(this.section.activeId)) this.section = { ...this.section, activeId: SANDBOX_PROFILE_ID }
  }

  async list(): Promise<ProfileList> {
    const keychain = await this.keychainStatus()
    return { ...this.accountsNow(), keychain }
  }

  /** The accounts and the active one, without asking the keychain (which may be slow, or stuck). */
  async accounts(): Promise<ProfileAccounts> {
    return this.accountsNow()
  }

  /** Adds (no id) or edits a Test or Production profile. */
  save(draft: ProfileDraft): Promise<ProfileSummary> {
    return this.exclusive(async () => {
      const saved = draft.id === undefined ? await this.add(draft) : await this.edit(draft.id, draft)
      await this.announce()
      return this.summary(saved)
    })
  }

  delete(id: string): Promise<ProfileList> {
    return this.exclusive(async () => {
      if (id === SANDBOX_PROFILE_ID) throw invalid('desk.profiles.sandboxNotDeletable')
      this.stored(id)
      // Keys first: if the keychain refuses, the profile stays listed and nothing is half-deleted.
      await this.vault.remove(id)
      const profiles = this.section.profiles.filter((profile) => profile.id !== id)
      const activeId = this.section.activeId === id ? SANDBOX_PROFILE_ID : this.section.activeId
      this.commit({ ...this.section, profiles, activeId })
      this.log.info('profile deleted', { profileId: id })
      return this.announce()
    })
  }

  setActive(request: SetActiveProfile): Promise<ProfileList> {
    return this.exclusive(async () => {
      const environment = this.environmentOf(request.id)
      if (ENVIRONMENTS[environment].realMoney && request.confirmProduction !== true) {
        throw invalid('desk.profiles.confirmProduction')
      }
      if (this.section.activeId !== request.id) {
        this.commit({ ...this.section, activeId: request.id })
        this.log.info('active profile changed', { profileId: request.id, environment })
      }
      return this.announce()
    })
  }

  /** Calls selectBalance with the profile's keys: the balance, or FR24's exact error (code, traceId). */
  async testConnection(id: string): Promise<ConnectionTestResult> {
    const connection = this.resolveCredentials(id)
    if (!this.checkBalance) {
      throw new DeskFailure(deskError('internal', 'desk.profiles.testUnavailable', { action: 'report-bug' }))
    }
    // Remember what was read, only to scrub it from whatever comes back. A new connection object
    // each time, so the FR24 client made for it reads the keys through this watcher (the desk's
    // clients are per connection, never shared by profile id: fr24Clients.ts).
    let used: ProfileSecrets | undefined
    const watched: Fr24Connection = {
      ...connection,
      credentials: async () => (used = await connection.credentials())
    }
    const usedSecrets = (): string[] => (used ? [used.appSecret, used.aesKey, used.appKey] : [])
    try {
      const balance = await this.checkBalance(watched)
      return { profileId: id, environment: connection.environment, balance: scrubSnapshot(balance, usedSecrets()) }
    } catch (error) {
      const secrets = usedSecrets()
      if (error instanceof DeskFailure) throw new DeskFailure(scrubError(error.error, secrets))
      this.log.error('connection test failed unexpectedly', {
        profileId: id,
        error: scrubText(error instanceof Error ? `${error.name}: ${error.message}` : String(error), secrets)
      })
      throw new DeskFailure(deskError('internal', 'desk.profiles.testFailedInside', { action: 'report-bug' }))
    }
  }

  activeProfileId(): string {
    return this.section.activeId
  }

  /**
   * The connection for a profile (the active one when no id is given), for the FR24
   * client. Throws DeskFailure for an unknown profile or a Sandbox that is not up yet.
   */
  resolveCredentials(profileId: string = this.section.activeId): Fr24Connection {
    const environment = this.environmentOf(profileId)
    const baseUrl = this.urls.baseUrl(environment)
    if (!baseUrl) {
      throw new DeskFailure(deskError('network', 'desk.profiles.sandboxStarting', { action: 'retry-now' }))
    }
    if (environment === 'sandbox') {
      return { profileId, environment, baseUrl, credentials: async () => ({ ...this.section.sandbox }) }
    }
    return { profileId, environment, baseUrl, credentials: () => this.vault.read(profileId).then(remember) }
  }

  /** The Sandbox keys, so the embedded simulator can accept them. */
  sandboxCredentials(): ProfileSecrets {
    return { ...this.section.sandbox }
  }

  // ---- internals -------------------------------------------------------------

  private async add(draft: ProfileDraft): Promise<StoredProfile> {
    if (this.section.profiles.length >= MAX_PROFILES) {
      throw invalid('desk.profiles.tooMany', { max: MAX_PROFILES })
    }
    const secrets = completeSecrets(draft, 'desk.profiles.keysNeeded')
    const id = `p_${this.random(6).toString('hex')}`
    // Keys first: with no keychain the vault refuses and no profile is created.
    await this.vault.write(id, remember(secrets))
    const profile: StoredProfile = {
      id,
      name: draft.name,
      environment: draft.environment,
      hasCredentials: true,
      appKeyHint: appKeyHint(secrets.appKey)
    }
    this.commit({ ...this.section, profiles: [...this.section.profiles, profile] })
    this.log.info('profile added', { profileId: id, environment: draft.environment })
    return profile
  }

  private async edit(id: string, draft: ProfileDraft): Promise<StoredProfile> {
    if (id === SANDBOX_PROFILE_ID) throw invalid('desk.profiles.sandboxNotEditable')
    const existing = this.stored(id)
    const given = { appKey: draft.appKey, appSecret: draft.appSecret, aesKey: draft.aesKey }
    const anyGiven = Object.values(given).some((value) => value !== undefined)
    let hint = existing.appKeyHint
    if (draft.environment !== existing.environment) {
      // Keys are issued per environment: moving a profile needs that environment's keys.
      const secrets = completeSecrets(draft, 'desk.profiles.keysPerEnvironment')
      await this.vault.write(id, remember(secrets))
      hint = appKeyHint(secrets.appKey)
    } else if (anyGiven) {
      // Fields left empty keep their stored values.
      const { appKey, appSecret, aesKey } = given
      const secrets: ProfileSecrets =
        appKey !== undefined && appSecret !== undefined && aesKey !== undefined
          ? { appKey, appSecret, aesKey }
          : { ...(await this.vault.read(id)), ...definedOnly(given) }
      await this.vault.write(id, remember(secrets))
      hint = appKeyHint(secrets.appKey)
    }
    const updated: StoredProfile = {
      ...existing,
      name: draft.name,
      environment: draft.environment,
      hasCredentials: existing.hasCredentials || anyGiven,
      appKeyHint: hint
    }
    // Moving the active account onto real money would skip the confirmation setActive asks for:
    // the Sandbox becomes active instead, and switching to this profile asks as usual.
    const leavesActive =
      this.section.activeId === id && ENVIRONMENTS[draft.environment].realMoney && !ENVIRONMENTS[existing.environment].realMoney
    this.commit({
      ...this.section,
      profiles: this.section.profiles.map((profile) => (profile.id === id ? updated : profile)),
      activeId: leavesActive ? SANDBOX_PROFILE_ID : this.section.activeId
    })
    this.log.info('profile edited', { profileId: id, environment: draft.environment, keysChanged: anyGiven })
    return updated
  }

  private commit(next: ProfilesSection): void {
    this.settings.write(PROFILES_SECTION, next)
    this.section = next
  }

  private async announce(): Promise<ProfileList> {
    const list = await this.list()
    this.hub.emit('profilesChanged', list)
    return list
  }

  private async keychainStatus(): Promise<KeychainStatus> {
    try {
      const status = await this.vault.status()
      return status.state === 'available' ? { state: 'available' } : { state: status.state, message: status.reason }
    } catch {
      return { state: 'error', message: 'The keychain could not be asked for its status.' }
    }
  }

  private find(id: string): StoredProfile | 'sandbox' | undefined {
    if (id === SANDBOX_PROFILE_ID) return 'sandbox'
    return this.section.profiles.find((profile) => profile.id === id)
  }

  private stored(id: string): StoredProfile {
    const found = this.find(id)
    if (!found || found === 'sandbox') throw invalid('desk.profiles.notFound')
    return found
  }

  private environmentOf(id: string): Environment {
    const found = this.find(id)
    if (!found) throw invalid('desk.profiles.notFound')
    return found === 'sandbox' ? 'sandbox' : found.environment
  }

  private accountsNow(): ProfileAccounts {
    const { activeId, profiles } = this.section
    return { activeId, profiles: [this.sandboxSummary(), ...profiles.map((profile) => this.summary(profile))] }
  }

  private sandboxSummary(): ProfileSummary {
    return {
      id: SANDBOX_PROFILE_ID,
      name: SANDBOX_NAME,
      environment: 'sandbox',
      isActive: this.section.activeId === SANDBOX_PROFILE_ID,
      builtIn: true,
      hasCredentials: true,
      baseUrl: this.urls.baseUrl('sandbox')
    }
  }

  private summary(profile: StoredProfile): ProfileSummary {
    return {
      id: profile.id,
      name: profile.name,
      environment: profile.environment,
      isActive: this.section.activeId === profile.id,
      builtIn: false,
      hasCredentials: profile.hasCredentials,
      appKeyHint: profile.appKeyHint,
      baseUrl: this.urls.baseUrl(profile.environment)
    }
  }

  /** Mutations run one at a time, so two saves never interleave their vault and settings writes. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }
}

function invalid(key: MessageKey, params?: TextParams): DeskFailure {
  return new DeskFailure(deskError('validation', key, { ...(params ? { params } : {}), action: 'fix-input' }))
}

function completeSecrets(draft: ProfileDraft, key: 'desk.profiles.keysNeeded' | 'desk.profiles.keysPerEnvironment'): ProfileSecrets {
  const { appKey, appSecret, aesKey } = draft
  if (appKey === undefined || appSecret === undefined || aesKey === undefined) {
    throw invalid(key, { environment: { key: `desk.profiles.environment.${draft.environment}` } })
  }
  return { appKey, appSecret, aesKey }
}

/** Tells the one redaction step about an agent's secrets, so no log line can ever show them. */
function remember(secrets: ProfileSecrets): ProfileSecrets {
  // The full appKey is a secret as well; the screen shows only appKeyHint (its last 4 characters).
  registerSecret(secrets.appKey)
  registerSecret(secrets.appSecret)
  registerSecret(secrets.aesKey)
  return secrets
}

function definedOnly(values: Partial<ProfileSecrets>): Partial<ProfileSecrets> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined))
}

function scrubText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]')
  return out
}

/** FR24's answer, as is, minus any echo of the keys that were used in the texts it wrote. */
function scrubSnapshot(balance: BalanceSnapshot, secrets: readonly string[]): BalanceSnapshot {
  const scrubbed: BalanceSnapshot = { ...balance, currency: scrubText(balance.currency, secrets) }
  if (balance.traceId !== undefined) scrubbed.traceId = scrubText(balance.traceId, secrets)
  if (balance.serverTime !== undefined) scrubbed.serverTime = scrubText(balance.serverTime, secrets)
  return scrubbed
}

/** An error from the FR24 client, as is, minus any echo of the keys that were used. */
function scrubError(error: DeskError, secrets: readonly string[]): DeskError {
  const scrubbed: DeskError = { ...error, message: scrubText(error.message, secrets) }
  if (error.code !== undefined) scrubbed.code = scrubText(error.code, secrets)
  if (error.traceId !== undefined) scrubbed.traceId = scrubText(error.traceId, secrets)
  // The fills of the sentence quote FR24 too (its message), so they are scrubbed like the message.
  if (error.params !== undefined) {
    scrubbed.params = Object.fromEntries(Object.entries(error.params).map(([name, value]) => [name, typeof value === 'string' ? scrubText(value, secrets) : value]))
  }
  return scrubbed
}
