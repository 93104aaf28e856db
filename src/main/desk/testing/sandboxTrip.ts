import type { ProfileList } from '../../../shared/domain/profile'

/**
 * What desk-level tests against the real Sandbox book with: one adult from Singapore to
 * Hong Kong, the agency's contact, and the account list of a desk where only the Sandbox
 * exists. Shared so the booking, balance and money tests travel the same trip.
 */
export const SANDBOX_PROFILE = 'sandbox'

export const AGENT_CONTACT = { agentName: 'DESK/AGENT', agentEmail: 'desk@example.com', mobile: '13800000000', areaCode: '86' }

export const ONE_ADULT_SIN_HKG = {
  searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-15' }],
  adultNum: 1,
  preferences: { cabin: 'Y' as const }
}

export const adultPassenger = (name: string) =>
  ({
    paxId: 1,
    name,
    paxType: 'ADT',
    birthday: '1985-06-15',
    gender: 'M',
    cardNum: 'E00000001',
    cardType: 'PP',
    cardIssuedPlace: 'CN',
    cardExpiryDate: '2032-12-31',
    nationality: 'CN'
  }) as const

export const sandboxOnly: ProfileList = {
  activeId: SANDBOX_PROFILE,
  keychain: { state: 'available' },
  profiles: [{ id: SANDBOX_PROFILE, name: 'Sandbox', environment: 'sandbox', isActive: true, builtIn: true, hasCredentials: true }]
}
