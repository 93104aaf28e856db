import type { balanceCalls } from '../../../shared/contract/balance'
import type { HandlerMap } from '../core/dispatch'
import { balanceHandlers } from './handlers'
import { BalanceMonitor, type BalanceMonitorDeps } from './monitor'

export interface BalanceDesk {
  monitor: BalanceMonitor
  handlers: HandlerMap<typeof balanceCalls>
  /** Resolves once the monitor knows the accounts and has started its first read. */
  ready: Promise<void>
  stop(): void
}

/**
 * The balance room, started: the monitor (polling the active account) and its contract
 * handlers. The journal belongs to the caller, which closes it after `stop()`.
 */
export function createBalanceDesk(deps: BalanceMonitorDeps): BalanceDesk {
  const monitor = new BalanceMonitor(deps)
  const ready = monitor.start().catch((error: unknown) => {
    deps.log?.error('balance monitor failed to start', { error: String(error) })
  })
  return {
    monitor,
    handlers: balanceHandlers(monitor, ready),
    ready,
    stop: () => monitor.stop()
  }
}
