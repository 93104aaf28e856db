import { DEFAULT_PREFERENCES, Preferences } from '../../../shared/domain/app'
import type { EventHub } from '../core/events'
import type { SettingsStore } from '../core/settingsStore'

const SECTION = 'preferences'

/** Language and theme live in main so Electron and the browser host share them. */
export class PreferencesService {
  constructor(
    private readonly store: SettingsStore,
    private readonly hub: EventHub
  ) {}

  get(): Preferences {
    return this.store.read(SECTION, Preferences, DEFAULT_PREFERENCES)
  }

  set(next: Preferences): Preferences {
    this.store.write(SECTION, next)
    this.hub.emit('preferencesChanged', next)
    return next
  }
}
