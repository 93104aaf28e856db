import { describe, expect, it } from 'vitest'
import { availableToSpend } from '../../../shared/balance/availableToSpend'
import type { BalanceLevel } from '../../../shared/domain/balanceView'
import type { TrayMenuItem } from './trayModel'
import type { DeskError } from '../../../shared/errors'
import { DEFAULT_THRESHOLDS } from '../balance/settings'
import { assessFreshness } from '../balance/status'
import { computeTrayState, MAX_TOOLTIP, trayIconName, type TrayInput } from './trayState'
import { TRAY_STRINGS } from './trayText'

const NOW = Date.UTC(2025, 0, 17, 3, 0, 0) // 11:00 in China
const MIN = 60_000
const INTERVAL = 3 * MIN

const sandbox = { id: 'sandbox', name: 'Sandbox', environment: 'sandbox' as const }
const live = { id: 'p_live', name: 'Agency live', environment: 'production' as const }
const test = { id: 'p_test', name: 'Agency test', environment: 'test' as const }

function money(balance: string, committed = '0', extra: { creditLimit?: string; payable?: string } = {}) {
  return availableToSpend(
    { currency: 'CNY', balance, creditLimit: extra.creditLimit ?? '0.00', payable: extra.payable ?? '0.00' },
    committed
  )
}

function input(overrides: Partial<TrayInput> = {}): TrayInput {
  return {
    now: NOW,
    platform: 'linux',
    language: 'en',
    timeZone: 'Asia/Shanghai',
    profile: sandbox,
    profiles: [sandbox],
    available: money('12345.67'),
    lastSuccessAt: NOW - 2 * MIN,
    freshness: { stale: false },
    thresholds: DEFAULT_THRESHOLDS,
    deadlines: [],
    refreshing: false,
    ...overrides
  }
}

const network: DeskError = { kind: 'network', message: 'FR24 did not answer', code: 'TIMEOUT', action: 'retry-later' }
const auth: DeskError = { kind: 'auth', message: 'sign mismatch', code: '10100003', traceId: 'balance_NEWAPI1', action: 'check-credentials' }

function labels(menu: TrayMenuItem[]): string[] {
  return menu.map((item) => (item.type === 'separator' ? '---' : item.label))
}

