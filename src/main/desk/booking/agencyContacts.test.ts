import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { JsonSettingsStore } from '../core/settingsStore'
import { AgencyContacts } from './agencyContacts'

const CONTACT = { name: 'SKYWAYS TRAVEL', areaCode: '65', phone: '6123 4567', email: 'desk@skyways.example' }

let dir: string
const store = () => new JsonSettingsStore(join(dir, 'settings.json'), { report: () => undefined, log: silentLogger, clock: new ManualClock(0) })

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fr24-agency-contacts-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('AgencyContacts', () => {
  it('remembers one contact per profile, in the settings file', () => {
    const contacts = new AgencyContacts(store())
    expect(contacts.get('sandbox')).toBeNull()
    contacts.save('sandbox', CONTACT)
    contacts.save('test-1', { ...CONTACT, name: 'OTHER AGENCY' })
    const again = new AgencyContacts(store())
    expect(again.get('sandbox')).toEqual(CONTACT)
    expect(again.get('test-1')?.name).toBe('OTHER AGENCY')
  })

  it('a section that no longer fits starts empty again, with the file as it was kept aside and the agent told', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ agencyContacts: { sandbox: CONTACT, broken: { name: '', email: 'not an email' } } }))
    const notices: unknown[] = []
    const settings = new JsonSettingsStore(join(dir, 'settings.json'), { report: (n) => void notices.push(n), log: silentLogger, clock: new ManualClock(0) })
    expect(new AgencyContacts(settings).get('sandbox')).toBeNull()
    expect(notices).toEqual([expect.objectContaining({ kind: 'section-reset', section: 'agencyContacts' })])
    const aside = (notices[0] as { file: string }).file
    expect(JSON.parse(readFileSync(aside, 'utf8')).agencyContacts.sandbox).toEqual(CONTACT)
  })
})
