import { events, type EventName, type EventPayload } from '../../shared/contract'

export type EventListener = (name: EventName, payload: unknown) => void

/**
 * Services publish here; the Electron glue forwards to the window and the browser
 * host forwards to its server-sent-event stream. Payloads are checked against the
 * contract on the way out so a bad event is a bug in main, not a crash in the UI.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = events[name].payload.parse(payload)
    for (const listener of this.listeners) listener(name, checked)
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
