import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { CredentialEnvironment } from '../../../shared/domain/environments'
import { MAX_PROFILES, ProfileId, ProfileSecrets, SANDBOX_PROFILE_ID } from '../../../shared/domain/profile'
import { describeIssues, type Salvage, type SectionNotice, type SettingsStore } from '../core/settingsStore'

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
  const existing = store.read(PROFILES_SECTION, ProfilesSection.optional(), undefined, salvageProfiles(random))
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

/**
 * One profile that does not fit (a 61-character name, an unknown environment) drops only
 * itself: its neighbours, the active choice and the Sandbox keys stay. Its keychain entry is
 * left alone, and the store keeps a copy of the file with it in. A section of another
 * version or shape gives nothing back (the store then resets it, also keeping the copy).
 */
export function salvageProfiles(random?: (size: number) => Buffer): Salvage<ProfilesSection | undefined> {
  return (raw) => {
    if (!isRecord(raw) || raw.version !== 1 || !Array.isArray(raw.profiles)) return undefined
    const notices: SectionNotice[] = []
    const profiles: StoredProfile[] = []
    for (const item of raw.profiles as unknown[]) {
      const parsed = StoredProfile.safeParse(item)
      if (parsed.success && profiles.length < MAX_PROFILES) profiles.push(parsed.data)
      else {
        const reason = parsed.success ? `more than ${MAX_PROFILES} profiles` : describeIssues(parsed.error)
        notices.push({ kind: 'profile-dropped', profileId: textField(item, 'id'), name: textField(item, 'name'), reason })
      }
    }
    const sandbox = ProfileSecrets.safeParse(raw.sandbox)
    if (!sandbox.success) {
      notices.push({ kind: 'section-reset', section: `${PROFILES_SECTION}.sandbox`, reason: describeIssues(sandbox.error) })
    }
    const activeId = typeof raw.activeId === 'string' && profiles.some((p) => p.id === raw.activeId) ? raw.activeId : SANDBOX_PROFILE_ID
    return {
      value: { version: 1, activeId, sandbox: sandbox.success ? sandbox.data : generateSandboxKeys(random), profiles },
      notices
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** For the notice: what the agent would recognise the dropped profile by, bounded. */
function textField(item: unknown, key: string): string {
  const value = isRecord(item) ? item[key] : undefined
  return typeof value === 'string' ? value.slice(0, 200) : ''
}

export function appKeyHint(appKey: string): string | undefined {
  // Only when the rest of the key stays hidden.
  return appKey.length >= 8 ? appKey.slice(-4) : undefined
}
