import type { NextAction } from '../../shared/errors'
import { translate, type MessageKey, type TextParams } from '../../shared/text'
import type { VaultStatus, VaultText } from './vault'

/**
 * The words the vault uses when it cannot do its job, and the error it raises. Every message
 * says what to do next; none contains a secret (details from the OS keychain are scrubbed of the
 * values involved before they are quoted). The sentences live in the shared dictionaries
 * (src/shared/text, section `keychain`), so the agent reads them in the desk's language; the
 * English constants below are the same sentences, for logs and statuses.
 */

/** Why the vault failed: the keychain's state when it is not available, or what is wrong with the entry or the request. */
export type VaultFailureReason =
  | Exclude<VaultStatus['state'], 'available'>
  | 'missing-entry'
  | 'damaged-entry'
  | 'invalid-secrets'
  | 'invalid-profile-id'

/**
 * What every Vault method throws when it cannot do its job. The desk turns it into its own
 * error at its edge (desk/core/failure.ts); the vault knows nothing of the desk.
 */
export class VaultError extends Error {
  readonly reason: VaultFailureReason
  readonly action: NextAction
  readonly messageKey: MessageKey
  readonly params: TextParams

  constructor(reason: VaultFailureReason, action: NextAction, text: VaultText) {
    super(translate('en', text.key, text.params))
    this.name = 'VaultError'
    this.reason = reason
    this.action = action
    this.messageKey = text.key
    this.params = text.params ?? {}
  }

  /** As data, for a test probe's report. */
  facts(): { reason: VaultFailureReason; message: string; action: NextAction; messageKey: MessageKey; params: TextParams } {
    return { reason: this.reason, message: this.message, action: this.action, messageKey: this.messageKey, params: this.params }
  }
}

const text = (key: MessageKey, params?: TextParams): VaultText => (params ? { key, params } : { key })
const en = (t: VaultText): string => translate('en', t.key, t.params)

export const NO_SECRET_SERVICE_TEXT = text('keychain.noSecretService')
export const LOCKED_TEXT = text('keychain.locked')
export const NO_DEFAULT_KEYRING_TEXT = text('keychain.noDefaultKeyring')
// One sentence, as Settings shows it: the desk itself runs without the module, only Test/Production keys need it.
export const MODULE_MISSING_TEXT = text('keychain.moduleMissing')

export const NO_SECRET_SERVICE_REASON = en(NO_SECRET_SERVICE_TEXT)
export const LOCKED_REASON = en(LOCKED_TEXT)
export const NO_DEFAULT_KEYRING_REASON = en(NO_DEFAULT_KEYRING_TEXT)
export const MODULE_MISSING_REASON = en(MODULE_MISSING_TEXT)

/** A keychain call has been running past its time limit and has still not returned. */
export function notAnsweringText(seconds: number): VaultText {
  return text(seconds === 1 ? 'keychain.notAnsweringOne' : 'keychain.notAnswering', { seconds })
}

export function notAnsweringReason(seconds: number): string {
  return en(notAnsweringText(seconds))
}

/** A status that is not 'available', with its sentence in both forms. */
export function unavailable(state: Exclude<VaultStatus['state'], 'available'>, t: VaultText): Exclude<VaultStatus, { state: 'available' }> {
  return { state, reason: en(t), text: t }
}

/** The failure for a keychain that is not available (status other than 'available'). */
export function unavailableFailure(status: Exclude<VaultStatus, { state: 'available' }>): VaultError {
  // A status made by hand (tests) may lack its key: its words are still shown, in English.
  return new VaultError(status.state, 'unlock-keychain', status.text ?? text('keychain.unavailable', { reason: status.reason }))
}

export function missingEntryFailure(): VaultError {
  return new VaultError('missing-entry', 'check-credentials', text('keychain.missingEntry'))
}

