import type { Journal } from '../../../journal/journal'
import { TrayDesk } from '../../tray/trayDesk'
import type { BalanceMonitor } from '../monitor'

/**
 * The tray composed over a monitor, as the desk composes it (desk/tray): for tests that
 * check what the tray shows of a balance. Deadlines come from the journal's bookings.
 */
export function trayOf(
  monitor: BalanceMonitor,
  options: { journal?: Journal; platform?: string; timeZone?: string } = {}
): TrayDesk {
  return new TrayDesk({
    balance: monitor,
    language: () => monitor.language(),
    platform: options.platform ?? 'linux',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    deadlines: (profileId, now) => options.journal?.movements.awaitingPayment(profileId, now) ?? [],
    switchProfile: async () => ({ ok: false, message: 'not in tests' })
  })
}
