import type { MoneyMovement } from '../../../shared/domain/moneyMovement'
import { Fr24Error, type Fr24Reply } from '../../fr24'
import type { MovementsRepo, RecordIntentInput } from '../../journal/movements'
import type { Logger } from '../../util/log'
import type { InternalBus } from '../core/internalBus'

/** One money-moving FR24 call, described for the money path: the journal's intent, and how to send it. */
export interface MoneyCall<T> extends RecordIntentInput {
  /** Sends the call (an FR24 client method); called once, after the intent is on disk. */
  send: () => Promise<Fr24Reply<T>>
  /** What a success adds to the row beyond its traceId (a booking's order number and deadline). */
  settles?: (reply: Fr24Reply<T>) => { orderNo?: string; payDeadline?: number }
}

/** How the call ended, with the journal row as settled. */
export type MoneyOutcome<T> =
  | { state: 'succeeded'; movement: MoneyMovement; reply: Fr24Reply<T> }
  | { state: 'failed'; movement: MoneyMovement; error: unknown }
  | { state: 'uncertain'; movement: MoneyMovement; error: unknown }

export interface MoneyPathDeps {
  movements: MovementsRepo
  bus: InternalBus
  log: Logger
}

/**
 * The one way the desk moves money. Every money-moving call (booking, ticketing, ancillary
 * and reissue payments, refund and void confirmations) goes through `move`:
 *
 * 1. write the intent (journal, state `pending`) BEFORE anything is sent: if that fails,
 *    nothing is sent;
 * 2. send;
 * 3. settle from the outcome: an answer → `succeeded` (traceId, order number); an FR24
 *    failure that left the request unsent or refused (`Fr24Error` not `uncertain`: sent
 *    'no', or FR24 answered no) → `failed`; a lost answer (`uncertain`: timeout, dropped
 *    connection after sending, 5xx) → `uncertain`, never failed: only a check of the
 *    order may settle it later; a fault in our own code once the request may have left
 *    (`internal`, sent 'maybe') and anything else thrown by `send` → `uncertain` too (the
 *    path cannot know whether FR24 acted);
 * 4. emit `movementSettled` on the internal bus (the balance reads, the tray redraws).
 *
 * The outcome is data: `move` rejects only when the intent could not be written.
 */
export class MoneyPath {
  constructor(private readonly deps: MoneyPathDeps) {}

  async move<T>(call: MoneyCall<T>): Promise<MoneyOutcome<T>> {
    const { send, settles, ...intentInput } = call
    const intent = this.deps.movements.recordIntent(intentInput)
    this.deps.bus.emit('movementRecorded', intent)

    let outcome: MoneyOutcome<T>
    try {
      const reply = await send()
      const extra = settles?.(reply) ?? {}
      const movement = this.deps.movements.settle(intent.id, {
        state: 'succeeded',
        ...(reply.traceId ? { traceId: reply.traceId } : {}),
        ...(extra.orderNo !== undefined ? { orderNo: extra.orderNo } : {}),
        ...(extra.payDeadline !== undefined ? { payDeadline: extra.payDeadline } : {})
      })
      outcome = { state: 'succeeded', movement, reply }
    } catch (error) {
      const state = settledStateOf(error)
      if (!(error instanceof Fr24Error)) {
        this.deps.log.error('a money call failed outside the FR24 client; its outcome is unknown', {
          movementId: intent.id,
          kind: call.kind,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        })
      }
      const movement = this.deps.movements.settle(intent.id, {
        state,
        ...(error instanceof Fr24Error && error.traceId ? { traceId: error.traceId } : {}),
        note: noteOf(error)
      })
      outcome = { state, movement, error }
    }
    this.deps.bus.emit('movementSettled', outcome.movement)
    return outcome
  }
}

/** Failed only when FR24 surely did not act; otherwise uncertain (see the class comment). */
export function settledStateOf(error: unknown): 'failed' | 'uncertain' {
  if (!(error instanceof Fr24Error)) return 'uncertain'
  // A fault in our own code is shown to the agent as the bug it is (never "retry", never
  // "uncertain"), but the journal records what is known of the money: if the request may have
  // left (a booking whose answer our parser then choked on), FR24 may have acted on it.
  if (error.kind === 'internal') return error.sent === 'maybe' ? 'uncertain' : 'failed'
  return error.uncertain ? 'uncertain' : 'failed'
}

/** What the row keeps of the failure: FR24's code or our kind. Never a secret (Fr24Error texts are redacted). */
function noteOf(error: unknown): string {
  if (error instanceof Fr24Error) return error.code ? `${error.kind} ${error.code}` : error.kind
  return 'unexpected error before the answer'
}