/** `what` names the defect (never the content), e.g. "not JSON" or "the AES key is not 16 bytes". */
export function corruptedEntryFailure(what: string): VaultError {
  return new VaultError('damaged-entry', 'check-credentials', text('keychain.damagedEntry', { what }))
}

export function invalidSecretsFailure(issues: string): VaultError {
  return new VaultError('invalid-secrets', 'fix-input', text('keychain.invalidSecrets', { issues }))
}

export function invalidProfileIdFailure(): VaultError {
  return new VaultError('invalid-profile-id', 'fix-input', text('keychain.invalidProfileId'))
}

// Libsecret / GDBus messages meaning "there is no Secret Service to talk to".
const NO_SERVICE_PATTERNS = [
  /could not connect/i,
  /cannot autolaunch d-bus/i,
  /not provided by any \.service files/i,
  /org\.freedesktop\.DBus\.Error\.ServiceUnknown/i,
  /cannot spawn a message bus/i,
  /failed to execute child process/i,
  /no such interface .*org\.freedesktop\.Secret/i,
  /unable to autolaunch/i
]
// "Object does not exist at path /org/freedesktop/secrets/collection/login": a Secret Service with no
// (unlocked) default collection, typically a keyring never created because no prompt could be shown.
const NO_DEFAULT_COLLECTION = /object does not exist at path .*\/collection\//i
const LOCKED_PATTERNS = [
  /locked collection/i,
  /\bis locked\b/i,
  /interaction is not allowed/i, // macOS errSecInteractionNotAllowed
  /user canceled/i, // macOS errSecUserCanceled
  /prompt.*(dismissed|cancel)/i,
  /couldn't initialize prompt/i
]

/** What an error from the OS keychain means, as a status with a reason for the agent. */
export function classifyKeychainError(
  detail: string,
  platform: NodeJS.Platform
): Exclude<VaultStatus, { state: 'available' }> {
  if (platform === 'linux' && NO_SERVICE_PATTERNS.some((pattern) => pattern.test(detail))) {
    return unavailable('no-secret-service', NO_SECRET_SERVICE_TEXT)
  }
  if (platform === 'linux' && NO_DEFAULT_COLLECTION.test(detail)) {
    return unavailable('locked', NO_DEFAULT_KEYRING_TEXT)
  }
  if (LOCKED_PATTERNS.some((pattern) => pattern.test(detail))) {
    return unavailable('locked', LOCKED_TEXT)
  }
  return unavailable('error', text('keychain.refused', { detail }))
}

const MAX_DETAIL = 200

/**
 * The OS keychain's own message, fit to quote: one line, bounded, and with every
 * secret involved in the call replaced. Keychain messages do not echo passwords,
 * but this keeps that true whatever a platform library decides to say.
 */
export function keychainDetail(error: unknown, secrets: readonly string[] = []): string {
  let text = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error'
  for (const secret of secrets) {
    if (secret.length >= 4) text = text.split(secret).join('[redacted]')
  }
  // eslint-disable-next-line no-control-regex -- one line: control characters become spaces
  text = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  if (text.length > MAX_DETAIL) text = `${text.slice(0, MAX_DETAIL)}…`
  return text || 'no details'
}

// How Node says a module or its native part is not there: the package absent (ESM / CommonJS),
// its compiled .node file never built, or the system library that .node links to missing.
const MODULE_MISSING_CODES = new Set(['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND', 'ERR_DLOPEN_FAILED'])
const MODULE_MISSING_PATTERNS = [
  /cannot find (module|package)/i,
  /cannot open shared object file/i,
  /\.node\b.*(not found|no such file)/i,
  /was compiled against a different node\.js version/i,
  /image not found|library not loaded/i, // macOS dlopen
  /is not a valid win32 application|the specified module could not be found/i // Windows LoadLibrary
]

/** Whether loading the keychain module failed because it (or its native library) is not installed. */
export function isModuleMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && MODULE_MISSING_CODES.has(code)) return true
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return MODULE_MISSING_PATTERNS.some((pattern) => pattern.test(message))
}
