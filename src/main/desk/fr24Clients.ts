import type { BalanceSnapshot } from '../../shared/domain/balance'
import { toDecimal } from '../../shared/money'
import { createFr24Client, DriftCounter, toDeskError, WireLog, type Fr24Client } from '../fr24'
import type { Clock } from '../util/clock'
import type { Logger } from '../util/log'
import { DeskFailure } from './failure'
import type { Fr24Connection } from './profiles'

/**
 * selectBalance's currency key is misspelt in FR24's docs; when no spelling arrives at all
 * (already counted as schema drift) the desk assumes the consolidator's home currency.
 */
const CURRENCY_WHEN_FR24_OMITS_IT = 'CNY'

/**
 * One FR24 client per account connection, all writing to the same wire log and drift
 * counter so Settings → Diagnostics sees every call whichever account made it.
 */
export class Fr24Clients {
  readonly wireLog = new WireLog()
  readonly drift: DriftCounter
  private readonly clients = new Map<string, Fr24Client>()

  constructor(
    private readonly deps: { clock: Clock; log: Logger }
  ) {
    this.drift = new DriftCounter({ log: deps.log })
  }

  for(connection: Fr24Connection): Fr24Client {
    // Keys can change under the same profile id; the base URL decides which client.
    const key = `${connection.profileId}|${connection.baseUrl}`
    let client = this.clients.get(key)
    if (!client) {
      client = createFr24Client({
        baseUrl: connection.baseUrl,
        credentials: connection.credentials,
        clock: this.deps.clock,
        log: this.deps.log,
        wireLog: this.wireLog,
        drift: this.drift
      })
      this.clients.set(key, client)
    }
    return client
  }

  /** selectBalance as the desk's BalanceSnapshot; every failure becomes a DeskFailure with FR24's code and trace id. */
  async readBalance(connection: Fr24Connection): Promise<BalanceSnapshot> {
    try {
      const reply = await this.for(connection).selectBalance()
      const data = reply.data
      return {
        currency: data.accountCurrency ?? CURRENCY_WHEN_FR24_OMITS_IT,
        balance: toDecimal(data.accountBalance),
        creditLimit: toDecimal(data.availableCreditLimit ?? '0'),
        payable: toDecimal(data.accountPayable ?? '0'),
        serverTime: data.time?.trim(),
        receivedAt: this.deps.clock.now(),
        traceId: reply.traceId || undefined
      }
    } catch (error) {
      if (error instanceof DeskFailure) throw error
      throw new DeskFailure(toDeskError(error))
    }
  }
}