describe('tray state: levels', () => {
  it('ok: the amount as title, account and age in the tooltip', () => {
    const tray = computeTrayState(input())
    expect(tray.level).toBe('ok')
    expect(tray.fundsLevel).toBe('ok')
    expect(tray.title).toBe('CNY 12,345.67')
    expect(tray.levelText).toBe('OK')
    expect(tray.tooltip).toBe('FR24 Desk · Sandbox\nAvailable to spend: CNY 12,345.67\nUpdated 2 min ago')
    expect(tray.icon).toBe('ok')
    expect(tray.production).toBe(false)
  })

  it('low at or below the low threshold, critical at or below the critical one', () => {
    expect(computeTrayState(input({ available: money('10000.01') })).level).toBe('ok')
    const low = computeTrayState(input({ available: money('10000') }))
    expect(low).toMatchObject({ level: 'low', title: 'CNY 10,000.00 · low', levelText: 'Low', icon: 'low' })
    expect(low.tooltip).toContain('Available to spend: CNY 10,000.00 · Low')
    expect(computeTrayState(input({ available: money('3000.01') })).level).toBe('low')
    const critical = computeTrayState(input({ available: money('3000') }))
    expect(critical).toMatchObject({ level: 'critical', title: 'CNY 3,000.00 · CRITICAL', icon: 'critical' })
    expect(computeTrayState(input({ available: money('-12.5') })).title).toBe('CNY -12.50 · CRITICAL')
  })

  it('the level follows available to spend, not the raw balance', () => {
    const tray = computeTrayState(input({ available: money('12000', '2500') }))
    expect(tray.level).toBe('low')
    expect(tray.title).toBe('CNY 9,500.00 · low')
    expect(labels(tray.menu)).toContain('Balance: CNY 12,000.00')
    const withCredit = computeTrayState(input({ available: money('1000', '0', { creditLimit: '20000', payable: '500' }) }))
    expect(withCredit).toMatchObject({ level: 'ok', title: 'CNY 21,000.00' })
  })

  it('stale when the figure is old: keeps the amount, says how old and why', () => {
    const freshness = assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW - 7 * MIN })
    const tray = computeTrayState(input({ freshness, lastSuccessAt: NOW - 7 * MIN, available: money('5000') }))
    expect(tray.level).toBe('stale')
    expect(tray.fundsLevel).toBe('low')
    expect(tray.title).toBe('CNY 5,000.00 · old')
    expect(tray.tooltip).toContain('Updated 7 min ago — no new reading for a while')
    expect(tray.icon).toBe('stale')
  })

  it('stale (not error) while offline with a figure; error once someone must act', () => {
    const offline = assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW - MIN, lastError: network, failingSince: NOW })
    expect(computeTrayState(input({ freshness: offline })).level).toBe('stale')
    expect(computeTrayState(input({ freshness: offline })).tooltip).toContain('FR24 could not be reached')

    const refused = assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW - MIN, lastError: auth })
    const tray = computeTrayState(input({ freshness: refused }))
    expect(tray).toMatchObject({ level: 'error', title: 'CNY 12,345.67 · error', icon: 'error', levelText: 'Cannot read the balance' })
    expect(tray.tooltip).toContain('FR24 refused the account keys')

    // A locked keychain is not FR24 refusing the keys: the tray says to unlock it.
    const locked: DeskError = { kind: 'auth', message: 'The keychain is locked.', code: 'CREDENTIALS', action: 'unlock-keychain' }
    const keychain = computeTrayState(
      input({ freshness: assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW - MIN, lastError: locked }) })
    )
    expect(keychain.level).toBe('error')
    expect(keychain.tooltip).toContain('unlock the keychain')
    expect(keychain.tooltip).not.toContain('refused the account keys')

    const passing: DeskError = { kind: 'fr24', message: 'rate limited', code: '20500001', action: 'retry-now' }
    const lasting: DeskError = { kind: 'fr24', message: 'system error', code: '20400001', action: 'contact-fr24' }
    const at = (lastError: DeskError) =>
      computeTrayState(input({ freshness: assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: true, lastSuccessAt: NOW, lastError }) })).level
    expect(at(passing)).toBe('stale')
    expect(at(lasting)).toBe('error')
    expect(at({ kind: 'internal', message: 'bug' })).toBe('error')
  })

  it('without any figure: stale while not read yet, error when the first read failed', () => {
    const first = computeTrayState(
      input({ available: undefined, lastSuccessAt: undefined, freshness: assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: false }) })
    )
    expect(first).toMatchObject({ level: 'stale', title: 'Balance —', tooltip: 'FR24 Desk · Sandbox\nNot up to date\nnot read yet' })
    expect(first.fundsLevel).toBeUndefined()
    const failed = computeTrayState(
      input({
        available: undefined,
        lastSuccessAt: undefined,
        freshness: assessFreshness({ now: NOW, intervalMs: INTERVAL, hasFigure: false, lastError: network })
      })
    )
    expect(failed).toMatchObject({ level: 'error', title: 'Balance — · error' })
  })

  it('walks through every transition as inputs change', () => {
    const seen: BalanceLevel[] = []
    const step = (overrides: Partial<TrayInput>) => seen.push(computeTrayState(input(overrides)).level)
    step({})
    step({ available: money('9000') })
    step({ available: money('100') })
    step({ available: money('100'), freshness: { stale: true, reason: { kind: 'old' } } })
    step({ available: money('100'), freshness: { stale: true, reason: { kind: 'auth', error: auth } } })
    step({ available: money('50000') })
    expect(seen).toEqual(['ok', 'low', 'critical', 'stale', 'error', 'ok'])
  })
})

