import type { preferenceCalls } from '../../../shared/contract/preferences'
import type { HandlerMap } from '../core/dispatch'
import type { PreferencesService } from './preferences'

/** The preference calls of the contract (contract/preferences.ts). */
export function preferenceHandlers(service: PreferencesService): HandlerMap<typeof preferenceCalls> {
  return {
    getPreferences: () => service.get(),
    setPreferences: (next) => service.set(next)
  }
}
