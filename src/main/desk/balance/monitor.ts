import { availableToSpend, walletFunds } from '../../../shared/balance/availableToSpend'
import type { Language } from '../../../shared/domain/app'
import { BalanceSnapshot } from '../../../shared/domain/balance'
import type {
  BalanceFigures,
  BalanceHistory,
  BalanceSettingsInput,
  BalanceView
} from '../../../shared/domain/balanceView'
import { WALLET_DEBIT_KINDS, type MoneyMovement, type MoneyMovementList, type PaymentDeadline } from '../../../shared/domain/moneyMovement'
import { sum } from '../../../shared/money'
import { SANDBOX_PROFILE_ID, type ProfileAccounts, type ProfileList } from '../../../shared/domain/profile'
import type { DeskError } from '../../../shared/errors'
import { parseServerTime } from '../../fr24/serverTime'
import type { Clock } from '../../util/clock'
import type { EventHub } from '../core/events'
import { DeskFailure } from '../core/failure'
import type { Journal } from '../../journal/journal'
import type { SettingsStore } from '../core/settingsStore'
import { REFLECTION_GRACE_MS, reflectedPayments } from './deduction'
import { decideNotifications, initialNotificationMemory, type DeskNotification, type NotificationMemory } from '../tray/notifications'
import { BalanceSettingsStore } from './settings'
import { assessFreshness, backoffMs, type Freshness } from './status'
import { systemTimers, type Timers } from './timers'
import { computeTrayState, type TrayProfile } from '../tray/trayState'

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
  profiles: ProfileSource
  timers?: Timers
  /** Orders waiting for payment; by default the bookings the journal knows. */
  deadlines?: (profileId: string, now: number) => PaymentDeadline[]
  /** The desk's language for tray text and notifications (English by default). */
  language?: () => Language
  /** process.platform, for tray icon names. */
  platform?: string
  /** For deadline times in the tray menu; the machine's zone when absent. */
  timeZone?: string
  log?: { error(message: string, fields?: Record<string, unknown>): void }
}

/** What the tray glue receives on every change and every tick. */
export interface MonitorUpdate {
  view: BalanceView
  notifications: DeskNotification[]
}

/** The tray and notifications are recomputed this often (ages, deadlines, staleness move with time). */
export const TICK_MS = 30_000
/** After a money call the balance is read at once and again this soon (FR24 may deduct a moment later). */
export const FOLLOW_UP_MS = 30_000
/** A read that has not answered by then counts as failed (the FR24 client's own limit is 30 s). */
export const READ_TIMEOUT_MS = 60_000
/** Readings older than this are dropped at start (money movements are kept for good). */
export const SAMPLE_RETENTION_MS = 400 * 24 * 60 * 60_000
/** How long before its reading a payment the reading did not show can have been sent, beyond the grace period (a write's timeout and more). */
const EARLIER_PAYMENT_MARGIN_MS = 10 * 60_000
const HISTORY_LIMIT = 2000
const MOVEMENTS_LIMIT = 2000

type RefreshReason = 'start' | 'poll' | 'demand' | 'money' | 'switch'

/**
 * Watches the active account's FR24 balance.
 *
 * Reads selectBalance on the agent's interval (default 3 min), right after every money
 * call (`noteMoneyCall`) and on demand (`refresh`). Failed reads back off (30 s doubling
 * to 10 min) and make the figure stale with the reason; the next success clears it.
 * Every reading goes to the journal. Switching the active account starts over.
 * Publishes `balanceChanged` on the hub and hands tray updates and notifications to
 * `subscribe`rs (the Electron tray).
 */
export class BalanceMonitor {
  private readonly clock: Clock
  private readonly journal: Journal
  private readonly hub: EventHub
  private readonly timers: Timers
  private readonly settingsStore: BalanceSettingsStore
  private readonly listeners = new Set<(update: MonitorUpdate) => void>()

  private profileList: ProfileAccounts | undefined
  private profileId = SANDBOX_PROFILE_ID
  /** Bumped on every account switch so answers for the previous account are dropped. */
  private generation = 0

