import { ConnectionTestResult, ProfileDraft, ProfileList, ProfileRef, ProfileSummary, SetActiveProfile } from '../domain/profile'
import { call, event, NoArgs, type CallSpec, type EventSpec } from './define'

export const profileCalls = {
  listProfiles: call(NoArgs, ProfileList),
  saveProfile: call(ProfileDraft, ProfileSummary),
  deleteProfile: call(ProfileRef, ProfileList),
  setActiveProfile: call(SetActiveProfile, ProfileList),
  testConnection: call(ProfileRef, ConnectionTestResult)
} satisfies Record<string, CallSpec>

export const profileEvents = {
  profilesChanged: event(ProfileList)
} satisfies Record<string, EventSpec>
