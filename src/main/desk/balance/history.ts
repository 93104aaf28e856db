import type { BalanceHistory } from '../../../shared/domain/balanceView'
import type { MoneyMovementList } from '../../../shared/domain/moneyMovement'
import type { Journal } from '../../journal/journal'

const HISTORY_LIMIT = 2000
const MOVEMENTS_LIMIT = 2000

/** An account's readings since a time, for the Balance screen's chart (the newest kept under the limit). */
export function balanceHistory(journal: Pick<Journal, 'samples'>, profileId: string, since: number): BalanceHistory {
  const samples = journal.samples.since(profileId, since, HISTORY_LIMIT)
  const truncated = samples.length === HISTORY_LIMIT && journal.samples.countSince(profileId, since) > HISTORY_LIMIT
  return { profileId, since, samples, truncated }
}

/** The desk's own money movements on an account since a time (the newest kept under the limit). */
export function balanceMovements(journal: Pick<Journal, 'movements'>, profileId: string, since: number): MoneyMovementList {
  const movements = journal.movements.since(profileId, since, MOVEMENTS_LIMIT)
  const truncated = movements.length === MOVEMENTS_LIMIT && journal.movements.countSince(profileId, since) > MOVEMENTS_LIMIT
  return { profileId, since, movements, truncated }
}
