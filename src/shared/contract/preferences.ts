import { Preferences } from '../domain/app'
import { call, event, NoArgs, type CallSpec, type EventSpec } from './define'

export const preferenceCalls = {
  getPreferences: call(NoArgs, Preferences),
  setPreferences: call(Preferences, Preferences)
} satisfies Record<string, CallSpec>

export const preferenceEvents = {
  preferencesChanged: event(Preferences)
} satisfies Record<string, EventSpec>
