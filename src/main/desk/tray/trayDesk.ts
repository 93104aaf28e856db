import type { Language } from '../../../shared/domain/app'
import type { PaymentDeadline } from '../../../shared/domain/moneyMovement'
import type { BalanceState } from '../balance/state'
import { decideWindowClose, type WindowCloseDecision } from './closeToTray'
import { decideNotifications, initialNotificationMemory, type DeskNotification, type NotificationMemory } from './notifications'
import type { Logger } from '../../util/log'
import type { TrayState } from './trayModel'
import { computeTrayState } from './trayState'

/** What the tray reads of the balance (BalanceMonitor fits). */
export interface TrayBalanceSource {
  state(): BalanceState
  subscribe(listener: (state: BalanceState) => void): () => void
  refresh(): Promise<unknown>
  closeToTray(): { enabled: boolean; explained: boolean }
  markCloseToTrayExplained(): void
}

export interface TrayDeskDeps {
  balance: TrayBalanceSource
  language: () => Language
  /** process.platform: template icons and a menu-bar title on macOS. */
  platform: string
  /** For deadline times in the menu; the machine's zone when absent. */
  timeZone?: string
  /** Orders waiting for payment (the journal's bookings today; the order watcher's soon). */
  deadlines: (profileId: string, now: number) => PaymentDeadline[]
  /** The tray menu's account switch (setActiveProfile through the dispatcher). */
  switchProfile: (profileId: string, confirmProduction: true | undefined) => Promise<{ ok: true } | { ok: false; message: string }>
  log?: Logger
}

/** What the tray glue receives on every change and every tick. */
export interface TrayUpdate {
  tray: TrayState
  notifications: DeskNotification[]
}

/**
 * The narrow port electron/tray.ts draws from: what to show, when it changed, and the
 * few things the tray can ask for. Nothing else of the desk reaches the glue.
 */
export interface TrayPort {
  view(): TrayState
  subscribe(listener: (update: TrayUpdate) => void): () => void
  refresh(): void
  /** Closing the window: hide or close, and the first time what to tell (then it counts as told). */
  closeWindow(input: { quitting: boolean; trayAvailable: boolean }): WindowCloseDecision
  switchProfile(profileId: string, confirmProduction: true | undefined): Promise<{ ok: true } | { ok: false; message: string }>
  language(): Language
}

/**
 * Composes the balance (and soon orders) into what the tray and the OS notifications show:
 * the tray state on every balance change and tick, and each notification once, when it is
 * due (the memory of what was told lives here).
 */
export class TrayDesk implements TrayPort {
  private readonly listeners = new Set<(update: TrayUpdate) => void>()
  private memory: NotificationMemory = initialNotificationMemory()
  private readonly unsubscribe: () => void

  constructor(private readonly deps: TrayDeskDeps) {
    this.unsubscribe = deps.balance.subscribe((state) => this.onBalance(state))
  }

  view(): TrayState {
    return this.compose(this.deps.balance.state())
  }

  subscribe(listener: (update: TrayUpdate) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  refresh(): void {
    void this.deps.balance.refresh()
  }

  closeWindow(input: { quitting: boolean; trayAvailable: boolean }): WindowCloseDecision {
    const closeToTray = this.deps.balance.closeToTray()
    const decision = decideWindowClose({
      closeToTray: closeToTray.enabled,
      explained: closeToTray.explained,
      quitting: input.quitting,
      trayAvailable: input.trayAvailable,
      platform: this.deps.platform,
      language: this.language()
    })
    if (decision.action === 'hide' && decision.explain) this.deps.balance.markCloseToTrayExplained()
    return decision
  }

  switchProfile(profileId: string, confirmProduction: true | undefined): Promise<{ ok: true } | { ok: false; message: string }> {
    return this.deps.switchProfile(profileId, confirmProduction)
  }

  language(): Language {
    return this.deps.language()
  }

  stop(): void {
    this.unsubscribe()
    this.listeners.clear()
  }

  private onBalance(state: BalanceState): void {
    const tray = this.compose(state)
    const decision = decideNotifications(
      {
        now: state.now,
        language: this.language(),
        profileId: state.account.id,
        profileName: state.account.name,
        ...(!state.freshness.stale && tray.fundsLevel ? { fundsLevel: tray.fundsLevel } : {}),
        ...(state.available ? { available: { amount: state.available.amount, currency: state.available.currency } } : {}),
        ...(state.failingSince !== undefined ? { failingSince: state.failingSince } : {}),
        ...(state.freshness.reason ? { failureReason: state.freshness.reason.kind } : {}),
        deadlines: this.deadlines(state)
      },
      this.memory
    )
    this.memory = decision.memory
    for (const listener of this.listeners) listener({ tray, notifications: decision.notifications })
  }

  private compose(state: BalanceState): TrayState {
    return computeTrayState({
      now: state.now,
      platform: this.deps.platform,
      language: this.language(),
      ...(this.deps.timeZone ? { timeZone: this.deps.timeZone } : {}),
      profile: state.account,
      profiles: state.accounts,
      ...(state.available ? { available: state.available } : {}),
      ...(state.lastSuccessAt !== undefined ? { lastSuccessAt: state.lastSuccessAt } : {}),
      freshness: state.freshness,
      thresholds: state.thresholds,
      deadlines: this.deadlines(state),
      refreshing: state.refreshing
    })
  }

  private deadlines(state: BalanceState): PaymentDeadline[] {
    try {
      return this.deps.deadlines(state.account.id, state.now)
    } catch (error) {
      this.deps.log?.error('payment deadlines could not be read', { error: String(error) })
      return []
    }
  }
}
