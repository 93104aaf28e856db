import { join } from 'node:path'
import { calls, type Calls } from '../../shared/contract'
import type { AppInfo } from '../../shared/domain/app'
import type { Clock } from '../util/clock'
import { createDispatcher, type Dispatch, type DispatchLog, type HandlerMap } from './dispatch'
import { EventHub } from './events'
import { PreferencesService } from './preferences'
import { JsonSettingsStore } from './settingsStore'

export interface DeskAppOptions {
  shell: AppInfo['shell']
  dataDir: string
  version: string
  platform: string
  systemLocale: string
  clock: Clock
  log: DispatchLog
  /** When the process started (ms since epoch), for startup timings. */
  processStartedAt: number
}

export interface DeskApp {
  dispatch: Dispatch
  hub: EventHub
  stop(): Promise<void>
}

/**
 * Wires the main-process services together. Electron's index.ts and the browser
 * host both call this, so the desk behaves the same in both shells.
 */
export async function createDeskApp(options: DeskAppOptions): Promise<DeskApp> {
  const hub = new EventHub()
  const settings = new JsonSettingsStore(join(options.dataDir, 'settings.json'))
  const preferences = new PreferencesService(settings, hub)
  const servicesReadyMs = Math.max(0, options.clock.now() - options.processStartedAt)

  const handlers: HandlerMap<Calls> = {
    appInfo: () => ({
      name: 'FR24 Desk',
      version: options.version,
      shell: options.shell,
      platform: options.platform,
      systemLocale: options.systemLocale,
      startup: { servicesReadyMs }
    }),
    getPreferences: () => preferences.get(),
    setPreferences: (next) => preferences.set(next)
  }

  return {
    dispatch: createDispatcher(calls, handlers, options.log),
    hub,
    stop: async () => {}
  }
}
