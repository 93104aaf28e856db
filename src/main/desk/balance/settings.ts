import { z } from 'zod'
import {
  BalanceThresholds,
  DEFAULT_INTERVAL_SECONDS,
  IntervalSeconds,
  type BalanceSettingsInput
} from '../../../shared/domain/balanceView'
import type { SettingsStore } from '../core/settingsStore'

export const BALANCE_SECTION = 'balance'

/**
 * Default warning levels, in the account currency: low at 10,000, critical at 3,000
 * (about one long-haul ticket and one short-haul ticket in CNY). The agent changes
 * them per account on the Balance screen; 0 and 0 turn the money warnings off.
 */
export const DEFAULT_THRESHOLDS: BalanceThresholds = { low: '10000', critical: '3000' }

const Section = z.object({
  intervalSeconds: IntervalSeconds.optional(),
  closeToTray: z.boolean().optional(),
  /** The agent was told once that closing the window keeps the desk in the tray. */
  closeToTrayExplained: z.boolean().optional(),
  thresholds: z.record(z.string().max(64), BalanceThresholds).optional()
})
type Section = z.infer<typeof Section>

export interface BalanceSettings {
  intervalSeconds: number
  closeToTray: boolean
  closeToTrayExplained: boolean
  thresholds: Readonly<Record<string, BalanceThresholds>>
}

/** The balance desk's section of settings.json, with defaults filled in. */
export class BalanceSettingsStore {
  constructor(private readonly store: SettingsStore) {}

  read(): BalanceSettings {
    const raw = this.raw()
    return {
      intervalSeconds: raw.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
      closeToTray: raw.closeToTray ?? true,
      closeToTrayExplained: raw.closeToTrayExplained ?? false,
      thresholds: raw.thresholds ?? {}
    }
  }

  thresholdsFor(profileId: string): BalanceThresholds {
    return this.read().thresholds[profileId] ?? DEFAULT_THRESHOLDS
  }

  /** The Balance screen's form: thresholds for `profileId`, the rest for the whole desk. */
  save(profileId: string, input: BalanceSettingsInput): BalanceSettings {
    const raw = this.raw()
    this.store.write(BALANCE_SECTION, {
      ...raw,
      intervalSeconds: input.intervalSeconds,
      closeToTray: input.closeToTray,
      thresholds: { ...(raw.thresholds ?? {}), [profileId]: { low: input.low, critical: input.critical } }
    } satisfies Section)
    return this.read()
  }

  markCloseToTrayExplained(): void {
    this.store.write(BALANCE_SECTION, { ...this.raw(), closeToTrayExplained: true } satisfies Section)
  }

  /** A deleted profile's thresholds go with it. */
  forget(profileIds: readonly string[]): void {
    const raw = this.raw()
    if (!raw.thresholds || !profileIds.some((id) => id in raw.thresholds!)) return
    const thresholds = Object.fromEntries(Object.entries(raw.thresholds).filter(([id]) => !profileIds.includes(id)))
    this.store.write(BALANCE_SECTION, { ...raw, thresholds } satisfies Section)
  }

  private raw(): Section {
    return this.store.read(BALANCE_SECTION, Section, {})
  }
}
