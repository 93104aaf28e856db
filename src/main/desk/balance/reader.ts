import type { BalanceSnapshot } from '../../../shared/domain/balance'
import { DeskFailure } from '../failure'
import type { BalanceChecker, Fr24Connection } from '../profiles'

/**
 * selectBalance by profile id: the profile's connection (ProfileService) handed to the
 * FR24 client's balance call. Without a client the monitor shows why it cannot read.
 */
export function balanceReader(
  profiles: { resolveCredentials(profileId: string): Fr24Connection },
  checkBalance: BalanceChecker | undefined
): (profileId: string) => Promise<BalanceSnapshot> {
  return async (profileId) => {
    if (!checkBalance) {
      throw new DeskFailure({
        kind: 'internal',
        message: 'Reading the balance is not available in this build.',
        action: 'report-bug'
      })
    }
    return checkBalance(profiles.resolveCredentials(profileId))
  }
}
