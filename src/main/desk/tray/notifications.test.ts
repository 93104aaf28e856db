import { describe, expect, it } from 'vitest'
import type { FundsLevel } from '../../../shared/domain/balanceView'
import type { PaymentDeadline } from '../../../shared/domain/moneyMovement'
import {
  decideNotifications,
  initialNotificationMemory,
  NOTIFICATION_RULES,
  type DeskNotification,
  type NotificationInput,
  type NotificationMemory
} from './notifications'

const T0 = Date.UTC(2025, 0, 17, 3, 0, 0)
const MIN = 60_000

function input(overrides: Partial<NotificationInput> = {}): NotificationInput {
  return {
    now: T0,
    language: 'en',
    profileId: 'sandbox',
    profileName: 'Sandbox',
    fundsLevel: 'ok',
    available: { amount: '12345.67', currency: 'CNY' },
    deadlines: [],
    ...overrides
  }
}

/** Feeds a sequence of inputs through the rules, carrying the memory, and collects what was shown. */
function run(steps: Partial<NotificationInput>[], start: NotificationMemory = initialNotificationMemory()) {
  let memory = start
  const shown: DeskNotification[][] = []
  for (const step of steps) {
    const decision = decideNotifications(input(step), memory)
    memory = decision.memory
    shown.push(decision.notifications)
  }
  return { shown, memory, kinds: shown.map((list) => list.map((n) => n.kind).join(',')) }
}

const level = (fundsLevel: FundsLevel, minutes = 0, amount = '1000') => ({
  fundsLevel,
  now: T0 + minutes * MIN,
  available: { amount, currency: 'CNY' }
})

describe('notifications: money levels', () => {
  it('tells each crossing into low or critical once', () => {
    const { kinds, shown } = run([level('ok'), level('low', 1, '9000'), level('low', 2), level('critical', 20, '900'), level('critical', 21)])
    expect(kinds).toEqual(['', 'low', '', 'critical', ''])
    expect(shown[1]![0]).toEqual({
      id: 'low:sandbox',
      kind: 'low',
      title: 'FR24 balance is low',
      body: 'Sandbox: CNY 9,000.00 available to spend. Top up soon.',
      urgent: false
    })
    expect(shown[3]![0]).toMatchObject({ kind: 'critical', urgent: true, body: expect.stringContaining('CNY 900.00') })
  })

  it('jumping straight from ok to critical tells critical only', () => {
    expect(run([level('ok'), level('critical', 1)]).kinds).toEqual(['', 'critical'])
  })

  it('recovery is silent but resets, so the next drop is told again', () => {
    const { kinds } = run([level('low'), level('ok', 20), level('low', 40), level('critical', 60), level('low', 80), level('critical', 100)])
    expect(kinds).toEqual(['low', '', 'low', 'critical', '', 'critical'])
  })

  it('a stale figure never notifies about money and keeps the last level', () => {
    const { kinds } = run([level('low'), { fundsLevel: undefined, now: T0 + 20 * MIN }, level('low', 40)])
    expect(kinds).toEqual(['low', '', ''])
  })

  it('an account switch forgets what was told for the previous account', () => {
    const { kinds } = run([level('low'), { ...level('low', 20), profileId: 'p_live', profileName: 'Live' }])
    expect(kinds).toEqual(['low', 'low'])
  })

  it('speaks Chinese when the desk does', () => {
    const [first] = run([{ ...level('critical'), language: 'zh-CN' }]).shown
    expect(first![0]!.title).toBe('FR24 余额严重不足')
  })
})

describe('notifications: refresh failing', () => {
  it('tells once after 15 min of failures and again only after a success', () => {
    const failing = (minutes: number) => ({ fundsLevel: undefined, failingSince: T0, failureReason: 'offline' as const, now: T0 + minutes * MIN })
    const { kinds, shown } = run([
      failing(1),
      failing(14),
      failing(15),
      failing(30),
      { now: T0 + 31 * MIN }, // success
      { ...failing(32), failingSince: T0 + 32 * MIN },
      { ...failing(48), failingSince: T0 + 32 * MIN }
    ])
    expect(kinds).toEqual(['', '', 'refresh-failing', '', '', '', 'refresh-failing'])
    expect(shown[2]![0]!.body).toBe('The balance could not be read for 15 min: FR24 could not be reached.')
    expect(NOTIFICATION_RULES.failingAfterMs).toBe(15 * MIN)
  })
})

describe('notifications: payment deadlines', () => {
  const order = (orderNo: string, minutesAhead: number): PaymentDeadline => ({
    orderNo,
    payDeadline: T0 + minutesAhead * MIN,
    amount: '7757',
    currency: 'CNY'
  })

  it('tells once per order when its deadline is 15 min away or less', () => {
    const deadlines = [order('O1', 30)]
    const { kinds, shown } = run([
      { deadlines, now: T0 },
      { deadlines, now: T0 + 14 * MIN },
      { deadlines, now: T0 + 15 * MIN },
      { deadlines, now: T0 + 20 * MIN },
      { deadlines, now: T0 + 31 * MIN } // past: nothing
    ])
    expect(kinds).toEqual(['', '', 'deadline', '', ''])
    expect(shown[2]![0]).toMatchObject({
      id: 'deadline:O1',
      urgent: true,
      body: 'Order O1 must be paid within 15 min or FR24 cancels it.'
    })
  })

  it('several orders due together become one notification; a new deadline for an order is told again', () => {
    const { shown, memory } = run([{ deadlines: [order('O2', 10), order('O1', 5), order('O3', 60)] }])
    expect(shown[0]).toHaveLength(1)
    expect(shown[0]![0]!.body).toBe('2 orders must be paid within 5 min: O1, O2.')
    const extended = run([{ deadlines: [order('O1', 12)], now: T0 + MIN }], memory)
    expect(extended.kinds).toEqual(['deadline'])
  })
})

describe('notifications: no storm', () => {
  it('sends at most 3 in 10 min, most important first, and does not replay the dropped ones', () => {
    const memory: NotificationMemory = { ...initialNotificationMemory(), profileId: 'sandbox', sentAt: [T0 - MIN, T0 - 2 * MIN] }
    const decision = decideNotifications(
      input({
        fundsLevel: 'critical',
        failingSince: T0 - 20 * MIN,
        deadlines: [{ orderNo: 'O1', payDeadline: T0 + 5 * MIN, amount: '1', currency: 'CNY' }]
      }),
      memory
    )
    expect(decision.notifications.map((n) => n.kind)).toEqual(['critical'])
    expect(decision.suppressed.map((n) => n.kind)).toEqual(['deadline', 'refresh-failing'])
    // Nothing comes back later as a burst.
    const later = decideNotifications(
      input({ now: T0 + 11 * MIN, fundsLevel: 'critical', failingSince: T0 - 20 * MIN, deadlines: [{ orderNo: 'O1', payDeadline: T0 + 5 * MIN + 11 * MIN, amount: '1', currency: 'CNY' }] }),
      decision.memory
    )
    expect(later.notifications.map((n) => n.kind)).toEqual(['deadline'])
  })

  it('flapping around a threshold is capped', () => {
    const steps = Array.from({ length: 20 }, (_, i) => level(i % 2 === 0 ? 'critical' : 'ok', i * 0.25))
    const total = run(steps).shown.flat().length
    expect(total).toBe(NOTIFICATION_RULES.maxPerWindow)
  })
})
