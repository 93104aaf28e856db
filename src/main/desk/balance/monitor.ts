import { availableToSpend } from '../../../shared/balance/availableToSpend'
import type { Language } from '../../../shared/domain/app'
import { BalanceSnapshot } from '../../../shared/domain/balance'
import type { BalanceFigures, BalanceHistory, BalanceSettingsInput, BalanceView } from '../../../shared/domain/balanceView'
import type { MoneyMovementList } from '../../../shared/domain/moneyMovement'
import { SANDBOX_PROFILE_ID, type ProfileAccounts, type ProfileList } from '../../../shared/domain/profile'
import { deskError, type DeskError } from '../../../shared/errors'
import { parseServerTime } from '../../fr24/serverTime'
import type { Journal } from '../../journal/journal'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { Poller, type PollOutcome } from '../../util/poller'
import { systemTimers, type Timers } from '../../util/timers'
import type { EventHub } from '../core/events'
import { DeskFailure } from '../core/failure'
import type { InternalBus } from '../core/internalBus'
import type { SettingsStore } from '../core/settingsStore'
import { balanceHistory, balanceMovements } from './history'
import { reconcileReading } from './reconciliation'
import { BalanceSettingsStore } from './settings'
import { balanceView, type AccountRef, type BalanceState } from './state'
import { assessFreshness, BACKOFF_CAP_MS, BACKOFF_FIRST_MS } from './status'

/**
 * Where the monitor learns which accounts exist and which is active (ProfileService fits).
 * Not the full list: that asks the keychain for its state, and the balance must not wait on it.
 */
export interface ProfileSource {
  accounts(): Promise<ProfileAccounts>
}

export interface BalanceMonitorDeps {
  clock: Clock
  /** selectBalance for a profile; throws DeskFailure (kind network/auth/fr24, with code and traceId). */
  readBalance: (profileId: string) => Promise<BalanceSnapshot>
  journal: Journal
  settings: SettingsStore
  hub: EventHub
  /** Money the desk moves (desk/money) and money moved elsewhere: the monitor reads after each. */
  bus?: InternalBus
  profiles: ProfileSource
  timers?: Timers
  /** The desk's language for the tooltip line (English by default). */
  language?: () => Language
  log?: Logger
}

/** Listeners (the tray) are told on every change and every tick (ages and staleness move with time). */
export const TICK_MS = 30_000
/** After a money call the balance is read at once and again this soon (FR24 may deduct a moment later). */
export const FOLLOW_UP_MS = 30_000
/** A read that has not answered by then counts as failed (the FR24 client's own limit is 30 s). */
export const READ_TIMEOUT_MS = 60_000
/** Readings older than this are dropped at start (money movements are kept for good). */
export const SAMPLE_RETENTION_MS = 400 * 24 * 60 * 60_000

/**
 * The state of the active account's FR24 balance.
 *
 * Reads selectBalance on the agent's interval (default 3 min), after every money movement
 * settled (desk/money's `movementSettled` on the internal bus, or `noteMoneyCall`) and on
 * demand (`refresh`); the poller (util/poller.ts) backs failed reads off (30 s doubling to
 * 10 min), times them out and drops late answers after an account switch. A failure makes
 * the figure stale with the reason; the next success clears it. Every reading goes to the
 * journal and is reconciled with the desk's payments (reconciliation.ts). Publishes
 * `balanceChanged` on the hub and hands the state to `subscribe`rs (desk/tray).
 */
export class BalanceMonitor {
  private readonly clock: Clock
  private readonly journal: Journal
  private readonly timers: Timers
  private readonly settingsStore: BalanceSettingsStore
  private readonly poller: Poller<BalanceSnapshot>
  private readonly listeners = new Set<(state: BalanceState) => void>()

  private profileList: ProfileAccounts | undefined
  private profileId = SANDBOX_PROFILE_ID
  private snapshot: BalanceSnapshot | undefined
  private lastSuccessAt: number | undefined
  private lastError: DeskError | undefined
  private failingSince: number | undefined

  private tickHandle: unknown
  private lastEmitted = ''
  private unsubscribe: Array<() => void> = []
  private running = false

  constructor(private readonly deps: BalanceMonitorDeps) {
    this.clock = deps.clock
    this.journal = deps.journal
    this.timers = deps.timers ?? systemTimers
    this.settingsStore = new BalanceSettingsStore(deps.settings)
    this.poller = new Poller<BalanceSnapshot>({
      clock: deps.clock,
      timers: this.timers,
      run: () => deps.readBalance(this.profileId),
      intervalMs: () => this.settingsStore.read().intervalSeconds * 1000,
      backoff: { minMs: BACKOFF_FIRST_MS, maxMs: BACKOFF_CAP_MS },
      timeoutMs: READ_TIMEOUT_MS,
      timeoutError: () =>
        new DeskFailure(deskError('network', 'desk.balance.timeout', { params: { seconds: READ_TIMEOUT_MS / 1000 }, code: 'TIMEOUT', action: 'retry-later' })),
      onOutcome: (outcome) => this.take(outcome),
      onChange: () => this.publish(true)
    })
  }

