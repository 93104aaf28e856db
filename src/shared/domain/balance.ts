import { z } from 'zod'
import { CurrencyCode, DecimalString } from '../money'

/**
 * One reading of the FR24 wallet (selectBalance), as the desk shows it.
 * Amounts are canonical decimal strings, never floats.
 */
export const BalanceSnapshot = z.object({
  currency: CurrencyCode,
  /** data.accountBalance */
  balance: DecimalString,
  /** data.availableCreditLimit */
  creditLimit: DecimalString,
  /** data.accountPayable: unsettled amount owed to FR24 */
  payable: DecimalString,
  /** data.time as FR24 wrote it (China time, no zone), trimmed; read elsewhere with the one documented assumption. */
  serverTime: z.string().max(40).optional(),
  /** When the desk received the answer, ms since the epoch. */
  receivedAt: z.number().int().nonnegative(),
  traceId: z.string().max(128).optional()
})
export type BalanceSnapshot = z.infer<typeof BalanceSnapshot>
