import { formatMoney } from '../../../shared/balance/format'
import type { Language } from '../../../shared/domain/app'
import type { FundsLevel, StaleReasonKind } from '../../../shared/domain/balanceView'
import type { PaymentDeadline } from '../../../shared/domain/moneyMovement'
import { trayStrings } from './trayText'

/** One OS notification, as data: the Electron glue shows it, tests read it. */
export interface DeskNotification {
  /** Stable per cause, so the OS can replace rather than stack (e.g. `critical:sandbox`). */
  id: string
  kind: 'low' | 'critical' | 'refresh-failing' | 'deadline' | 'closed-to-tray'
  title: string
  body: string
  /** Critical money and near deadlines: the OS may show these more insistently. */
  urgent: boolean
}

export const NOTIFICATION_RULES = {
  /** Tell the agent when refreshes have been failing this long. */
  failingAfterMs: 15 * 60_000,
  /** Tell the agent when an order must be paid within this. */
  deadlineWithinMs: 15 * 60_000,
  /** Never more than `maxPerWindow` notifications in `windowMs`; the rest are dropped (the tray still shows them). */
  windowMs: 10 * 60_000,
  maxPerWindow: 3
} as const

export interface NotificationInput {
  now: number
  language: Language
  profileId: string
  profileName: string
  /** The money level of a FRESH figure; undefined while the figure is stale or missing. */
  fundsLevel?: FundsLevel
  /** Available to spend of that figure. */
  available?: { amount: string; currency: string }
  /** First failure of the current run of failed refreshes; undefined after a success. */
  failingSince?: number
  failureReason?: StaleReasonKind
  deadlines: readonly PaymentDeadline[]
}

/** What must be remembered between calls so each crossing is told once. */
export interface NotificationMemory {
  profileId?: string
  /** The funds level last seen fresh (undefined = none yet, read as ok). */
  fundsLevel?: FundsLevel
  failureNotified: boolean
  /** `orderNo@deadline` of the deadlines already told. */
  deadlinesNotified: string[]
  /** When the recent notifications went out, for the rate cap. */
  sentAt: number[]
}

export const initialNotificationMemory = (): NotificationMemory => ({
  failureNotified: false,
  deadlinesNotified: [],
  sentAt: []
})

export interface NotificationDecision {
  notifications: DeskNotification[]
  /** Due but dropped by the rate cap (they are not retried later). */
  suppressed: DeskNotification[]
  memory: NotificationMemory
}

const RANK: Record<FundsLevel, number> = { ok: 0, low: 1, critical: 2 }
const PRIORITY: Record<DeskNotification['kind'], number> = { critical: 0, deadline: 1, 'refresh-failing': 2, low: 3, 'closed-to-tray': 4 }

/**
 * Which OS notifications to show now. Pure: the memory goes in and comes out.
 *
 * - Money: when a fresh figure crosses INTO low or critical (ok→low, ok→critical,
 *   low→critical). Going back up is silent but resets, so the next crossing down is
 *   told again. Stale figures never notify about money.
 * - Refresh failing: once when refreshes have failed for 15 min in a row; a
 *   successful refresh resets it.
 * - Deadlines: once per order and deadline, when it is 15 min away or less (several at
 *   once become one notification).
 * - Switching account forgets what was told for the previous one.
 * - Rate cap: at most 3 in 10 min across all kinds, most important first; the rest
 *   are dropped (still marked as told), so a burst never becomes a storm later.
 */
export function decideNotifications(input: NotificationInput, previous: NotificationMemory): NotificationDecision {
  const s = trayStrings(input.language).notify
  const memory: NotificationMemory =
    previous.profileId === input.profileId
      ? { ...previous, deadlinesNotified: [...previous.deadlinesNotified], sentAt: [...previous.sentAt] }
      : { ...initialNotificationMemory(), profileId: input.profileId, sentAt: [...previous.sentAt] }
  const due: DeskNotification[] = []

  if (input.fundsLevel !== undefined) {
    const before = memory.fundsLevel ?? 'ok'
    if (RANK[input.fundsLevel] > RANK[before] && input.available) {
      const amount = formatMoney(input.available.amount, input.available.currency)
      due.push(
        input.fundsLevel === 'critical'
          ? {
              id: `critical:${input.profileId}`,
              kind: 'critical',
              title: s.criticalTitle,
              body: s.criticalBody(amount, input.profileName),
              urgent: true
            }
          : { id: `low:${input.profileId}`, kind: 'low', title: s.lowTitle, body: s.lowBody(amount, input.profileName), urgent: false }
      )
    }
    memory.fundsLevel = input.fundsLevel
  }

  if (input.failingSince === undefined) {
    memory.failureNotified = false
  } else if (!memory.failureNotified && input.now - input.failingSince >= NOTIFICATION_RULES.failingAfterMs) {
    const minutes = Math.floor((input.now - input.failingSince) / 60_000)
    const reason = trayStrings(input.language).reasons[input.failureReason ?? 'offline']
    due.push({
      id: `refresh-failing:${input.profileId}`,
      kind: 'refresh-failing',
      title: s.failingTitle,
      body: s.failingBody(minutes, reason),
      urgent: false
    })
    memory.failureNotified = true
  }

  const live = input.deadlines.filter((d) => d.payDeadline > input.now)
  const liveKeys = new Set(live.map(deadlineKey))
  memory.deadlinesNotified = memory.deadlinesNotified.filter((key) => liveKeys.has(key))
  const near = live
    .filter((d) => d.payDeadline - input.now <= NOTIFICATION_RULES.deadlineWithinMs && !memory.deadlinesNotified.includes(deadlineKey(d)))
    .sort((a, b) => a.payDeadline - b.payDeadline)
  if (near.length > 0) {
    const minutes = Math.max(1, Math.ceil((near[0]!.payDeadline - input.now) / 60_000))
    due.push({
      id: `deadline:${near.map((d) => d.orderNo).join(',')}`.slice(0, 200),
      kind: 'deadline',
      title: s.deadlineTitle,
      body: s.deadlineBody(
        near.map((d) => d.orderNo),
        minutes
      ),
      urgent: true
    })
    memory.deadlinesNotified.push(...near.map(deadlineKey))
  }

  memory.sentAt = memory.sentAt.filter((t) => input.now - t < NOTIFICATION_RULES.windowMs)
  const slots = Math.max(0, NOTIFICATION_RULES.maxPerWindow - memory.sentAt.length)
  const ordered = [...due].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])
  const notifications = ordered.slice(0, slots)
  const suppressed = ordered.slice(slots)
  for (let i = 0; i < notifications.length; i++) memory.sentAt.push(input.now)
  return { notifications, suppressed, memory }
}

function deadlineKey(d: PaymentDeadline): string {
  return `${d.orderNo}@${d.payDeadline}`
}
