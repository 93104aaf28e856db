import { describe, expect, it } from 'vitest'
import type { BalanceSnapshot } from '../../../shared/domain/balance'
import type { BalanceHistory, BalanceView } from '../../../shared/domain/balanceView'
import type { MoneyMovement, MoneyMovementList } from '../../../shared/domain/moneyMovement'
import {
  applyHistory,
  applyMovements,
  applyView,
  changeSince,
  dateInputValue,
  initialBalanceState,
  shownLevel,
  sinceFromDateInput,
  startOfLocalDay
} from './balanceState'
import { chartGeometry, DEFAULT_BOX } from './chart'

const T = Date.UTC(2025, 0, 17, 3, 0, 0)

const sample = (receivedAt: number, balance: string): BalanceSnapshot => ({
  currency: 'CNY',
  balance,
  creditLimit: '0',
  payable: '0',
  receivedAt
})

function view(overrides: Partial<BalanceView> = {}, balance = '50000', receivedAt = T): BalanceView {
  const snapshot = sample(receivedAt, balance)
  return {
    profileId: 'sandbox',
    profileName: 'Sandbox',
    environment: 'sandbox',
    figures: {
      snapshot,
      available: { currency: 'CNY', balance, creditLimit: '0', payable: '0', committed: '0', amount: balance }
    },
    lastSuccessAt: receivedAt,
    refreshing: false,
    consecutiveFailures: 0,
    stale: false,
    thresholds: { low: '10000', critical: '3000' },
    intervalSeconds: 180,
    closeToTray: true,
    level: 'ok',
    tooltip: '',
    computedAt: receivedAt,
    ...overrides
  }
}

const history = (since: number, samples: BalanceSnapshot[], profileId = 'sandbox'): BalanceHistory => ({
  profileId,
  since,
  samples,
  truncated: false
})

describe('balance state', () => {
  it('starts a week back at local midnight, level stale until main answers', () => {
    const state = initialBalanceState(T)
    expect(state.since).toBe(startOfLocalDay(T - 6 * 24 * 3600_000))
    expect(shownLevel(state)).toBe('stale')
    expect(shownLevel({ ...state, loadError: { kind: 'internal', message: 'x' } })).toBe('error')
  })

  it('takes newer views and ignores an older one for the same account', () => {
    let state = applyView(initialBalanceState(T), view({ computedAt: T + 10 }))
    state = applyView(state, view({ computedAt: T + 5, level: 'low' }))
    expect(shownLevel(state)).toBe('ok')
    state = applyView(state, view({ computedAt: T + 20, level: 'critical' }))
    expect(shownLevel(state)).toBe('critical')
  })

  it('a view with a new reading adds it to the history on screen (the chart gains a point)', () => {
    let state = applyView(initialBalanceState(T), view())
    state = applyHistory({ ...state, since: T - 1000 }, history(T - 1000, [sample(T, '50000')]))
    state = applyView(state, view({ computedAt: T + 60_000 }, '42243', T + 60_000))
    expect(state.history?.samples.map((s) => s.balance)).toEqual(['50000', '42243'])
    // The same reading again adds nothing.
    state = applyView(state, view({ computedAt: T + 61_000 }, '42243', T + 60_000))
    expect(state.history?.samples).toHaveLength(2)
  })

  it('switching account drops the old account’s lists; lists for another date or account are ignored', () => {
    let state = applyView(initialBalanceState(T), view())
    state = applyHistory({ ...state, since: 0 }, history(0, [sample(T, '1')]))
    expect(state.history).toBeDefined()
    expect(applyHistory(state, history(5, []))).toBe(state)
    expect(applyHistory(state, history(0, [], 'p_live'))).toBe(state)
    const movements: MoneyMovementList = { profileId: 'sandbox', since: 0, movements: [], truncated: false }
    state = applyMovements(state, movements)
    expect(state.movements).toBe(movements)
    state = applyView(state, view({ profileId: 'p_live', computedAt: T - 100 }))
    expect(state.view?.profileId).toBe('p_live')
    expect(state.history).toBeUndefined()
    expect(state.movements).toBeUndefined()
  })

  it('changing the date clears the lists until they are loaded again', () => {
    const state = applyHistory({ ...initialBalanceState(T), since: 0 }, history(0, []))
    expect(changeSince(state, 0)).toBe(state)
    expect(changeSince(state, 1000)).toMatchObject({ since: 1000, history: undefined, movements: undefined })
  })

  it('reads and writes date inputs as local days', () => {
    const ms = sinceFromDateInput('2025-01-17')!
    expect(dateInputValue(ms)).toBe('2025-01-17')
    expect(new Date(ms).getHours()).toBe(0)
    expect(sinceFromDateInput('17/01/2025')).toBeUndefined()
  })
})

describe('history chart geometry', () => {
  const move = (createdAt: number, kind: MoneyMovement['kind'] = 'ticketing'): MoneyMovement => ({
    id: `mv_${createdAt}_${kind}`,
    profileId: 'sandbox',
    kind,
    amount: '100',
    currency: 'CNY',
    direction: 'debit',
    state: 'succeeded',
    createdAt
  })

  it('places readings left to right, higher balances higher, as a step line', () => {
    const g = chartGeometry([sample(T + 2000, '900'), sample(T, '1000'), sample(T + 1000, '950')], [])
    expect(g.points.map((p) => p.sample.balance)).toEqual(['1000', '950', '900'])
    expect(g.points[0]!.x).toBe(DEFAULT_BOX.left)
    expect(g.points[2]!.x).toBe(DEFAULT_BOX.width - DEFAULT_BOX.right)
    expect(g.points[0]!.y).toBe(DEFAULT_BOX.top)
    expect(g.points[2]!.y).toBe(DEFAULT_BOX.height - DEFAULT_BOX.bottom)
    expect(g.path.startsWith(`M${g.points[0]!.x} ${g.points[0]!.y} H`)).toBe(true)
    expect([g.high, g.low]).toEqual(['1000', '900'])
  })

  it('marks money calls that move the wallet, not bookings', () => {
    const g = chartGeometry([sample(T, '1000'), sample(T + 2000, '900')], [move(T + 1000), move(T + 1500, 'booking')])
    expect(g.markers).toHaveLength(1)
    expect(g.markers[0]!.x).toBeCloseTo((DEFAULT_BOX.left + DEFAULT_BOX.width - DEFAULT_BOX.right) / 2, 0)
  })

  it('copes with one reading and with none', () => {
    const one = chartGeometry([sample(T, '5')], [])
    expect(one.points).toHaveLength(1)
    expect(Number.isFinite(one.points[0]!.y)).toBe(true)
    expect(chartGeometry([], [])).toMatchObject({ points: [], path: '', markers: [] })
  })
})
