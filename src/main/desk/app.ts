import { join } from 'node:path'
import { ensurePrivateDir } from '../util/privateFiles'
import { calls, type Calls } from '../../shared/contract'
import type { AppInfo } from '../../shared/domain/app'
import type { BalanceSnapshot } from '../../shared/domain/balance'
import type { Clock } from '../util/clock'
import type { Logger } from '../util/log'
import type { SandboxHandle } from '../sandbox'
import type { Vault } from '../vault/vault'
import { SANDBOX_PROFILE_ID } from '../../shared/domain/profile'
import { createBalanceDesk } from './balance/desk'
import { InternalBus } from './core/internalBus'
import { MoneyPath } from './money/moneyPath'
import { TrayDesk, type TrayPort } from './tray/trayDesk'
import { effectiveLanguage } from '../../shared/text'
import { createDispatcher, type Dispatch, type HandlerMap } from './core/dispatch'
import { startEmbeddedSandbox } from './profiles/embeddedSandbox'
import { Fr24Clients } from './core/fr24Clients'
import { diagnosticsHandlers } from './diagnostics/handlers'
import { EventHub } from './core/events'
import { profileHandlers } from './profiles/handlers'
import { searchHandlers } from './search/handlers'
import { pricingHandlers } from './booking/pricingHandlers'
import { PricedOffers } from './booking/priced'
import { PricingService } from './booking/pricing'
import { bookHandlers } from './booking/bookHandlers'
import { BookingService } from './booking/book'
import { OrderChecks } from './orders/orderChecks'
import { OrderService } from './orders/service'
import { orderHandlers } from './orders/handlers'
import { PlacesIndex } from './search/places'
import { SearchService } from './search/service'
import { systemTimers } from '../util/timers'
import { acquireDeskLock } from './core/deskLock'
import type { Journal } from '../journal/journal'
import { openJournal } from '../journal/openJournal'
import { coreHandlers } from './core/handlers'
import { DeskNotices } from './notices/notices'
import { noticeHandlers } from './notices/handlers'
import { PreferencesService } from './preferences/preferences'
import { preferenceHandlers } from './preferences/handlers'
import { ProfileService, type BalanceChecker } from './profiles/profiles'
import { JsonSettingsStore } from './core/settingsStore'

export interface DeskAppOptions {
  shell: AppInfo['shell']
  dataDir: string
  version: string
  platform: string
  systemLocale: string
  clock: Clock
  /** Redacting logger (src/main/util/log.ts). */
  log: Logger
  /** When the process started (ms since epoch), for startup timings. */
  processStartedAt: number
  /** Test and Production keys: KeytarVault in Electron and the browser host, MemoryVault in tests. */
  vault: Vault
  /** selectBalance for "Test connection"; by default the FR24 client. */
  checkBalance?: BalanceChecker
  /** selectBalance for the balance monitor; by default checkBalance with the profile's connection. */
  readBalance?: (profileId: string) => Promise<BalanceSnapshot>
}

export interface DeskApp {
  dispatch: Dispatch
  hub: EventHub
  /** What the OS tray shows and may ask for (drawn by src/main/electron/tray.ts). */
  tray: TrayPort
  /** The one way money-moving calls are made (desk/money). */
  money: MoneyPath
  /** Resolves once the work started in the background (the balance monitor's first read) has begun. */
  ready: Promise<void>
  /** Resolves once the bookings and payments left open by an earlier run have been checked with FR24 (as far as it answered). */
  reconciled: Promise<void>
  stop(): Promise<void>
}

/**
 * Wires the main-process services together. Electron's index.ts and the browser
 * host both call this, so the desk behaves the same in both shells.
 */
export async function createDeskApp(options: DeskAppOptions): Promise<DeskApp> {
  // Before anything reads or writes the folder: a second desk on it must stop here (DeskLockedError).
  ensurePrivateDir(options.dataDir)
  // Real time, not options.clock: the lock is compared with other processes and the machine's boot time.
  const lock = acquireDeskLock(options.dataDir, { shell: options.shell })
  try {
    return await composeDesk(options, lock.release)
  } catch (error) {
    lock.release()
    throw error
  }
}

