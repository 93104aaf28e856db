import { create } from 'zustand'
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/domain/app'
import { loading, type AppPhase } from './appPhase'
import type { Screen } from './navigation'

/** View state only: what is on screen and how it looks. No secrets, ever. */
export interface DeskState {
  app: AppPhase
  preferences: Preferences
  screen: Screen
  setApp(app: AppPhase): void
  setPreferences(preferences: Preferences): void
  setScreen(screen: Screen): void
}

export const useDeskStore = create<DeskState>()((set) => ({
  app: loading,
  preferences: DEFAULT_PREFERENCES,
  screen: 'search',
  setApp: (app) => set({ app }),
  setPreferences: (preferences) => set({ preferences }),
  setScreen: (screen) => set({ screen })
}))
