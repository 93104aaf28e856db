import type { ProfileSecrets } from '../../shared/domain/profile'
import type { MessageKey, TextParams } from '../../shared/text'

export type { ProfileSecrets } from '../../shared/domain/profile'

/**
 * Where the keychain stands. `reason` is words for the agent, never a secret.
 * - available: reads and writes work;
 * - no-secret-service: Linux with no Secret Service on the session bus (nothing is stored, ever, in plain text);
 * - locked: the keychain exists but is locked (or has no unlocked default keyring);
 * - module-missing: the keychain module (keytar or its native part) is not installed in this copy of the desk;
 * - not-answering: a keychain call is past its time limit and has still not returned (nothing more is asked until it does);
 * - error: anything else the OS keychain said.
 */
export type VaultStatus =
  | { state: 'available' }
  | { state: 'no-secret-service'; reason: string; text?: VaultText }
  | { state: 'locked'; reason: string; text?: VaultText }
  | { state: 'module-missing'; reason: string; text?: VaultText }
  | { state: 'not-answering'; reason: string; text?: VaultText }
  | { state: 'error'; reason: string; text?: VaultText }

/** `reason` as a key of the shared dictionaries, so it can be read in the desk's language (the vault sets it on every status it makes). */
export interface VaultText {
  key: MessageKey
  params?: TextParams
}

/**
 * The keychain behind one small interface: one entry per profile holding its
 * appKey, appSecret and AES key. Every method that cannot do its job throws a
 * VaultError (failures.ts) whose message says what to do next and never contains a secret.
 */
export interface Vault {
  status(): Promise<VaultStatus>
  /** The stored secrets. Throws when the entry is missing, damaged or the keychain is unavailable. */
  read(profileId: string): Promise<ProfileSecrets>
  /** Validates, then stores (replacing any previous entry). Refuses when there is no keychain. */
  write(profileId: string, secrets: ProfileSecrets): Promise<void>
  /** Removes the entry; removing one that is not there is fine. */
  remove(profileId: string): Promise<void>
}
