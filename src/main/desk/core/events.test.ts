import { afterEach, describe, expect, it } from 'vitest'
import type { ProfileList } from '../../../shared/domain/profile'
import { forgetSecret, registerSecret } from '../../util/redact'
import { EventHub } from './events'

describe('EventHub', () => {
  const secret = 'CANARY-event-secret-0d17'
  afterEach(() => forgetSecret(secret))

  const list = (name: string, keychainSaid = 'nothing'): ProfileList => ({
    activeId: 'sandbox',
    keychain: { state: 'error', message: `the keychain said ${keychainSaid}` },
    profiles: [{ id: 'sandbox', name, environment: 'sandbox', isActive: true, builtIn: true, hasCredentials: true }]
  })

  it('masks a registered secret in every string of an event before any listener sees it', () => {
    registerSecret(secret)
    const hub = new EventHub()
    const seen: unknown[] = []
    hub.subscribe((_name, payload) => seen.push(payload))
    hub.emit('profilesChanged', list(`Sandbox ${secret}`, secret))
    expect(seen).toHaveLength(1)
    expect(JSON.stringify(seen)).not.toContain(secret)
    expect(seen[0]).toMatchObject({
      keychain: { message: 'the keychain said [redacted]' },
      profiles: [{ name: 'Sandbox [redacted]' }]
    })
  })

  it('passes events on unchanged when they hold no secret', () => {
    registerSecret(secret)
    const hub = new EventHub()
    const seen: unknown[] = []
    hub.subscribe((_name, payload) => seen.push(payload))
    hub.emit('profilesChanged', list('Sandbox'))
    expect(seen).toEqual([list('Sandbox')])
  })
})