describe('tray state: platform, environment and menu', () => {
  it('uses template icons on macOS and colour icons elsewhere', () => {
    for (const level of ['ok', 'low', 'critical', 'stale', 'error'] as const) {
      expect(trayIconName(level, 'darwin')).toBe(`${level}Template`)
      expect(trayIconName(level, 'win32')).toBe(level)
    }
    expect(computeTrayState(input({ platform: 'darwin', available: money('10') })).icon).toBe('criticalTemplate')
  })

  it('marks Production in the title, tooltip and menu', () => {
    const tray = computeTrayState(input({ profile: live, profiles: [sandbox, test, live] }))
    expect(tray.production).toBe(true)
    expect(tray.title).toBe('● CNY 12,345.67')
    expect(tray.tooltip.startsWith('● PRODUCTION — FR24 Desk · Agency live — PRODUCTION')).toBe(true)
    expect(tray.menu[0]).toEqual({ type: 'label', label: '● PRODUCTION', emphasis: 'production' })
    const sandboxTray = computeTrayState(input())
    expect(sandboxTray.menu.some((m) => m.type === 'label' && m.emphasis === 'production')).toBe(false)
  })

  it('builds the menu: balance, freshness, refresh, open, switch account (radio), quit', () => {
    const tray = computeTrayState(input({ profiles: [sandbox, test, live] }))
    expect(labels(tray.menu)).toEqual([
      'Available to spend: CNY 12,345.67',
      'Updated 2 min ago',
      '---',
      'Refresh now',
      'Open FR24 Desk',
      '---',
      'Switch account',
      '---',
      'Quit FR24 Desk'
    ])
    const switcher = tray.menu.find((m) => m.type === 'profiles')
    expect(switcher).toEqual({
      type: 'profiles',
      label: 'Switch account',
      profiles: [
        { profileId: 'sandbox', label: 'Sandbox', environment: 'sandbox', checked: true },
        { profileId: 'p_test', label: 'Agency test (Test)', environment: 'test', checked: false },
        { profileId: 'p_live', label: 'Agency live — PRODUCTION', environment: 'production', checked: false }
      ]
    })
    // A single account has nothing to switch to.
    expect(computeTrayState(input()).menu.some((m) => m.type === 'profiles')).toBe(false)
  })

  it('disables Refresh while a read is under way', () => {
    const refresh = computeTrayState(input({ refreshing: true })).menu.find((m) => m.type === 'action' && m.action === 'refresh')
    expect(refresh).toEqual({ type: 'action', action: 'refresh', label: 'Refreshing…', enabled: false })
  })

  it('lists orders awaiting payment, soonest first, at most five, urgent within 15 min', () => {
    const deadlines = [40, 10, 90, 15, 60, 120, -5].map((minutes, i) => ({
      orderNo: `O${i}`,
      payDeadline: NOW + minutes * MIN,
      amount: '7757',
      currency: 'CNY'
    }))
    const tray = computeTrayState(input({ deadlines }))
    const items = tray.menu.filter((m) => m.type === 'deadline')
    expect(items.map((m) => m.orderNo)).toEqual(['O1', 'O3', 'O0', 'O4', 'O2'])
    expect(items.map((m) => m.urgent)).toEqual([true, true, false, false, false])
    expect(items[0]!.label).toBe('O1 · CNY 7,757.00 · pay by 11:10 (10 min)')
    expect(labels(tray.menu)).toContain('Awaiting payment')
    expect(labels(tray.menu)).toContain('1 more in the desk')
  })

  it('speaks Chinese when the desk does', () => {
    const tray = computeTrayState(input({ language: 'zh-CN', available: money('5000'), profiles: [sandbox, live] }))
    expect(tray.levelText).toBe('偏低')
    expect(tray.title).toBe('CNY 5,000.00 · 偏低')
    expect(tray.tooltip).toContain('可用金额: CNY 5,000.00')
    expect(tray.tooltip).toContain('2 分钟前更新')
    expect(labels(tray.menu)).toContain('切换账户')
  })

  it('keeps the tooltip within what Windows shows', () => {
    const long = { id: 'p_long', name: 'A'.repeat(60), environment: 'production' as const }
    const freshness = { stale: true, reason: { kind: 'offline' as const, error: network } }
    const tray = computeTrayState(input({ profile: long, profiles: [long], freshness }))
    expect(tray.tooltip.length).toBeLessThanOrEqual(MAX_TOOLTIP)
  })
})

describe('tray strings', () => {
  it('both languages have the same keys', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((sub) => `${k}.${sub}`) : [k]))
    expect(keys(TRAY_STRINGS['zh-CN']).sort()).toEqual(keys(TRAY_STRINGS.en).sort())
  })
})
