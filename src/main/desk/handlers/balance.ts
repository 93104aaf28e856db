import type { Calls } from '../../../shared/contract'
import type { BalanceMonitor } from '../balance/monitor'
import type { HandlerMap } from '../core/dispatch'

export type BalanceCalls = 'getBalance' | 'refreshBalance' | 'balanceHistory' | 'balanceMovements' | 'setBalanceSettings'

/**
 * The balance calls of the contract, spread into the desk's handler map. `ready` is the
 * monitor's start-up (it learns the accounts first), so the first answer names the right one.
 * A failed read is not an error of the call: it comes back in the view as a stale reason.
 */
export function balanceHandlers(monitor: BalanceMonitor, ready: Promise<void>): Pick<HandlerMap<Calls>, BalanceCalls> {
  return {
    getBalance: async () => {
      await ready
      return monitor.view()
    },
    refreshBalance: async () => {
      await ready
      return monitor.refresh()
    },
    balanceHistory: async ({ since }) => {
      await ready
      return monitor.history(since)
    },
    balanceMovements: async ({ since }) => {
      await ready
      return monitor.movements(since)
    },
    setBalanceSettings: async (input) => {
      await ready
      return monitor.setSettings(input)
    }
  }
}