async function composeDesk(options: DeskAppOptions, releaseLock: () => void): Promise<DeskApp> {
  const hub = new EventHub()
  const notices = new DeskNotices(hub, options.log)
  const settings = new JsonSettingsStore(join(options.dataDir, 'settings.json'), {
    report: notices.report,
    log: options.log,
    clock: options.clock
  })
  const preferences = new PreferencesService(settings, hub)
  // Read now, so a damaged section is repaired and on the notice list before the first window asks.
  preferences.get()
  const clients = new Fr24Clients({ clock: options.clock, log: options.log })
  const checkBalance = options.checkBalance ?? ((connection) => clients.readBalance(connection))
  // The profiles need the Sandbox's URL and the Sandbox needs the profiles' keys: a late-bound reference.
  const sandboxRef: { current?: SandboxHandle } = {}
  const profiles = new ProfileService({
    settings,
    vault: options.vault,
    hub,
    sandboxBaseUrl: () => sandboxRef.current?.url,
    checkBalance,
    log: options.log
  })
  const runningSandbox = await startEmbeddedSandbox({
    dataDir: options.dataDir,
    settings,
    credentials: profiles.sandboxCredentials(),
    clock: options.clock,
    log: options.log
  })
  sandboxRef.current = runningSandbox
  let journal: Journal
  try {
    journal = openJournal(join(options.dataDir, 'journal.sqlite'), {
      clock: options.clock,
      log: options.log,
      onSetAside: (aside) => notices.report({ kind: 'journal-set-aside', ...aside })
    })
  } catch (error) {
    await runningSandbox.close()
    throw error
  }
  // A call whose answer never arrived (the desk stopped) has an unknown outcome.
  journal.movements.markInterruptedUncertain()
  const bus = new InternalBus(options.log)
  const money = new MoneyPath({ movements: journal.movements, bus, log: options.log })
  const language = () => effectiveLanguage(preferences.get().language, options.systemLocale)
  const balance = createBalanceDesk({
    clock: options.clock,
    readBalance: options.readBalance ?? ((profileId) => checkBalance(profiles.resolveCredentials(profileId))),
    journal,
    settings,
    hub,
    bus,
    profiles,
    language,
    log: options.log
  })
  const places = new PlacesIndex()
  const search = new SearchService({
    shopping: (connection, request, callOptions) => clients.for(connection).shopping(request, callOptions),
    profiles,
    clock: options.clock,
    timers: systemTimers,
    log: options.log,
    settings,
    places
  })
  // The price checks of the last half hour: one store, shared by the price check and booking.
  const pricedOffers = new PricedOffers(() => options.clock.now())
  const pricing = new PricingService({
    pricing: (connection, request, callOptions) => clients.for(connection).pricing(request, callOptions),
    seatMap: (connection, request, callOptions) => clients.for(connection).seatMap(request, callOptions),
    presaleAncillaryShopping: (connection, request, callOptions) => clients.for(connection).presaleAncillaryShopping(request, callOptions),
    profiles,
    offers: search,
    clock: options.clock,
    timers: systemTimers,
    log: options.log,
    places,
    priced: pricedOffers
  })
  const orderChecks = new OrderChecks({ journal, fr24: (connection) => clients.for(connection), profiles, bus, hub, places, clock: options.clock, log: options.log })
  const booking = new BookingService({
    pricedOffers,
    journal,
    money,
    checks: orderChecks,
    profiles,
    fr24: (connection) => clients.for(connection),
    settings,
    places,
    clock: options.clock,
    log: options.log
  })
  const orders = new OrderService({ journal, money, checks: orderChecks, profiles, fr24: (connection) => clients.for(connection), balance: balance.monitor, log: options.log })
  // Bookings and payments an earlier run left open are checked with FR24 in the background; start-up does not wait.
  const reconciled = orderChecks.reconcileAll().catch((error: unknown) => options.log.error('open bookings and payments could not be checked', { error: String(error) }))
  const servicesReadyMs = Math.max(0, options.clock.now() - options.processStartedAt)

  const handlers: HandlerMap<Calls> = {
    ...coreHandlers({ ...options, servicesReadyMs }),
    ...noticeHandlers(notices),
    ...preferenceHandlers(preferences),
    ...profileHandlers(profiles),
    ...balance.handlers,
    ...searchHandlers(search),
    ...pricingHandlers(pricing),
    ...bookHandlers(booking),
    ...orderHandlers(orders),
    ...diagnosticsHandlers({
      clients,
      sandbox: runningSandbox,
      appVersion: options.version,
      clock: options.clock,
      afterSandboxReset: () => bus.emit('accountMoneyMoved', { profileId: SANDBOX_PROFILE_ID, why: 'sandbox-reset' })
    })
  }

  const dispatch = createDispatcher(calls, handlers, { log: options.log, hub })
  const tray = new TrayDesk({
    balance: balance.monitor,
    language,
    platform: options.platform,
    deadlines: (profileId, now) => journal.movements.awaitingPayment(profileId, now),
    switchProfile: async (id, confirmProduction) => {
      const result = await dispatch('setActiveProfile', { id, confirmProduction })
      return result.ok ? { ok: true } : { ok: false, message: result.error.message }
    },
    log: options.log
  })

  return {
    dispatch,
    hub,
    tray,
    money,
    ready: balance.ready,
    reconciled,
    stop: async () => {
      try {
        tray.stop()
        balance.stop()
        search.stop()
        journal.close()
        await runningSandbox.close()
      } finally {
        releaseLock()
      }
    }
  }
}
