import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { CredentialEnvironment } from '../../shared/domain/environments'
import { MAX_PROFILES, ProfileId, ProfileSecrets, SANDBOX_PROFILE_ID } from '../../shared/domain/profile'
import type { SettingsStore } from './settingsStore'

/**
 * The "profiles" section of the settings file: which profiles exist, which is
 * active, and the Sandbox's generated keys. No agent secret is ever written here;
 * Test and Production keys live in the vault.
 */
export const PROFILES_SECTION = 'profiles'

const StoredProfile = z.object({
  id: ProfileId.refine((id) => id !== SANDBOX_PROFILE_ID),
  name: z.string().min(1).max(60),
  environment: CredentialEnvironment,
  /** Keys were saved to the vault for it. */
  hasCredentials: z.boolean(),
  /** Last 4 characters of the appKey (not a secret: the appKey is the account name FR24 sends in a header). */
  appKeyHint: z.string().max(4).optional()
})
export type StoredProfile = z.infer<typeof StoredProfile>

export const ProfilesSection = z.object({
  version: z.literal(1),
  activeId: ProfileId,
  /** Generated on first launch; they open only the local simulator, so they are not secrets. */
  sandbox: ProfileSecrets,
  profiles: z.array(StoredProfile).max(MAX_PROFILES)
})
export type ProfilesSection = z.infer<typeof ProfilesSection>

/** Fresh Sandbox keys: random, valid for FR24's rules (the AES key is 16 ASCII characters = 16 bytes). */
export function generateSandboxKeys(random: (size: number) => Buffer = randomBytes): ProfileSecrets {
  return {
    appKey: `sandbox-${random(4).toString('hex')}`,
    appSecret: random(24).toString('hex'),
    aesKey: random(12).toString('base64url')
  }
}

/** Reads the section, creating it (Sandbox active, new Sandbox keys) on first launch. */
export function loadProfilesSection(store: SettingsStore, random?: (size: number) => Buffer): ProfilesSection {
  const existing = store.read(PROFILES_SECTION, ProfilesSection.optional(), undefined)
  if (existing) return existing
  const created: ProfilesSection = {
    version: 1,
    activeId: SANDBOX_PROFILE_ID,
    sandbox: generateSandboxKeys(random),
    profiles: []
  }
  store.write(PROFILES_SECTION, created)
  return created
}

export function appKeyHint(appKey: string): string | undefined {
  // Only when the rest of the key stays hidden.
  return appKey.length >= 8 ? appKey.slice(-4) : undefined
}
