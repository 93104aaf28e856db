import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import { BalanceSettingsInput, type BalanceView } from '../../../shared/domain/balanceView'
import type { ProfileList } from '../../../shared/domain/profile'
import type { DeskError } from '../../../shared/errors'
import { ManualClock } from '../../util/clock'
import { EventHub } from '../core/events'
import { DeskFailure } from '../core/failure'
import { Journal } from '../../journal/journal'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'
import { InternalBus } from '../core/internalBus'
import type { TrayDesk, TrayUpdate } from '../tray/trayDesk'
import { BalanceMonitor, FOLLOW_UP_MS, READ_TIMEOUT_MS, TICK_MS } from './monitor'
import { trayOf } from './testing/trayOf'
import { flush, FakeTimers } from '../../util/testing/fakeTimers'
import { silentLogger } from '../../util/log'

const T0 = Date.UTC(2025, 0, 17, 3, 0, 0)
const SEC = 1000
const MIN = 60 * SEC

const offline: DeskError = { kind: 'network', message: 'Could not connect to FR24.', code: 'CONNECTION_REFUSED', action: 'retry-later' }
const refused: DeskError = {
  kind: 'auth',
  message: 'FR24 did not accept the balance check: sign mismatch (code 10100003).',
  code: '10100003',
  traceId: 'balance_NEWAPI250117110000001',
  action: 'check-credentials'
}

function profileList(activeId = 'sandbox'): ProfileList {
  return {
    activeId,
    keychain: { state: 'available' },
    profiles: [
      { id: 'sandbox', name: 'Sandbox', environment: 'sandbox', isActive: activeId === 'sandbox', builtIn: true, hasCredentials: true },
      { id: 'p_live', name: 'Agency live', environment: 'production', isActive: activeId === 'p_live', builtIn: false, hasCredentials: true }
    ]
  }
}

/** A scripted selectBalance: each call takes the next answer (or the last one again). */
class FakeFr24 {
  balances: Record<string, string> = { sandbox: '50000.00', p_live: '800.00' }
  failWith: DeskError | undefined
  hang = false
  calls: Array<{ profileId: string; at: number }> = []
  private pending: Array<() => void> = []

  constructor(private readonly clock: ManualClock) {}

  read = (profileId: string): Promise<BalanceSnapshot> => {
    this.calls.push({ profileId, at: this.clock.now() })
    if (this.hang) return new Promise((resolve) => this.pending.push(() => resolve(this.snapshot(profileId))))
    if (this.failWith) return Promise.reject(new DeskFailure(this.failWith))
    return Promise.resolve(this.snapshot(profileId))
  }

  release(): void {
    const waiting = this.pending
    this.pending = []
    for (const resolve of waiting) resolve()
  }

  private snapshot(profileId: string): BalanceSnapshot {
    return {
      currency: 'CNY',
      balance: this.balances[profileId] ?? '0',
      creditLimit: '0.00',
      payable: '0.00',
      serverTime: '2025/01/17 11:00:00 ',
      receivedAt: 0,
      traceId: 'balance_NEWAPI250117110000001'
    }
  }
}