  private snapshot: BalanceSnapshot | undefined
  private lastSuccessAt: number | undefined
  private lastAttemptAt: number | undefined
  private lastError: DeskError | undefined
  private failingSince: number | undefined
  private failures = 0
  private nextRefreshAt: number | undefined
  private inFlight: Promise<void> | undefined
  private again = false
  private followUp = false

  private pollHandle: unknown
  private tickHandle: unknown
  private memory: NotificationMemory = initialNotificationMemory()
  private lastEmitted = ''
  private unsubscribeHub: (() => void) | undefined
  private running = false

  constructor(private readonly deps: BalanceMonitorDeps) {
    this.clock = deps.clock
    this.journal = deps.journal
    this.hub = deps.hub
    this.timers = deps.timers ?? systemTimers
    this.settingsStore = new BalanceSettingsStore(deps.settings)
  }

  /** Learns the accounts, shows the last known figure (stale) and reads the balance. */
  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    const generation = this.generation
    try {
      const list = await this.deps.profiles.accounts()
      if (generation !== this.generation) return
      this.profileList = list
      this.profileId = list.activeId
    } catch (error) {
      this.deps.log?.error('balance monitor could not list profiles', { error: String(error) })
    }
    // Stopped while the accounts were being listed: start nothing (no tick, no subscription).
    if (!this.running || generation !== this.generation) return
    this.unsubscribeHub = this.hub.subscribe((name, payload) => {
      if (name === 'profilesChanged') this.onProfiles(payload as ProfileList)
      else if (name === 'preferencesChanged') this.publish()
    })
    try {
      this.journal.samples.prune(this.clock.now() - SAMPLE_RETENTION_MS)
    } catch (error) {
      this.deps.log?.error('old balance readings could not be pruned', { error: String(error) })
    }
    this.restoreLastKnown()
    this.scheduleTick()
    void this.runRefresh('start')
  }

  stop(): void {
    this.running = false
    this.generation++
    // A read still under way belongs to the old generation: its end is ignored, so forget it
    // here or a later start() would join it and never read.
    this.inFlight = undefined
    this.again = false
    this.followUp = false
    this.unsubscribeHub?.()
    this.unsubscribeHub = undefined
    this.clearPoll()
    if (this.tickHandle !== undefined) this.timers.clearTimeout(this.tickHandle)
    this.tickHandle = undefined
    this.listeners.clear()
  }

  /** Reads the balance now (joining a read already under way) and answers the view after it. */
  async refresh(): Promise<BalanceView> {
    await this.runRefresh('demand')
    return this.view()
  }

  /**
   * Call right after a money-moving call (and, if you like, right after recording its
   * intent): the view takes the journal's committed payments at once, and the balance is
   * read now and again shortly after.
   */
  noteMoneyCall(): void {
    if (!this.running) return
    this.followUp = true
    if (this.inFlight) {
      this.again = true
      this.publish()
      return
    }
    void this.runRefresh('money')
  }

  subscribe(listener: (update: MonitorUpdate) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  activeProfileId(): string {
    return this.profileId
  }

  view(): BalanceView {
    const now = this.clock.now()
    const settings = this.settingsStore.read()
    const thresholds = this.settingsStore.thresholdsFor(this.profileId)
    const profile = this.activeProfile()
    const figures = this.figures()
    const freshness = this.freshness(now, settings.intervalSeconds)
    const tray = computeTrayState({
      now,
      platform: this.deps.platform ?? 'linux',
      language: this.language(),
      ...(this.deps.timeZone ? { timeZone: this.deps.timeZone } : {}),
      profile,
      profiles: this.profiles(),
      ...(figures ? { available: figures.available } : {}),
      ...(this.lastSuccessAt !== undefined ? { lastSuccessAt: this.lastSuccessAt } : {}),
      freshness,
      thresholds,
      deadlines: this.deadlines(now),
      refreshing: this.inFlight !== undefined
    })
    const view: BalanceView = {
      profileId: this.profileId,
      profileName: profile.name,
      environment: profile.environment,
      refreshing: this.inFlight !== undefined,
      consecutiveFailures: this.failures,
      stale: freshness.stale,
      thresholds,
      intervalSeconds: settings.intervalSeconds,
      closeToTray: settings.closeToTray,
      tray,
      computedAt: now
    }
    if (figures) view.figures = figures
    if (this.lastSuccessAt !== undefined) view.lastSuccessAt = this.lastSuccessAt
    if (this.lastAttemptAt !== undefined) view.lastAttemptAt = this.lastAttemptAt
    if (this.nextRefreshAt !== undefined) view.nextRefreshAt = this.nextRefreshAt
    if (freshness.reason) view.staleReason = freshness.reason
    return view
  }

  /** Thresholds for the active account; interval and close-to-tray for the desk. */
  setSettings(input: BalanceSettingsInput): BalanceView {
    const before = this.settingsStore.read().intervalSeconds
    this.settingsStore.save(this.profileId, input)
    if (input.intervalSeconds !== before && !this.inFlight && this.failures === 0) {
      const from = this.lastAttemptAt ?? this.clock.now()
      this.schedule(Math.max(0, from + input.intervalSeconds * 1000 - this.clock.now()))
    }
    this.publish(true)
    return this.view()
  }

  history(since: number): BalanceHistory {
    const samples = this.journal.samples.since(this.profileId, since, HISTORY_LIMIT)
    const truncated = samples.length === HISTORY_LIMIT && this.journal.samples.countSince(this.profileId, since) > HISTORY_LIMIT
    return { profileId: this.profileId, since, samples, truncated }
  }

  movements(since: number): MoneyMovementList {
    const movements = this.journal.movements.since(this.profileId, since, MOVEMENTS_LIMIT)
    const truncated =
      movements.length === MOVEMENTS_LIMIT && this.journal.movements.countSince(this.profileId, since) > MOVEMENTS_LIMIT
    return { profileId: this.profileId, since, movements, truncated }
  }

  closeToTray(): { enabled: boolean; explained: boolean } {
    const settings = this.settingsStore.read()
    return { enabled: settings.closeToTray, explained: settings.closeToTrayExplained }
  }

  markCloseToTrayExplained(): void {
    this.settingsStore.markCloseToTrayExplained()
  }

  /** The desk's language for the tray glue (dialogs, the close-to-tray notice). */
  language(): Language {
    return this.deps.language?.() ?? 'en'
  }

  // ---- reading ---------------------------------------------------------------

  private runRefresh(reason: RefreshReason): Promise<void> {
    if (!this.running) return Promise.resolve()
    if (this.inFlight) {
      if (reason === 'money') this.again = true
      return this.inFlight
    }
    const generation = this.generation
    const profileId = this.profileId
    const requestedAt = this.clock.now()
    this.clearPoll()
    this.lastAttemptAt = requestedAt

    const attempt = (async () => {
      try {
        const raw = await this.withTimeout(this.deps.readBalance(profileId))
        if (generation !== this.generation) return
        const snapshot = BalanceSnapshot.parse({ ...raw, receivedAt: this.clock.now() })
        this.journal.samples.add(profileId, snapshot)
        this.reflect(profileId, snapshot, requestedAt)
        this.snapshot = snapshot
        this.lastSuccessAt = snapshot.receivedAt
        this.lastError = undefined
        this.failingSince = undefined
        this.failures = 0
      } catch (error) {
        if (generation !== this.generation) return
        this.failures++
        this.lastError = this.toDeskError(error, profileId)
        this.failingSince ??= requestedAt
      }
    })()

    const done = attempt.then(() => {
      if (generation !== this.generation) return
      this.inFlight = undefined
      if (!this.running) return
      if (this.again) {
        this.again = false
        void this.runRefresh('money')
        return
      }
      let delay = this.settingsStore.read().intervalSeconds * 1000
      if (this.failures > 0) delay = backoffMs(this.failures)
      else if (this.followUp && reason === 'money') delay = Math.min(delay, FOLLOW_UP_MS)
      if (reason !== 'money') this.followUp = false
      this.schedule(delay)
      this.publish(true)
    })
    this.inFlight = done
    this.publish(true)
    return done
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let handle: unknown
    const timeout = new Promise<never>((_, reject) => {
      handle = this.timers.setTimeout(
        () =>
          reject(
            new DeskFailure({
              kind: 'network',
              code: 'TIMEOUT',
              message: `FR24 did not answer the balance check within ${READ_TIMEOUT_MS / 1000} seconds.`,
              action: 'retry-later'
            })
          ),
        READ_TIMEOUT_MS
      )
    })
    return Promise.race([work, timeout]).finally(() => this.timers.clearTimeout(handle))
  }

  /** Marks the desk's payments this reading shows as taken (see deduction.ts). */
  private reflect(profileId: string, snapshot: BalanceSnapshot, requestedAt: number): void {
    const payments = this.journal.movements.unreflectedPayments(profileId).filter((m) => m.currency === snapshot.currency)
    if (payments.length === 0) return
    const baselines = new Map(payments.map((m) => [m.id, this.journal.samples.before(profileId, m.createdAt)] as const))
    // The desk's payments around those baselines, oldest first: an earlier one a baseline did
    // not show yet must drop too before a later one counts as taken (see deduction.ts). A payment
    // still unshown at a reading was sent less than the grace period (plus a call's time) before it.
    const oldestBaseline = Math.min(...payments.map((m) => baselines.get(m.id)?.receivedAt ?? m.createdAt))
    const debits = this.journal
      .movements.since(profileId, oldestBaseline - REFLECTION_GRACE_MS - EARLIER_PAYMENT_MARGIN_MS)
      .filter(
        (m) =>
          m.direction === 'debit' &&
          WALLET_DEBIT_KINDS.includes(m.kind) &&
          m.currency === snapshot.currency &&
          (m.state === 'succeeded' || m.state === 'pending')
      )
    const earlierNotShown = (m: MoneyMovement, baselineAt: number): string => {
      const position = debits.findIndex((d) => d.id === m.id)
      const earlier = position < 0 ? debits.filter((d) => d.createdAt < m.createdAt) : debits.slice(0, position)
      return sum(earlier.filter((d) => d.reflectedAt === undefined || d.reflectedAt > baselineAt).map((d) => d.amount))
    }
    const ids = reflectedPayments(
      payments.map((m) => {
        const before = baselines.get(m.id)
        return {
          id: m.id,
          amount: m.amount,
          createdAt: m.createdAt,
          ...(m.settledAt !== undefined ? { settledAt: m.settledAt } : {}),
          ...(before && before.currency === snapshot.currency
            ? {
                baseline: { receivedAt: before.receivedAt, funds: walletFunds(before) },
                earlierNotShown: earlierNotShown(m, before.receivedAt)
              }
            : {})
        }
      }),
      { requestedAt, funds: walletFunds(snapshot) }
    )
    this.journal.movements.markReflected(ids, snapshot.receivedAt)
  }

  private toDeskError(error: unknown, profileId: string): DeskError {
    if (error instanceof DeskFailure) return error.error
    this.deps.log?.error('balance read failed unexpectedly', {
      profileId,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    })
    return {
      kind: 'internal',
      message: 'The balance could not be read because of a fault in FR24 Desk.',
      action: 'report-bug'
    }
  }

  // ---- state -----------------------------------------------------------------

  private figures(): BalanceFigures | undefined {
    const snapshot = this.snapshot
    if (!snapshot) return undefined
    const committed = this.journal.movements.committedNotDeducted(this.profileId, snapshot.currency)
    const figures: BalanceFigures = { snapshot, available: availableToSpend(snapshot, committed) }
    const serverTimeMs = parseServerTime(snapshot.serverTime)
    if (serverTimeMs !== undefined && serverTimeMs >= 0) figures.serverTimeMs = serverTimeMs
    return figures
  }

  private freshness(now: number, intervalSeconds: number): Freshness {
    return assessFreshness({
      now,
      intervalMs: intervalSeconds * 1000,
      hasFigure: this.snapshot !== undefined,
      ...(this.lastSuccessAt !== undefined ? { lastSuccessAt: this.lastSuccessAt } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.failingSince !== undefined ? { failingSince: this.failingSince } : {})
    })
  }

  /** The last reading in the journal, shown (as old) until the first refresh answers. */
  private restoreLastKnown(): void {
    const last = this.journal.samples.latest(this.profileId)
    if (!last) return
    this.snapshot = last
    this.lastSuccessAt = last.receivedAt
  }

  private resetFor(profileId: string): void {
    this.generation++
    this.profileId = profileId
    this.inFlight = undefined
    this.again = false
    this.followUp = false
    this.snapshot = undefined
    this.lastSuccessAt = undefined
    this.lastAttemptAt = undefined
    this.lastError = undefined
    this.failingSince = undefined
    this.failures = 0
    this.nextRefreshAt = undefined
    this.clearPoll()
    this.restoreLastKnown()
  }

  private onProfiles(list: ProfileList): void {
    const known = new Set(list.profiles.map((p) => p.id))
    const gone = (this.profileList?.profiles ?? []).map((p) => p.id).filter((id) => !known.has(id))
    if (gone.length) this.settingsStore.forget(gone)
    this.profileList = list
    if (!this.running) return
    if (list.activeId !== this.profileId) {
      this.resetFor(list.activeId)
      void this.runRefresh('switch')
    } else if (this.lastError && !this.inFlight) {
      // The keys may just have been fixed: try again now rather than after the backoff.
      void this.runRefresh('demand')
    } else {
      this.publish(true)
    }
  }

  private activeProfile(): TrayProfile {
    const found = this.profileList?.profiles.find((p) => p.id === this.profileId)
    if (found) return { id: found.id, name: found.name, environment: found.environment }
    return { id: this.profileId, name: this.profileId === SANDBOX_PROFILE_ID ? 'Sandbox' : this.profileId, environment: 'sandbox' }
  }

  private profiles(): TrayProfile[] {
    return (this.profileList?.profiles ?? []).map((p) => ({ id: p.id, name: p.name, environment: p.environment }))
  }

  private deadlines(now: number): PaymentDeadline[] {
    try {
      return this.deps.deadlines ? this.deps.deadlines(this.profileId, now) : this.journal.movements.awaitingPayment(this.profileId, now)
    } catch (error) {
      this.deps.log?.error('payment deadlines could not be read', { error: String(error) })
      return []
    }
  }

  // ---- timers and publishing -------------------------------------------------

  private schedule(delayMs: number): void {
    this.clearPoll()
    if (!this.running) return
    this.nextRefreshAt = this.clock.now() + delayMs
    this.pollHandle = this.timers.setTimeout(() => {
      this.pollHandle = undefined
      void this.runRefresh('poll')
    }, delayMs)
  }

  private clearPoll(): void {
    if (this.pollHandle !== undefined) this.timers.clearTimeout(this.pollHandle)
    this.pollHandle = undefined
  }

  private scheduleTick(): void {
    this.tickHandle = this.timers.setTimeout(() => {
      this.tickHandle = undefined
      if (!this.running) return
      this.publish(false)
      this.scheduleTick()
    }, TICK_MS)
  }

  /**
   * Recomputes the view, decides notifications and tells the tray. The renderer's
   * `balanceChanged` goes out on every real change (`force`) and, on a tick, only when
   * what it shows (level, title, staleness) moved.
   */
  private publish(force = true): void {
    if (!this.running) return
    const view = this.view()
    const decision = decideNotifications(
      {
        now: view.computedAt,
        language: this.language(),
        profileId: view.profileId,
        profileName: view.profileName,
        ...(!view.stale && view.tray.fundsLevel ? { fundsLevel: view.tray.fundsLevel } : {}),
        ...(view.figures ? { available: { amount: view.figures.available.amount, currency: view.figures.available.currency } } : {}),
        ...(this.failingSince !== undefined ? { failingSince: this.failingSince } : {}),
        ...(view.staleReason ? { failureReason: view.staleReason.kind } : {}),
        deadlines: this.deadlines(view.computedAt)
      },
      this.memory
    )
    this.memory = decision.memory
    const key = JSON.stringify([view.profileId, view.tray.level, view.tray.title, view.stale, view.staleReason?.kind])
    if (force || key !== this.lastEmitted) {
      this.lastEmitted = key
      try {
        this.hub.emit('balanceChanged', view)
      } catch (error) {
        // A view outside the contract is a bug here; the tray below still gets drawn.
        this.deps.log?.error('balanceChanged did not fit the contract', { error: String(error) })
      }
    }
    for (const listener of this.listeners) listener({ view, notifications: decision.notifications })
  }
}
