import type { ProfileSecrets } from '../../shared/domain/profile'
import { decodeEntry, encodeEntry, validateProfileId } from './entry'
import { missingEntryFailure, unavailableFailure } from './failures'
import type { Vault, VaultStatus } from './vault'

/**
 * A Vault that keeps entries in memory, for tests of other services. It stores
 * the same JSON entry the keychain vault stores and decodes it the same way, and
 * can play the keychain's bad days: unavailable, locked, an entry removed or
 * damaged outside the app. Never used by the running app.
 */
export class MemoryVault implements Vault {
  private readonly entries = new Map<string, string>()
  private current: VaultStatus

  constructor(options: { status?: VaultStatus } = {}) {
    this.current = options.status ?? { state: 'available' }
  }

  async status(): Promise<VaultStatus> {
    return this.current
  }

  async read(profileId: string): Promise<ProfileSecrets> {
    validateProfileId(profileId)
    this.ensureAvailable()
    const raw = this.entries.get(profileId)
    if (raw === undefined) throw missingEntryFailure()
    return decodeEntry(raw)
  }

  async write(profileId: string, secrets: ProfileSecrets): Promise<void> {
    validateProfileId(profileId)
    const entry = encodeEntry(secrets)
    this.ensureAvailable()
    this.entries.set(profileId, entry)
  }

  async remove(profileId: string): Promise<void> {
    validateProfileId(profileId)
    this.ensureAvailable()
    this.entries.delete(profileId)
  }

  // ---- test controls -------------------------------------------------------

  /** Makes the keychain unavailable (or available again). */
  setStatus(status: VaultStatus): void {
    this.current = status
  }

  /** The stored entry as the keychain would hold it (undefined when there is none). */
  rawEntry(profileId: string): string | undefined {
    return this.entries.get(profileId)
  }

  /** Replaces or removes an entry behind the app's back, like another program would. */
  setRawEntry(profileId: string, raw: string | undefined): void {
    if (raw === undefined) this.entries.delete(profileId)
    else this.entries.set(profileId, raw)
  }

  /** Profile ids with an entry. */
  accounts(): string[] {
    return [...this.entries.keys()]
  }

  private ensureAvailable(): void {
    if (this.current.state !== 'available') throw unavailableFailure(this.current)
  }
}