  /** Learns the accounts, shows the last known figure (stale) and reads the balance. */
  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    const generation = this.poller.generation
    try {
      const list = await this.deps.profiles.accounts()
      if (generation !== this.poller.generation) return
      this.profileList = list
      this.profileId = list.activeId
    } catch (error) {
      this.deps.log?.error('balance monitor could not list profiles', { error: String(error) })
    }
    // Stopped while the accounts were being listed: start nothing (no tick, no subscription).
    if (!this.running || generation !== this.poller.generation) return
    this.unsubscribe.push(
      this.deps.hub.subscribe((name, payload) => {
        if (name === 'profilesChanged') this.onProfiles(payload as ProfileList)
        else if (name === 'preferencesChanged') this.publish()
      })
    )
    const bus = this.deps.bus
    if (bus) {
      // The intent counts as committed at once; the outcome is read from FR24 now and again shortly.
      this.unsubscribe.push(bus.on('movementRecorded', (m) => m.profileId === this.profileId && this.publish()))
      this.unsubscribe.push(bus.on('movementSettled', (m) => m.profileId === this.profileId && this.noteMoneyCall()))
      this.unsubscribe.push(bus.on('accountMoneyMoved', (e) => e.profileId === this.profileId && this.noteMoneyCall()))
    }
    try {
      this.journal.samples.prune(this.clock.now() - SAMPLE_RETENTION_MS)
    } catch (error) {
      this.deps.log?.error('old balance readings could not be pruned', { error: String(error) })
    }
    this.restoreLastKnown()
    this.scheduleTick()
    this.poller.start()
    void this.poller.now()
  }

  stop(): void {
    this.running = false
    // A read still under way belongs to the old generation: its end is ignored.
    this.poller.stop()
    for (const off of this.unsubscribe.splice(0)) off()
    if (this.tickHandle !== undefined) this.timers.clearTimeout(this.tickHandle)
    this.tickHandle = undefined
    this.listeners.clear()
  }

  /** Reads the balance now (joining a read already under way) and answers the view after it. */
  async refresh(): Promise<BalanceView> {
    await this.poller.now()
    return this.view()
  }

  /**
   * A money-moving call was sent or settled: the view takes the journal's committed payments
   * at once, and the balance is read now (or right after the read under way) and again shortly after.
   */
  noteMoneyCall(): void {
    if (!this.running) return
    if (this.poller.busy) {
      void this.poller.now({ queue: true, nextWithinMs: FOLLOW_UP_MS })
      this.publish()
      return
    }
    void this.poller.now({ nextWithinMs: FOLLOW_UP_MS })
  }

  /** Told on every change and tick, with the state at that moment. */
  subscribe(listener: (state: BalanceState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  activeProfileId(): string {
    return this.profileId
  }

  state(): BalanceState {
    const now = this.clock.now()
    const settings = this.settingsStore.read()
    const figures = this.figures()
    const state: BalanceState = {
      now,
      account: this.activeAccount(),
      accounts: (this.profileList?.profiles ?? []).map((p) => ({ id: p.id, name: p.name, environment: p.environment })),
      consecutiveFailures: this.poller.failures,
      freshness: assessFreshness({
        now,
        intervalMs: settings.intervalSeconds * 1000,
        hasFigure: this.snapshot !== undefined,
        ...(this.lastSuccessAt !== undefined ? { lastSuccessAt: this.lastSuccessAt } : {}),
        ...(this.lastError ? { lastError: this.lastError } : {}),
        ...(this.failingSince !== undefined ? { failingSince: this.failingSince } : {})
      }),
      thresholds: this.settingsStore.thresholdsFor(this.profileId),
      settings,
      refreshing: this.poller.busy
    }
    if (figures) {
      state.figures = figures
      state.available = figures.available
    }
    if (this.lastSuccessAt !== undefined) state.lastSuccessAt = this.lastSuccessAt
    if (this.poller.lastStartedAt !== undefined) state.lastAttemptAt = this.poller.lastStartedAt
    if (this.poller.nextAt !== undefined) state.nextRefreshAt = this.poller.nextAt
    if (this.failingSince !== undefined) state.failingSince = this.failingSince
    return state
  }

  view(): BalanceView {
    return balanceView(this.state(), this.language())
  }

  /** Thresholds for the active account; interval and close-to-tray for the desk. */
  setSettings(input: BalanceSettingsInput): BalanceView {
    const before = this.settingsStore.read().intervalSeconds
    this.settingsStore.save(this.profileId, input)
    if (input.intervalSeconds !== before && !this.poller.busy && this.poller.failures === 0) {
      const from = this.poller.lastStartedAt ?? this.clock.now()
      this.poller.schedule(Math.max(0, from + input.intervalSeconds * 1000 - this.clock.now()))
    }
    this.publish(true)
    return this.view()
  }

  /** The active account's readings since a time (history.ts). */
  history(since: number): BalanceHistory {
    return balanceHistory(this.journal, this.profileId, since)
  }

  /** The desk's own money movements on the active account since a time (history.ts). */
  movements(since: number): MoneyMovementList {
    return balanceMovements(this.journal, this.profileId, since)
  }

  closeToTray(): { enabled: boolean; explained: boolean } {
    const settings = this.settingsStore.read()
    return { enabled: settings.closeToTray, explained: settings.closeToTrayExplained }
  }

  markCloseToTrayExplained(): void {
    this.settingsStore.markCloseToTrayExplained()
  }

  /** The desk's language (the tooltip line, the tray's words). */
  language(): Language {
    return this.deps.language?.() ?? 'en'
  }

  // ---- readings --------------------------------------------------------------

  private take(outcome: PollOutcome<BalanceSnapshot>): void {
    const requestedAt = this.poller.lastStartedAt ?? this.clock.now()
    if (outcome.ok) {
      const snapshot = BalanceSnapshot.parse({ ...outcome.value, receivedAt: this.clock.now() })
      this.journal.samples.add(this.profileId, snapshot)
      reconcileReading(this.journal, this.profileId, snapshot, requestedAt)
      this.snapshot = snapshot
      this.lastSuccessAt = snapshot.receivedAt
      this.lastError = undefined
      this.failingSince = undefined
    } else {
      this.lastError = this.toDeskError(outcome.error, this.profileId)
      this.failingSince ??= requestedAt
    }
  }

  private toDeskError(error: unknown, profileId: string): DeskError {
    if (error instanceof DeskFailure) return error.error
    this.deps.log?.error('balance read failed unexpectedly', {
      profileId,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    })
    return deskError('internal', 'desk.balance.fault', { action: 'report-bug' })
  }

  private figures(): BalanceFigures | undefined {
    const snapshot = this.snapshot
    if (!snapshot) return undefined
    const committed = this.journal.movements.committedNotDeducted(this.profileId, snapshot.currency)
    const figures: BalanceFigures = { snapshot, available: availableToSpend(snapshot, committed) }
    const serverTimeMs = parseServerTime(snapshot.serverTime)
    if (serverTimeMs !== undefined && serverTimeMs >= 0) figures.serverTimeMs = serverTimeMs
    return figures
  }

  /** The last reading in the journal, shown (as old) until the first refresh answers. */
  private restoreLastKnown(): void {
    const last = this.journal.samples.latest(this.profileId)
    if (!last) return
    this.snapshot = last
    this.lastSuccessAt = last.receivedAt
  }

  // ---- accounts --------------------------------------------------------------

  private onProfiles(list: ProfileList): void {
    const known = new Set(list.profiles.map((p) => p.id))
    const gone = (this.profileList?.profiles ?? []).map((p) => p.id).filter((id) => !known.has(id))
    if (gone.length) this.settingsStore.forget(gone)
    this.profileList = list
    if (!this.running) return
    if (list.activeId !== this.profileId) {
      this.switchTo(list.activeId)
      void this.poller.now()
    } else if (this.lastError && !this.poller.busy) {
      // The keys may just have been fixed: try again now rather than after the backoff.
      void this.poller.now()
    } else {
      this.publish(true)
    }
  }

  /** Starts over for another account: the old account's read still under way is dropped. */
  private switchTo(profileId: string): void {
    this.poller.restart()
    this.profileId = profileId
    this.snapshot = undefined
    this.lastSuccessAt = undefined
    this.lastError = undefined
    this.failingSince = undefined
    this.restoreLastKnown()
  }

  private activeAccount(): AccountRef {
    const found = this.profileList?.profiles.find((p) => p.id === this.profileId)
    if (found) return { id: found.id, name: found.name, environment: found.environment }
    return { id: this.profileId, name: this.profileId === SANDBOX_PROFILE_ID ? 'Sandbox' : this.profileId, environment: 'sandbox' }
  }

  // ---- publishing ------------------------------------------------------------

  private scheduleTick(): void {
    this.tickHandle = this.timers.setTimeout(() => {
      this.tickHandle = undefined
      if (!this.running) return
      this.publish(false)
      this.scheduleTick()
    }, TICK_MS)
  }

  /**
   * Tells the window and the listeners. The renderer's `balanceChanged` goes out on every
   * real change (`force`) and, on a tick, only when what it shows (level, amount,
   * staleness) moved; listeners hear every tick.
   */
  private publish(force = true): void {
    if (!this.running) return
    const state = this.state()
    const view = balanceView(state, this.language())
    const key = JSON.stringify([view.profileId, view.level, view.figures?.available.amount, view.stale, view.staleReason?.kind])
    if (force || key !== this.lastEmitted) {
      this.lastEmitted = key
      try {
        this.deps.hub.emit('balanceChanged', view)
      } catch (error) {
        // A view outside the contract is a bug here; the tray below still gets drawn.
        this.deps.log?.error('balanceChanged did not fit the contract', { error: String(error) })
      }
    }
    for (const listener of this.listeners) listener(state)
  }
}
