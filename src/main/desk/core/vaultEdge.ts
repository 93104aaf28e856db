import type { DeskError, ErrorKind } from '../../../shared/errors'
import type { ProfileSecrets } from '../../../shared/domain/profile'
import { VaultError, type VaultFailureReason } from '../../vault/failures'
import type { Vault, VaultStatus } from '../../vault/vault'
import { DeskFailure } from './failure'

/**
 * Where the vault's failures become the desk's: the vault raises VaultError (it knows nothing of
 * the desk), and this is the one place that says what kind of desk error each reason is.
 */
const KIND: Readonly<Record<VaultFailureReason, ErrorKind>> = {
  'no-secret-service': 'auth',
  locked: 'auth',
  'module-missing': 'auth',
  'not-answering': 'auth',
  error: 'auth',
  'missing-entry': 'auth',
  'damaged-entry': 'auth',
  'invalid-secrets': 'validation',
  'invalid-profile-id': 'validation'
}

export function deskErrorOfVault(error: VaultError): DeskError {
  return { kind: KIND[error.reason], message: error.message, messageKey: error.messageKey, params: error.params, action: error.action }
}

function rethrow(error: unknown): never {
  throw error instanceof VaultError ? new DeskFailure(deskErrorOfVault(error)) : error
}

/** The vault as the desk's services use it: the same calls, failing with DeskFailure. */
export function vaultAtDeskEdge(vault: Vault): Vault {
  return {
    status: (): Promise<VaultStatus> => vault.status(),
    read: (profileId: string): Promise<ProfileSecrets> => vault.read(profileId).catch(rethrow),
    write: (profileId: string, secrets: ProfileSecrets): Promise<void> => vault.write(profileId, secrets).catch(rethrow),
    remove: (profileId: string): Promise<void> => vault.remove(profileId).catch(rethrow)
  }
}
