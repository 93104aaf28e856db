import { create } from 'zustand'
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/domain/app'
import { deskFeed, type DeskPorts } from '../feeds/feed'
import { windowDesk } from '../feeds/deskPorts'

/** Language and theme as main keeps them: the frame applies them, Settings changes them. No secrets, ever. */
export interface PreferencesState {
  preferences: Preferences
  setPreferences(preferences: Preferences): void
}

export const usePreferencesStore = create<PreferencesState>()((set) => ({
  preferences: DEFAULT_PREFERENCES,
  setPreferences: (preferences) => set({ preferences })
}))

/**
 * getPreferences, then every preferencesChanged. A failed read keeps the defaults: the
 * desk starts in the system's language and theme rather than not at all.
 */
export function preferencesFeed(ports: DeskPorts = windowDesk) {
  const { setPreferences } = usePreferencesStore.getState()
  return deskFeed(ports, { call: 'getPreferences', event: 'preferencesChanged', apply: setPreferences, fail: () => undefined })
}
