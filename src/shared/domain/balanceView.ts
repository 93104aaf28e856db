import { z } from 'zod'
import { DeskError } from '../errors'
import { cmp, CurrencyCode, DecimalString } from '../money'
import { BalanceSnapshot } from './balance'
import { Environment } from './environments'

/**
 * What the balance desk shows the window: the figures of the last reading, how fresh
 * they are, the agent's thresholds, the level and one tooltip line. The OS tray draws
 * its own menu and icon in main (desk/tray) from the same balance state and level, so
 * the header and the tray cannot disagree.
 */

const EpochMs = z.number().int().nonnegative()

/** How the account looks at a glance. `stale` and `error` win over the money levels. */
export const BalanceLevel = z.enum(['ok', 'low', 'critical', 'stale', 'error'])
export type BalanceLevel = z.infer<typeof BalanceLevel>

/** The money levels alone, from a figure (fresh or not). */
export const FundsLevel = z.enum(['ok', 'low', 'critical'])
export type FundsLevel = z.infer<typeof FundsLevel>

/**
 * Why the figure cannot be trusted as current:
 * - not-read-yet: no reading for this account since the desk started or switched to it;
 * - old: no successful reading for more than twice the refresh interval;
 * - offline: the last refresh could not reach FR24 (network, timeout, HTTP 5xx);
 * - auth: FR24 refused the keys (or the keychain could not give them);
 * - fr24: FR24 answered with an error code;
 * - internal: something inside the desk failed.
 */
// 'keychain': the account's keys could not be read from the OS keychain (locked, not answering, absent): unlock it.
export const StaleReasonKind = z.enum(['not-read-yet', 'old', 'offline', 'auth', 'keychain', 'fr24', 'internal'])
export type StaleReasonKind = z.infer<typeof StaleReasonKind>

export const StaleReason = z.object({
  kind: StaleReasonKind,
  /** The failure of the last refresh, with FR24's code and trace id when FR24 gave them. */
  error: DeskError.optional(),
  /** Since when refreshes have been failing (epoch ms). */
  since: EpochMs.optional()
})
export type StaleReason = z.infer<typeof StaleReason>

/** "Available to spend" and the figures it is made of (see shared/balance/availableToSpend.ts). */
export const AvailableToSpend = z.object({
  currency: CurrencyCode,
  balance: DecimalString,
  creditLimit: DecimalString,
  payable: DecimalString,
  /** Payments the desk sent that FR24 has not (visibly) taken from the balance yet. */
  committed: DecimalString,
  /** balance + creditLimit − committed (payable is already left out of the available credit) */
  amount: DecimalString
})
export type AvailableToSpend = z.infer<typeof AvailableToSpend>

export const BalanceFigures = z.object({
  snapshot: BalanceSnapshot,
  /** FR24's own time of the reading (China time read into epoch ms), when it sent one we could read. */
  serverTimeMs: EpochMs.optional(),
  available: AvailableToSpend
})
export type BalanceFigures = z.infer<typeof BalanceFigures>

const NonNegativeAmount = DecimalString.refine((value) => !value.startsWith('-'), 'must not be negative')

const bothAmounts = (a: string, b: string): boolean => DecimalString.safeParse(a).success && DecimalString.safeParse(b).success

/** Per account, in the account currency. Critical is never above low. */
export const BalanceThresholds = z
  .object({ low: NonNegativeAmount, critical: NonNegativeAmount })
  // zod keeps checking after a field fails its pattern, so compare only two real amounts:
  // big.js throws on anything else, and a throw here would escape validation.
  .refine((t) => !bothAmounts(t.critical, t.low) || cmp(t.critical, t.low) <= 0, {
    message: 'critical must not be above low',
    path: ['critical']
  })
export type BalanceThresholds = z.infer<typeof BalanceThresholds>

export const MIN_INTERVAL_SECONDS = 30
export const MAX_INTERVAL_SECONDS = 3600
export const DEFAULT_INTERVAL_SECONDS = 180

export const IntervalSeconds = z.number().int().min(MIN_INTERVAL_SECONDS).max(MAX_INTERVAL_SECONDS)

/** The cross-field rule of BalanceSettingsInput, as its issue's `params.rule`. */
export const CRITICAL_ABOVE_LOW = 'critical-above-low'

/** What the Balance screen's form sets; thresholds apply to the active account. */
export const BalanceSettingsInput = z
  .strictObject({
    low: NonNegativeAmount,
    critical: NonNegativeAmount,
    intervalSeconds: IntervalSeconds,
    closeToTray: z.boolean()
  })
  // zod keeps checking after a field fails its pattern, so compare only two real amounts:
  // big.js throws on anything else, and a throw here would escape validation.
  .refine((t) => !bothAmounts(t.critical, t.low) || cmp(t.critical, t.low) <= 0, {
    message: 'critical must not be above low',
    path: ['critical'],
    // Names the rule, so a form tells it apart from critical's own checks (also 'custom').
    params: { rule: CRITICAL_ABOVE_LOW }
  })
export type BalanceSettingsInput = z.infer<typeof BalanceSettingsInput>

// ---- the view ----------------------------------------------------------------

export const BalanceView = z.object({
  profileId: z.string().max(64),
  profileName: z.string().max(60),
  environment: Environment,
  /** The last successful reading; kept (and marked stale) when later refreshes fail. */
  figures: BalanceFigures.optional(),
  lastSuccessAt: EpochMs.optional(),
  lastAttemptAt: EpochMs.optional(),
  nextRefreshAt: EpochMs.optional(),
  refreshing: z.boolean(),
  consecutiveFailures: z.number().int().nonnegative(),
  stale: z.boolean(),
  staleReason: StaleReason.optional(),
  /** Thresholds of this account; 0/0 means the agent turned warnings off. */
  thresholds: z.object({ low: DecimalString, critical: DecimalString }),
  intervalSeconds: IntervalSeconds,
  closeToTray: z.boolean(),
  /** The one level the header, the Balance screen, the tray and the notifications agree on. */
  level: BalanceLevel,
  /** The money level of the figure, even when it is stale. */
  fundsLevel: FundsLevel.optional(),
  /** One line for the header's tooltip: the account, the amount and how fresh it is. */
  tooltip: z.string().max(200),
  /** When main computed this view (epoch ms). */
  computedAt: EpochMs
})
export type BalanceView = z.infer<typeof BalanceView>

export const BalanceHistoryRequest = z.strictObject({ since: EpochMs })
export type BalanceHistoryRequest = z.infer<typeof BalanceHistoryRequest>

export const BalanceHistory = z.object({
  profileId: z.string().max(64),
  since: EpochMs,
  samples: z.array(BalanceSnapshot).max(5000),
  /** More samples exist than were sent (the newest are kept). */
  truncated: z.boolean()
})
export type BalanceHistory = z.infer<typeof BalanceHistory>

export const BalanceMovementsRequest = z.strictObject({ since: EpochMs })
export type BalanceMovementsRequest = z.infer<typeof BalanceMovementsRequest>