describe('balance monitor', () => {
  let clock: ManualClock
  let timers: FakeTimers
  let journal: Journal
  let hub: EventHub
  let fr24: FakeFr24
  let events: BalanceView[]
  let updates: TrayUpdate[]
  let tray: TrayDesk
  let bus: InternalBus
  let monitor: BalanceMonitor
  let profiles: ProfileList
  let settings: MemorySettingsStore

  beforeEach(() => {
    clock = new ManualClock(T0)
    timers = new FakeTimers(clock)
    journal = new Journal(':memory:', clock)
    hub = new EventHub()
    fr24 = new FakeFr24(clock)
    events = []
    updates = []
    profiles = profileList()
    settings = new MemorySettingsStore()
    hub.subscribe((name, payload) => {
      if (name === 'balanceChanged') events.push(payload as BalanceView)
    })
    bus = new InternalBus()
    monitor = newMonitor()
    // What the OS tray shows of this balance is composed by desk/tray, as in the desk.
    tray = trayOf(monitor, { journal, platform: 'darwin', timeZone: 'Asia/Shanghai' })
    tray.subscribe((update) => updates.push(update))
  })

  afterEach(() => {
    monitor.stop()
    journal.close()
  })

  function newMonitor(): BalanceMonitor {
    return new BalanceMonitor({
      clock,
      timers,
      journal,
      hub,
      bus,
      settings,
      readBalance: fr24.read,
      profiles: { accounts: async () => profiles }
    })
  }

  async function start(): Promise<void> {
    await monitor.start()
    await flush()
  }

  it('reads at once on start, shows the figures and FR24 time, and journals the reading', async () => {
    await start()
    const view = monitor.view()
    expect(fr24.calls).toEqual([{ profileId: 'sandbox', at: T0 }])
    expect(view).toMatchObject({
      profileId: 'sandbox',
      profileName: 'Sandbox',
      environment: 'sandbox',
      stale: false,
      refreshing: false,
      consecutiveFailures: 0,
      lastSuccessAt: T0,
      nextRefreshAt: T0 + 3 * MIN,
      intervalSeconds: 180,
      closeToTray: true,
      thresholds: { low: '10000', critical: '3000' }
    })
    expect(view.staleReason).toBeUndefined()
    expect(view.figures?.available).toEqual({
      currency: 'CNY',
      balance: '50000.00',
      creditLimit: '0.00',
      payable: '0.00',
      committed: '0',
      amount: '50000'
    })
    // 11:00 China time = 03:00 UTC
    expect(view.figures?.serverTimeMs).toBe(T0)
    expect(tray.view()).toMatchObject({ level: 'ok', title: 'CNY 50,000.00', icon: 'okTemplate' })
    expect(journal.samples.since('sandbox', 0)).toHaveLength(1)
    expect(events.at(-1)?.figures?.snapshot.balance).toBe('50000.00')
  })

  it('polls on the interval the agent sets (never below 30 s)', async () => {
    await start()
    await timers.advance(3 * MIN)
    expect(fr24.calls.map((c) => c.at)).toEqual([T0, T0 + 3 * MIN])
    monitor.setSettings({ low: '1000', critical: '100', intervalSeconds: 30, closeToTray: false })
    expect(monitor.view()).toMatchObject({ intervalSeconds: 30, closeToTray: false, thresholds: { low: '1000', critical: '100' } })
    await timers.advance(30 * SEC)
    expect(fr24.calls.map((c) => c.at - T0)).toEqual([0, 3 * MIN, 3 * MIN + 30 * SEC])
    expect(BalanceSettingsInput.safeParse({ low: '1', critical: '0', intervalSeconds: 29, closeToTray: true }).success).toBe(false)
    expect(BalanceSettingsInput.safeParse({ low: '1', critical: '2', intervalSeconds: 60, closeToTray: true }).success).toBe(false)
  })

  it('backs off on errors (30 s doubling to 10 min), stale with the reason, and recovers', async () => {
    fr24.failWith = offline
    await start()
    let view = monitor.view()
    expect(view).toMatchObject({ stale: true, consecutiveFailures: 1, nextRefreshAt: T0 + 30 * SEC })
    expect(view.staleReason).toEqual({ kind: 'offline', error: offline, since: T0 })
    expect(view.level).toBe('error') // nothing to show at all
    for (const wait of [30 * SEC, 60 * SEC, 2 * MIN, 4 * MIN, 8 * MIN, 10 * MIN, 10 * MIN]) await timers.advance(wait)
    const gaps = fr24.calls.slice(1).map((c, i) => c.at - fr24.calls[i]!.at)
    expect(gaps).toEqual([30 * SEC, 60 * SEC, 2 * MIN, 4 * MIN, 8 * MIN, 10 * MIN, 10 * MIN])

    fr24.failWith = undefined
    await timers.advance(10 * MIN)
    view = monitor.view()
    expect(view).toMatchObject({ stale: false, consecutiveFailures: 0 })
    expect(view.staleReason).toBeUndefined()
    expect(view.level).toBe('ok')
    expect(view.nextRefreshAt).toBe(clock.now() + 3 * MIN)
  })

  it('keeps the last figure when a refresh fails, marked stale; auth errors carry FR24 code and trace id', async () => {
    await start()
    fr24.failWith = refused
    await timers.advance(3 * MIN)
    const view = monitor.view()
    expect(view.figures?.snapshot.balance).toBe('50000.00')
    expect(view.stale).toBe(true)
    expect(view.staleReason).toEqual({ kind: 'auth', error: refused, since: T0 + 3 * MIN })
    expect(view.level).toBe('error')
    expect(events.at(-1)?.staleReason?.error?.traceId).toBe('balance_NEWAPI250117110000001')

    fr24.failWith = offline
    await timers.advance(30 * SEC)
    expect(monitor.view().level).toBe('stale')
  })

  it('is stale after twice the interval without a reading (the machine slept), and the tick says so', async () => {
    await start()
    clock.advance(6 * MIN + 1) // time jumps without timers firing
    expect(monitor.view()).toMatchObject({ stale: true, staleReason: { kind: 'old', since: T0 } })
    const before = events.length
    await timers.advance(0) // the overdue poll runs and answers
    expect(monitor.view().stale).toBe(false)
    expect(events.length).toBeGreaterThan(before)
  })

  it('emits a change on the tick when the level moves with time alone', async () => {
    await start()
    fr24.hang = true
    await timers.advance(3 * MIN) // a read that does not answer…
    const emitted = events.length
    await timers.advance(TICK_MS) // …nothing to say yet
    expect(events.length).toBe(emitted)
    await timers.advance(READ_TIMEOUT_MS - TICK_MS) // …until it times out
    expect(monitor.view().staleReason).toMatchObject({ kind: 'offline', error: { code: 'TIMEOUT' } })
    expect(events.at(-1)?.stale).toBe(true)
    fr24.hang = false
  })

  it('reads right after a money call, again shortly after, then on the interval', async () => {
    await start()
    await timers.advance(MIN)
    monitor.noteMoneyCall()
    await flush()
    expect(fr24.calls.map((c) => c.at - T0)).toEqual([0, MIN])
    expect(monitor.view().nextRefreshAt).toBe(T0 + MIN + FOLLOW_UP_MS)
    await timers.advance(FOLLOW_UP_MS)
    expect(monitor.view().nextRefreshAt).toBe(T0 + MIN + FOLLOW_UP_MS + 3 * MIN)
    expect(fr24.calls).toHaveLength(3)
  })

  it('a money call during a read asks for one more read after it', async () => {
    await start()
    fr24.hang = true
    void monitor.refresh()
    await flush()
    monitor.noteMoneyCall()
    monitor.noteMoneyCall()
    expect(fr24.calls).toHaveLength(2)
    fr24.hang = false
    fr24.release()
    await flush()
    expect(fr24.calls).toHaveLength(3)
  })

  it('refresh on demand joins a read under way and answers the new view', async () => {
    await start()
    fr24.balances.sandbox = '42000.00'
    const [a, b] = await Promise.all([monitor.refresh(), monitor.refresh()])
    expect(fr24.calls).toHaveLength(2)
    expect(a.figures?.snapshot.balance).toBe('42000.00')
    expect(b.figures?.snapshot.balance).toBe('42000.00')
  })

  it('switching the active account starts over and drops the old account’s late answer', async () => {
    await start()
    fr24.hang = true
    void monitor.refresh()
    await flush()
    profiles = profileList('p_live')
    hub.emit('profilesChanged', profiles)
    let view = monitor.view()
    expect(view).toMatchObject({ profileId: 'p_live', profileName: 'Agency live', environment: 'production', consecutiveFailures: 0 })
    expect(view.figures).toBeUndefined()
    expect(tray.view().production).toBe(true)
    fr24.hang = false
    fr24.release()
    await flush()
    view = monitor.view()
    expect(view.figures?.snapshot.balance).toBe('800.00')
    expect(tray.view()).toMatchObject({ level: 'critical', title: '● CNY 800.00 · CRITICAL' })
    expect(journal.samples.since('sandbox', 0).map((s) => s.balance)).toEqual(['50000.00'])
    expect(journal.samples.since('p_live', 0).map((s) => s.balance)).toEqual(['800.00'])
  })

  it('fixing the keys of a failing account reads again at once', async () => {
    fr24.failWith = refused
    await start()
    fr24.failWith = undefined
    hub.emit('profilesChanged', profileList())
    await flush()
    expect(fr24.calls).toHaveLength(2)
    expect(monitor.view().stale).toBe(false)
  })

  it('subtracts payments the desk committed until a reading shows them taken', async () => {
    await start()
    const intent = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'O1', amount: '7757', currency: 'CNY' })
    monitor.noteMoneyCall()
    await flush()
    // FR24 has not taken it yet (still 50,000): it counts as committed.
    expect(monitor.view().figures?.available).toMatchObject({ committed: '7757', amount: '42243' })
    clock.advance(2 * SEC)
    journal.movements.settle(intent.id, { state: 'succeeded' })
    fr24.balances.sandbox = '42243.00'
    monitor.noteMoneyCall()
    await flush()
    expect(monitor.view().figures?.available).toMatchObject({ balance: '42243.00', committed: '0', amount: '42243' })
    expect(journal.movements.get(intent.id)?.reflectedAt).toBe(clock.now())
  })

  it('keeps a payment committed while a reading only shows an earlier one taken (FR24 deducting late)', async () => {
    await start() // reading R1: 50,000
    clock.advance(SEC)
    const a = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'A', amount: '100', currency: 'CNY' })
    clock.advance(SEC)
    journal.movements.settle(a.id, { state: 'succeeded' })
    const b = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'B', amount: '50', currency: 'CNY' })
    clock.advance(SEC)
    journal.movements.settle(b.id, { state: 'succeeded' })
    // FR24 has taken A only.
    fr24.balances.sandbox = '49900.00'
    monitor.noteMoneyCall()
    await flush()
    expect(journal.movements.get(a.id)?.reflectedAt).toBeDefined()
    expect(monitor.view().figures?.available).toMatchObject({ committed: '50', amount: '49850' })
    // The next reading still shows only A taken: B is still to come off.
    await timers.advance(FOLLOW_UP_MS)
    expect(journal.movements.get(b.id)?.reflectedAt).toBeUndefined()
    expect(monitor.view().figures?.available).toMatchObject({ committed: '50', amount: '49850' })
    // Now FR24 takes B.
    fr24.balances.sandbox = '49850.00'
    monitor.noteMoneyCall()
    await flush()
    expect(journal.movements.get(b.id)?.reflectedAt).toBeDefined()
    expect(monitor.view().figures?.available).toMatchObject({ committed: '0', amount: '49850' })
  })

  it('does not take an earlier payment’s drop as a later payment’s after a reading that showed neither', async () => {
    await start() // R1: 50,000
    clock.advance(SEC)
    const a = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'A', amount: '100', currency: 'CNY' })
    clock.advance(SEC)
    journal.movements.settle(a.id, { state: 'succeeded' })
    monitor.noteMoneyCall() // R2: 50,000 (A not taken yet)
    await flush()
    expect(monitor.view().figures?.available).toMatchObject({ committed: '100', amount: '49900' })
    clock.advance(SEC)
    const b = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'B', amount: '50', currency: 'CNY' })
    clock.advance(SEC)
    journal.movements.settle(b.id, { state: 'succeeded' })
    fr24.balances.sandbox = '49900.00' // A taken, B not
    await timers.advance(FOLLOW_UP_MS)
    await flush()
    expect(journal.movements.get(a.id)?.reflectedAt).toBeDefined()
    expect(journal.movements.get(b.id)?.reflectedAt).toBeUndefined()
    expect(monitor.view().figures?.available).toMatchObject({ committed: '50', amount: '49850' })
  })

  it('reads when desk/money settles a movement of the active account (the internal bus); an intent only redraws', async () => {
    await start()
    const intent = journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', orderNo: 'O1', amount: '7757', currency: 'CNY' })
    bus.emit('movementRecorded', intent)
    await flush()
    expect(fr24.calls).toHaveLength(1)
    expect(events.at(-1)?.figures?.available).toMatchObject({ committed: '7757', amount: '42243' })
    clock.advance(2 * SEC)
    const settled = journal.movements.settle(intent.id, { state: 'succeeded' })
    bus.emit('movementSettled', { ...settled, profileId: 'p_live' })
    await flush()
    expect(fr24.calls).toHaveLength(1)
    fr24.balances.sandbox = '42243.00'
    bus.emit('movementSettled', settled)
    await flush()
    expect(fr24.calls.map((c) => c.at - T0)).toEqual([0, 2 * SEC])
    expect(monitor.view()).toMatchObject({ nextRefreshAt: T0 + 2 * SEC + FOLLOW_UP_MS, figures: { available: { committed: '0', amount: '42243' } } })
    expect(journal.movements.get(intent.id)?.reflectedAt).toBe(T0 + 2 * SEC)
  })

  it('reads when money moved on the account elsewhere (a Sandbox reset)', async () => {
    await start()
    fr24.balances.sandbox = '80000.00'
    bus.emit('accountMoneyMoved', { profileId: 'sandbox', why: 'sandbox-reset' })
    await flush()
    expect(fr24.calls).toHaveLength(2)
    expect(monitor.view().figures?.snapshot.balance).toBe('80000.00')
  })

  it('answers history and the desk’s own movements since a time', async () => {
    await start()
    await timers.advance(3 * MIN)
    journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', amount: '1', currency: 'CNY' })
    expect(monitor.history(T0 + 1).samples.map((s) => s.receivedAt)).toEqual([T0 + 3 * MIN])
    expect(monitor.history(0)).toMatchObject({ profileId: 'sandbox', since: 0, truncated: false })
    expect(monitor.movements(0).movements).toHaveLength(1)
  })

  it('hands notifications to the tray when crossing into low', async () => {
    await start()
    expect(updates.flatMap((u) => u.notifications)).toEqual([])
    fr24.balances.sandbox = '9000.00'
    await monitor.refresh()
    const told = updates.flatMap((u) => u.notifications)
    expect(told.map((n) => n.kind)).toEqual(['low'])
    await monitor.refresh()
    expect(updates.flatMap((u) => u.notifications)).toHaveLength(1)
  })

  it('shows the last known figure from the journal (as old) until the first read answers', async () => {
    journal.samples.add('sandbox', { currency: 'CNY', balance: '123.45', creditLimit: '0', payable: '0', receivedAt: T0 - 60 * MIN })
    fr24.hang = true
    await start()
    const view = monitor.view()
    expect(view.figures?.snapshot.balance).toBe('123.45')
    expect(view).toMatchObject({ stale: true, refreshing: true, staleReason: { kind: 'old' } })
    expect(view.level).toBe('stale')
    fr24.hang = false
    fr24.release()
  })

  it('an unexpected fault becomes an internal reason, logged', async () => {
    const logged: string[] = []
    monitor.stop()
    monitor = new BalanceMonitor({
      clock,
      timers,
      journal,
      hub,
      settings,
      profiles: { accounts: async () => profiles },
      readBalance: async () => {
        throw new TypeError('boom')
      },
      log: { ...silentLogger, error: (message) => void logged.push(message) }
    })
    await start()
    expect(monitor.view().staleReason).toMatchObject({ kind: 'internal', error: { kind: 'internal', action: 'report-bug' } })
    expect(logged).toEqual(['balance read failed unexpectedly'])
  })

  it('stops cleanly: no more reads, no more events', async () => {
    await start()
    monitor.stop()
    const count = events.length
    await timers.advance(30 * MIN)
    expect(fr24.calls).toHaveLength(1)
    expect(events.length).toBe(count)
    expect(timers.count()).toBe(0)
  })

  it('stopped while it was still learning the accounts, it leaves no timer or subscription behind', async () => {
    let answer: (list: ProfileList) => void = () => {}
    monitor = new BalanceMonitor({
      clock,
      timers,
      journal,
      hub,
      settings,
      readBalance: fr24.read,
      profiles: { accounts: () => new Promise<ProfileList>((resolve) => (answer = resolve)) }
    })
    const starting = monitor.start()
    monitor.stop()
    answer(profiles)
    await starting
    await flush()
    expect(timers.count()).toBe(0)
    hub.emit('profilesChanged', profileList('p_live'))
    await timers.advance(30 * MIN)
    expect(fr24.calls).toEqual([])
  })

  it('started again after a stop that came during a read, it reads again', async () => {
    fr24.hang = true
    await start()
    monitor.stop()
    fr24.release()
    await flush()
    fr24.hang = false
    await start()
    expect(fr24.calls).toHaveLength(2)
    expect(monitor.view()).toMatchObject({ refreshing: false, stale: false })
    await timers.advance(3 * MIN)
    expect(fr24.calls).toHaveLength(3)
  })
})
