import type { DeskError } from '../../shared/errors'
import { DeskFailure } from '../desk/core/failure'
import type { VaultStatus } from './vault'

/**
 * The words the vault uses when it cannot do its job. Every message says what to
 * do next; none contains a secret (details from the OS keychain are scrubbed of
 * the values involved before they are quoted).
 */

export const NO_SECRET_SERVICE_REASON =
  'No keychain (Secret Service) is running on this computer, so FR24 Desk cannot keep Test or Production keys here. ' +
  'Start or install a keyring (GNOME Keyring or KWallet), unlock it, then try again. ' +
  'Keys are never stored in plain text; the Sandbox account works without a keychain.'

export const LOCKED_REASON =
  'The keychain is locked. Unlock it (on Linux your login keyring, on macOS your login keychain) and try again.'

export const NO_DEFAULT_KEYRING_REASON =
  'The keychain has no unlocked default keyring to keep the keys in. Create or unlock your login keyring and try again.'

// One sentence, as Settings shows it: the desk itself runs without the module, only Test/Production keys need it.
export const MODULE_MISSING_REASON =
  'Test and Production accounts need the system keychain module, which is not installed here: ' +
  'on Debian or Ubuntu install libsecret-1-dev and build-essential, then run npm ci again (the Windows and macOS apps include it).'

/** A keychain call has been running past its time limit and has still not returned. */
export function notAnsweringReason(seconds: number): string {
  return (
    `The keychain is not answering: a request has been waiting more than ${seconds} second${seconds === 1 ? '' : 's'}, so FR24 Desk asks nothing more of it until that one ends. ` +
    'Unlock or restart your keyring (on Linux, GNOME Keyring or KWallet; logging out and in again restarts it), then try again. ' +
    'The Sandbox account keeps working meanwhile.'
  )
}

const UNAVAILABLE_SUFFIX = ' Check that the system keychain works, then try again.'

function auth(message: string, action: DeskError['action']): DeskFailure {
  return new DeskFailure({ kind: 'auth', message, action })
}

/** The failure for a keychain that is not available (status other than 'available'). */
export function unavailableFailure(status: Exclude<VaultStatus, { state: 'available' }>): DeskFailure {
  return auth(status.reason, 'unlock-keychain')
}

export function missingEntryFailure(): DeskFailure {
  return auth(
    'The keys for this profile are not in the keychain (they may have been removed outside FR24 Desk). ' +
      'Edit the profile and enter its appKey, appSecret and AES key again.',
    'check-credentials'
  )
}

/** `what` names the defect (never the content), e.g. "not JSON" or "the AES key is not 16 bytes". */
export function corruptedEntryFailure(what: string): DeskFailure {
  return auth(
    `The keychain entry for this profile is damaged (${what}). Edit the profile and enter its appKey, appSecret and AES key again.`,
    'check-credentials'
  )
}

export function invalidSecretsFailure(issues: string): DeskFailure {
  return new DeskFailure({ kind: 'validation', message: `The credentials are not valid: ${issues}.`, action: 'fix-input' })
}

export function invalidProfileIdFailure(): DeskFailure {
  return new DeskFailure({ kind: 'validation', message: 'That is not a profile id.', action: 'fix-input' })
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
    return { state: 'no-secret-service', reason: NO_SECRET_SERVICE_REASON }
  }
  if (platform === 'linux' && NO_DEFAULT_COLLECTION.test(detail)) {
    return { state: 'locked', reason: NO_DEFAULT_KEYRING_REASON }
  }
  if (LOCKED_PATTERNS.some((pattern) => pattern.test(detail))) {
    return { state: 'locked', reason: LOCKED_REASON }
  }
  return { state: 'error', reason: `The keychain refused the request (${detail}).${UNAVAILABLE_SUFFIX}` }
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
