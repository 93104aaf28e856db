import { Id } from '../../shared/contract/define'
import { ProfileSecrets } from '../../shared/domain/profile'
import { corruptedEntryFailure, invalidProfileIdFailure, invalidSecretsFailure } from './failures'

/**
 * One keychain entry per profile: the three values as one JSON string, so they
 * are written and removed together. `v` lets a later version change the layout.
 */
const ENTRY_VERSION = 1

/** Checks secrets before they are stored; the issues name fields, never values. */
export function validateSecrets(secrets: unknown): ProfileSecrets {
  const parsed = ProfileSecrets.safeParse(secrets)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'credentials'}: ${issue.message}`)
    .join('; ')
  throw invalidSecretsFailure(issues)
}

export function validateProfileId(profileId: string): string {
  if (!Id.safeParse(profileId).success) throw invalidProfileIdFailure()
  return profileId
}

export function encodeEntry(secrets: ProfileSecrets): string {
  const valid = validateSecrets(secrets)
  return JSON.stringify({ v: ENTRY_VERSION, appKey: valid.appKey, appSecret: valid.appSecret, aesKey: valid.aesKey })
}

/** Reads an entry back; anything that is not exactly what encodeEntry writes is "damaged". */
export function decodeEntry(raw: string): ProfileSecrets {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw corruptedEntryFailure('it is not in the format FR24 Desk writes')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw corruptedEntryFailure('it is not in the format FR24 Desk writes')
  }
  const record = value as Record<string, unknown>
  if (record.v !== ENTRY_VERSION) throw corruptedEntryFailure('it was written in an unknown format')
  const missing = (['appKey', 'appSecret', 'aesKey'] as const).filter(
    (field) => typeof record[field] !== 'string' || record[field] === ''
  )
  if (missing.length) throw corruptedEntryFailure(`${missing.join(', ')} missing`)
  const parsed = ProfileSecrets.safeParse({ appKey: record.appKey, appSecret: record.appSecret, aesKey: record.aesKey })
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'entry')))]
    const what = fields.includes('aesKey') ? 'the AES key is not a valid 16-byte key' : `${fields.join(', ')} not valid`
    throw corruptedEntryFailure(what)
  }
  return parsed.data
}
