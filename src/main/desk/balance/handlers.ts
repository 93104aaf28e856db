import type { balanceCalls } from '../../../shared/contract/balance'
import type { HandlerMap } from '../core/dispatch'
import type { BalanceMonitor } from './monitor'

/**
 * The balance calls of the contract (contract/balance.ts), spread into the desk's handler
 * map. `ready` is the monitor's start-up (it learns the accounts first), so the first answer
 * names the right one. A failed read is not an error of the call: it comes back in the view
 * as a stale reason.
 */
export function balanceHandlers(monitor: BalanceMonitor, ready: Promise<void>): HandlerMap<typeof balanceCalls> {
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
