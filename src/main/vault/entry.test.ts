import { describe, expect, it } from 'vitest'
import { decodeEntry, encodeEntry } from './entry'
import { classifyKeychainError, keychainDetail, LOCKED_REASON, NO_SECRET_SERVICE_REASON } from './failures'
import { failureOf, secretsA } from './testing/vaultContract'

describe('vault entry', () => {
  it('is one JSON string with a version and the three values', () => {
    expect(JSON.parse(encodeEntry(secretsA))).toEqual({ v: 1, ...secretsA })
    expect(decodeEntry(encodeEntry(secretsA))).toEqual(secretsA)
  })

  it.each([
    ['not JSON', 'appSecret=hunter2hunter2', /not in the format/],
    ['JSON but not an object', '["hunter2hunter2"]', /not in the format/],
    ['an unknown version', JSON.stringify({ v: 9, ...secretsA }), /unknown format/],
    ['missing fields', JSON.stringify({ v: 1, appKey: 'hunter2hunter2' }), /appSecret, aesKey missing/],
    ['an AES key that is not 16 bytes', JSON.stringify({ ...secretsA, v: 1, aesKey: 'hunter2hunter2' }), /AES key/]
  ])('calls an entry that is %s damaged, without quoting it', async (_label, raw, reason) => {
    const failure = await failureOf(Promise.resolve().then(() => decodeEntry(raw)))
    expect(failure).toMatchObject({ reason: 'damaged-entry', action: 'check-credentials' })
    expect(failure.message).toMatch(reason)
    expect(failure.message).not.toContain('hunter2')
  })
})

describe('keychain errors', () => {
  it.each([
    ['Could not connect: No such file or directory', 'linux', 'no-secret-service'],
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'linux', 'no-secret-service'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'linux', 'no-secret-service'],
    ['Cannot create an item in a locked collection', 'linux', 'locked'],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'linux', 'locked'],
    ['User interaction is not allowed.', 'darwin', 'locked'],
    ['User canceled the operation.', 'darwin', 'locked'],
    ['Could not connect: the keychain daemon', 'darwin', 'error'],
    ['Element not found.', 'win32', 'error']
  ] as const)('reads "%s" on %s as %s', (message, platform, state) => {
    expect(classifyKeychainError(message, platform).state).toBe(state)
  })

  it('says clearly that there is no Secret Service and nothing is stored in plain text', () => {
    const status = classifyKeychainError('Could not connect: No such file or directory', 'linux')
    expect(status.reason).toBe(NO_SECRET_SERVICE_REASON)
    expect(status.reason).toMatch(/^No keychain \(Secret Service\) is running/)
    expect(status.reason).toMatch(/never stored in plain text/)
    expect(classifyKeychainError('is locked', 'linux').reason).toBe(LOCKED_REASON)
  })

  it('quotes the OS message scrubbed of the secrets involved, on one bounded line', () => {
    const detail = keychainDetail(new Error('bad item "s3cr3t-value"\nat line 2'), ['s3cr3t-value'])
    expect(detail).toBe('bad item "[redacted]" at line 2')
    expect(keychainDetail(new Error('x'.repeat(500))).length).toBeLessThanOrEqual(201)
    expect(keychainDetail(undefined)).toBe('unknown error')
  })
})
