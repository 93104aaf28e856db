import type { DatabaseSync } from 'node:sqlite'
import type { Clock } from '../util/clock'
import { migrate, openDatabase } from './db'
import { MIGRATIONS } from './migrations'
import { MovementsRepo } from './movements'
import { OrdersRepo } from './orders'
import { SamplesRepo } from './samples'

export type { RecordIntentInput, SettledState, SettleInput } from './movements'
export type { NewOrder, OrderChange, OrderRecord, OrderTravellerRecord } from './orders'
export { JournalError } from './errors'

/**
 * The desk's local journal: one SQLite file (node:sqlite) in the data folder, one
 * repository per table. Adding a table (orders, say) is a numbered migration in
 * migrations/, a repository file beside these, and one line here.
 *
 * Writes are synchronous and durable (WAL, synchronous=FULL, see db.ts) so a row exists
 * on disk before the call it records leaves the machine.
 */
export class Journal {
  readonly movements: MovementsRepo
  readonly samples: SamplesRepo
  readonly orders: OrdersRepo
  private readonly db: DatabaseSync

  /** `path` is a file in the data folder, or `:memory:` for tests. Opening migrates it. */
  constructor(path: string, clock: Clock) {
    this.db = openDatabase(path)
    try {
      migrate(this.db, MIGRATIONS, clock)
    } catch (error) {
      this.db.close()
      throw error
    }
    this.movements = new MovementsRepo(this.db, clock)
    this.samples = new SamplesRepo(this.db)
    this.orders = new OrdersRepo(this.db, clock)
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}
