import type { BalanceSnapshot } from '../../../shared/domain/balance'
import type { Environment } from '../../../shared/domain/environments'
import type { ProfileSecrets } from '../../../shared/domain/profile'
import { toDecimal } from '../../../shared/money'
import { createFr24Client, DriftCounter, toDeskError, WireLog, type Fr24Client } from '../../fr24'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { redactText } from '../../util/redact'
import { DeskFailure } from './failure'

/**
 * What the FR24 client needs to call one environment with one profile's keys.
 * `credentials` reads them when a request is signed (from the vault for Test and
 * Production), so secrets are not kept around in memory and a key removed from
 * the keychain shows up at once as a clear failure.
 */
export interface Fr24Connection {
  profileId: string
  environment: Environment
  baseUrl: string
  credentials: () => Promise<ProfileSecrets>
}

/**
 * selectBalance's currency key is misspelt in FR24's docs; when no spelling arrives at all
 * (already counted as schema drift) the desk assumes the consolidator's home currency.
 */
const CURRENCY_WHEN_FR24_OMITS_IT = 'CNY'

/**
 * FR24 clients for the desk's account connections, all writing to the same wire log and drift
 * counter so Settings → Diagnostics sees every call whichever account made it.
 */
export class Fr24Clients {
  readonly wireLog = new WireLog()
  readonly drift: DriftCounter
  /**
   * Keyed by the connection object itself, never by profile id: a client signs with the
   * `credentials` of the connection it was made for, and two connections for one profile may
   * read different keys (edited in Settings) or watch what they read (testConnection scrubs the
   * answer of exactly the keys it signed with). A client holds no other state, so one per
   * connection costs nothing, and none outlives its connection.
   */
  private readonly clients = new WeakMap<Fr24Connection, Fr24Client>()

  constructor(
    private readonly deps: { clock: Clock; log: Logger }
  ) {
    this.drift = new DriftCounter({ log: deps.log })
  }

  for(connection: Fr24Connection): Fr24Client {
    let client = this.clients.get(connection)
    if (!client) {
      client = createFr24Client({
        baseUrl: connection.baseUrl,
        credentials: connection.credentials,
        clock: this.deps.clock,
        log: this.deps.log,
        wireLog: this.wireLog,
        drift: this.drift
      })
      this.clients.set(connection, client)
    }
    return client
  }

  /** selectBalance as the desk's BalanceSnapshot; every failure becomes a DeskFailure with FR24's code and trace id. */
  async readBalance(connection: Fr24Connection): Promise<BalanceSnapshot> {
    try {
      const reply = await this.for(connection).selectBalance()
      const data = reply.data
      const time = data.time?.trim()
      // The texts FR24 wrote are shown as they are, so each passes the redaction function
      // (an answer may quote the keys it was signed with); amounts are digits only.
      return {
        currency: redactText(data.accountCurrency ?? CURRENCY_WHEN_FR24_OMITS_IT),
        balance: toDecimal(data.accountBalance),
        creditLimit: toDecimal(data.availableCreditLimit ?? '0'),
        payable: toDecimal(data.accountPayable ?? '0'),
        serverTime: time === undefined ? undefined : redactText(time),
        receivedAt: this.deps.clock.now(),
        traceId: reply.traceId ? redactText(reply.traceId) : undefined
      }
    } catch (error) {
      if (error instanceof DeskFailure) throw error
      throw new DeskFailure(toDeskError(error))
    }
  }
}
