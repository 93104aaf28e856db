import { z } from 'zod'
import { CurrencyCode, DecimalString } from '../money'

/**
 * One money-moving call the desk made, as the local journal keeps it. The row is
 * written BEFORE the call is sent (state `pending`); the answer settles it. When the
 * answer is lost (timeout, crash, dropped connection) the outcome is `uncertain`,
 * never `failed`: only `orderDetail` can tell what really happened.
 */
export const MovementKind = z.enum([
  'booking', // creates an order; moves no money itself (the amount is the order total to pay)
  'ticketing', // pays a ticket order from the balance
  'ancillaryPurchase', // pays extras (bags, seats) from the balance
  'reissuePayment', // pays a change (ticketing with the reissue order number)
  'refundConfirming', // asks FR24 to refund: money comes back later
  'voidRequest' // cancels a ticket: money comes back later
])
export type MovementKind = z.infer<typeof MovementKind>

export const MovementDirection = z.enum(['debit', 'credit'])
export type MovementDirection = z.infer<typeof MovementDirection>

export const MovementState = z.enum(['pending', 'succeeded', 'failed', 'uncertain'])
export type MovementState = z.infer<typeof MovementState>

/** The kinds that take money out of the FR24 wallet (paymentMethod "0" = balance). */
export const WALLET_DEBIT_KINDS: readonly MovementKind[] = ['ticketing', 'ancillaryPurchase', 'reissuePayment']
/** The kinds that bring money back to the wallet, at a time FR24 decides. */
export const WALLET_CREDIT_KINDS: readonly MovementKind[] = ['refundConfirming', 'voidRequest']

/** Which way a kind moves money when the caller does not say. */
export function defaultDirection(kind: MovementKind): MovementDirection {
  return WALLET_CREDIT_KINDS.includes(kind) ? 'credit' : 'debit'
}

/** Does this movement change the wallet balance (booking does not)? */
export function movesWallet(kind: MovementKind): boolean {
  return WALLET_DEBIT_KINDS.includes(kind) || WALLET_CREDIT_KINDS.includes(kind)
}

const EpochMs = z.number().int().nonnegative()

export const MoneyMovement = z.object({
  id: z.string().min(1).max(64),
  profileId: z.string().min(1).max(64),
  kind: MovementKind,
  orderNo: z.string().max(64).optional(),
  partnerOrderNo: z.string().max(64).optional(),
  /** Always positive; `direction` says which way it goes. */
  amount: DecimalString,
  currency: CurrencyCode,
  direction: MovementDirection,
  state: MovementState,
  /** When the row was written, just before the call was sent. */
  createdAt: EpochMs,
  /** When the answer (or the decision that it is uncertain) arrived. */
  settledAt: EpochMs.optional(),
  traceId: z.string().max(128).optional(),
  /** Payment deadline of a booking (epoch ms), so the desk can warn before it passes. */
  payDeadline: EpochMs.optional(),
  /** When a balance reading first showed this movement (see the balance monitor). */
  reflectedAt: EpochMs.optional(),
  /** FR24's code or our reason when it failed or became uncertain; never a secret. */
  note: z.string().max(300).optional()
})
export type MoneyMovement = z.infer<typeof MoneyMovement>

export const MoneyMovementList = z.object({
  profileId: z.string().max(64),
  since: EpochMs,
  movements: z.array(MoneyMovement).max(5000),
  /** More rows exist than were sent (the newest are kept). */
  truncated: z.boolean()
})
export type MoneyMovementList = z.infer<typeof MoneyMovementList>

/** An order waiting to be paid, for the tray's deadline list and warnings. */
export const PaymentDeadline = z.object({
  orderNo: z.string().max(64),
  /** Epoch ms (FR24's China-time payDeadline, read once in main). */
  payDeadline: EpochMs,
  amount: DecimalString,
  currency: CurrencyCode
})
export type PaymentDeadline = z.infer<typeof PaymentDeadline>
