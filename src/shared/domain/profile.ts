import { z } from 'zod'
import { Id } from '../contract/define'
import { BalanceSnapshot } from './balance'
import { CredentialEnvironment, Environment } from './environments'

/**
 * Account profiles: which FR24 environment the desk talks to, with which keys.
 * What crosses to the renderer never carries a secret: summaries say whether
 * credentials exist and show at most the last characters of the appKey.
 */

export const SANDBOX_PROFILE_ID = 'sandbox'
export const MAX_PROFILES = 20

export const ProfileId = Id
export const ProfileName = z.string().trim().min(1, 'enter a name').max(60)

// Control characters never belong in a key (a pasted newline is the usual culprit).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/
const utf8Length = (text: string): number => new TextEncoder().encode(text).length

/** The partner account identifier FR24 issued (sent in the appKey header). */
export const AppKey = z.string().trim().min(1, 'enter the appKey').max(128).regex(NO_CONTROL, 'contains a control character')
/** The SHA-512 signing secret. */
export const AppSecret = z
  .string()
  .trim()
  .min(1, 'enter the appSecret')
  .max(256)
  .regex(NO_CONTROL, 'contains a control character')
/** The passenger AES-128 key: used as-is, so its UTF-8 form must be exactly 16 bytes (fr24-api README §2.2). */
export const AesKey = z
  .string()
  .trim()
  .max(64)
  .regex(NO_CONTROL, 'contains a control character')
  .refine((key) => utf8Length(key) === 16, 'the AES key must be exactly 16 bytes (16 plain characters)')

export const ProfileSecrets = z.strictObject({ appKey: AppKey, appSecret: AppSecret, aesKey: AesKey })
export type ProfileSecrets = z.infer<typeof ProfileSecrets>

/** The keychain as the profiles screen needs to describe it. */
export const KeychainState = z.enum(['available', 'no-secret-service', 'locked', 'module-missing', 'not-answering', 'error'])
export type KeychainState = z.infer<typeof KeychainState>
export const KeychainStatus = z.object({
  state: KeychainState,
  /** Why it is not available, in words; never a secret. */
  message: z.string().max(500).optional()
})
export type KeychainStatus = z.infer<typeof KeychainStatus>

export const ProfileSummary = z.object({
  id: ProfileId,
  name: z.string().max(60),
  environment: Environment,
  isActive: z.boolean(),
  /** The built-in Sandbox: cannot be edited or deleted. */
  builtIn: z.boolean(),
  /** Whether keys were saved for it (the Sandbox always has its generated ones). */
  hasCredentials: z.boolean(),
  /** Last 4 characters of the appKey, only when the appKey is long enough that this reveals little. */
  appKeyHint: z.string().max(4).optional(),
  /** Where its calls go; absent for the Sandbox until the simulator listens. */
  baseUrl: z.string().max(300).optional()
})
export type ProfileSummary = z.infer<typeof ProfileSummary>

export const ProfileList = z.object({
  profiles: z.array(ProfileSummary).max(MAX_PROFILES + 1),
  activeId: ProfileId,
  keychain: KeychainStatus
})
export type ProfileList = z.infer<typeof ProfileList>
/** The accounts without the keychain's state: what the balance monitor needs, known without asking the keychain. */
export type ProfileAccounts = Pick<ProfileList, 'activeId' | 'profiles'>

/**
 * Add (no id) or edit (with id). Secret fields are required on add and optional on
 * edit: an absent field keeps the stored value. Only Test and Production profiles
 * are saved this way; the Sandbox is built in.
 */
export const ProfileDraft = z.strictObject({
  id: ProfileId.optional(),
  name: ProfileName,
  environment: CredentialEnvironment,
  appKey: AppKey.optional(),
  appSecret: AppSecret.optional(),
  aesKey: AesKey.optional()
})
export type ProfileDraft = z.infer<typeof ProfileDraft>

export const ProfileRef = z.strictObject({ id: ProfileId })
export type ProfileRef = z.infer<typeof ProfileRef>

export const SetActiveProfile = z.strictObject({
  id: ProfileId,
  /** Switching to a Production profile must be confirmed by the agent (real money). */
  confirmProduction: z.literal(true).optional()
})
export type SetActiveProfile = z.infer<typeof SetActiveProfile>

export const ConnectionTestResult = z.object({
  profileId: ProfileId,
  environment: Environment,
  balance: BalanceSnapshot
})
export type ConnectionTestResult = z.infer<typeof ConnectionTestResult>
