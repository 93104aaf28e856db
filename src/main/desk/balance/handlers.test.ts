import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { balanceCalls } from '../../../shared/contract/balance'
import type { ProfileList } from '../../../shared/domain/profile'
import { ManualClock } from '../../util/clock'
import { silentLogger } from '../../util/log'
import { createBalanceDesk, type BalanceDesk } from './desk'
import { trayOf } from './testing/trayOf'
import { FakeTimers } from '../../util/testing/fakeTimers'
import { createDispatcher } from '../core/dispatch'
import { EventHub } from '../core/events'
import { Journal } from '../../journal/journal'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'

const T0 = Date.UTC(2025, 0, 17, 3, 0, 0)
const profiles: ProfileList = {
  activeId: 'sandbox',
  keychain: { state: 'available' },
  profiles: [{ id: 'sandbox', name: 'Sandbox', environment: 'sandbox', isActive: true, builtIn: true, hasCredentials: true }]
}

describe('balance calls through the dispatcher (contract-checked both ways)', () => {
  let clock: ManualClock
  let journal: Journal
  let desk: BalanceDesk
  let dispatch: ReturnType<typeof createDispatcher>
  const errors: string[] = []

  beforeEach(async () => {
    clock = new ManualClock(T0)
    journal = new Journal(':memory:', clock)
    desk = createBalanceDesk({
      clock,
      timers: new FakeTimers(clock),
      journal,
      hub: new EventHub(),
      settings: new MemorySettingsStore(),
      profiles: { accounts: async () => profiles },
      readBalance: async () => ({ currency: 'CNY', balance: '12345.67', creditLimit: '0', payable: '0', receivedAt: 0 })
    })
    await desk.ready
    // The balance slice of the contract with the balance room's handlers: no cast, no other call.
    dispatch = createDispatcher(balanceCalls, desk.handlers, { log: { ...silentLogger, error: (message) => void errors.push(message) } })
  })

  afterEach(() => {
    desk.stop()
    journal.close()
    expect(errors).toEqual([])
  })

  it('getBalance and refreshBalance answer a view that fits the contract', async () => {
    await desk.monitor.refresh()
    const got = await dispatch('getBalance', {})
    expect(got).toMatchObject({ ok: true, value: { profileId: 'sandbox', level: 'ok' } })
    // The tray's title is the tray's (desk/tray), composed from the same balance.
    expect(trayOf(desk.monitor).view()).toMatchObject({ level: 'ok', title: 'CNY 12,345.67' })
    const refreshed = await dispatch('refreshBalance', {})
    expect(refreshed.ok).toBe(true)
  })

  it('setBalanceSettings validates and applies; history and movements answer lists', async () => {
    const refused = await dispatch('setBalanceSettings', { low: '100', critical: '200', intervalSeconds: 60, closeToTray: true })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation' } })
    const tooFast = await dispatch('setBalanceSettings', { low: '100', critical: '50', intervalSeconds: 10, closeToTray: true })
    expect(tooFast).toMatchObject({ ok: false, error: { kind: 'validation' } })
    const saved = await dispatch('setBalanceSettings', { low: '20000', critical: '5000', intervalSeconds: 60, closeToTray: false })
    expect(saved).toMatchObject({
      ok: true,
      value: { thresholds: { low: '20000', critical: '5000' }, intervalSeconds: 60, closeToTray: false, level: 'low' }
    })
    journal.movements.recordIntent({ profileId: 'sandbox', kind: 'ticketing', amount: '1', currency: 'CNY' })
    expect(await dispatch('balanceHistory', { since: 0 })).toMatchObject({ ok: true, value: { samples: [{ balance: '12345.67' }] } })
    expect(await dispatch('balanceMovements', { since: 0 })).toMatchObject({ ok: true, value: { movements: [{ amount: '1' }] } })
    expect(await dispatch('balanceHistory', { since: -1 })).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
