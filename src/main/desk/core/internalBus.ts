import type { MoneyMovement } from '../../../shared/domain/moneyMovement'
import type { Logger } from '../../util/log'

/**
 * Events inside main, between the desk's rooms; never sent to the window (the contract's
 * events go through EventHub). Add one here with the room that emits it.
 */
export interface InternalEvents {
  /** desk/money wrote the intent of a money-moving call (state pending), before sending it. */
  movementRecorded: MoneyMovement
  /** desk/money settled a money-moving call: succeeded, failed, or uncertain (the answer was lost). */
  movementSettled: MoneyMovement
  /** Money moved on the account by something other than a movement (the Sandbox was reset). */
  accountMoneyMoved: { profileId: string; why: 'sandbox-reset' }
}

export type InternalEventName = keyof InternalEvents

type Listener<N extends InternalEventName> = (payload: InternalEvents[N]) => void

/**
 * A small typed bus. A listener that throws is logged and does not stop the others nor
 * the emitter: a money call must settle whatever a subscriber does with the news.
 */
export class InternalBus {
  private readonly listeners = new Map<InternalEventName, Set<Listener<never>>>()

  constructor(private readonly log?: Logger) {}

  on<N extends InternalEventName>(name: N, listener: Listener<N>): () => void {
    const set = this.listeners.get(name) ?? new Set()
    set.add(listener as Listener<never>)
    this.listeners.set(name, set)
    return () => set.delete(listener as Listener<never>)
  }

  emit<N extends InternalEventName>(name: N, payload: InternalEvents[N]): void {
    for (const listener of [...(this.listeners.get(name) ?? [])]) {
      try {
        ;(listener as Listener<N>)(payload)
      } catch (error) {
        this.log?.error('an internal event listener failed', { event: name, error: error instanceof Error ? error.message : String(error) })
      }
    }
  }
}
