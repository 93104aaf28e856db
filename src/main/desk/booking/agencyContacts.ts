import { z } from 'zod'
import { AgencyContact } from '../../../shared/domain/booking'
import type { SettingsStore } from '../core/settingsStore'

/** The agency contact FR24 gets with every booking, remembered per profile (settings section `agencyContacts`). */
const SECTION = 'agencyContacts'
const Contacts = z.record(z.string(), AgencyContact)

export class AgencyContacts {
  constructor(private readonly settings: SettingsStore) {}

  get(profileId: string): AgencyContact | null {
    return this.all()[profileId] ?? null
  }

  save(profileId: string, contact: AgencyContact): AgencyContact {
    const all = this.all()
    if (JSON.stringify(all[profileId]) !== JSON.stringify(contact)) this.settings.write(SECTION, { ...all, [profileId]: contact })
    return contact
  }

  private all(): Record<string, AgencyContact> {
    // A section that no longer fits is reset by the store, which keeps the file aside and tells the agent.
    return this.settings.read(SECTION, Contacts, {})
  }
}
