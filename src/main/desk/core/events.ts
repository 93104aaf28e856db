import { events, type EventName, type EventPayload } from '../../../shared/contract'
import { redactSecretsDeep } from '../../util/redact'

export type EventListener = (name: EventName, payload: unknown) => void

/**
 * Services publish here; the Electron glue forwards to the window and the browser
 * host forwards to its server-sent-event stream. Payloads are checked against the
 * contract on the way out so a bad event is a bug in main, not a crash in the UI,
 * and every string in them passes the registered-secret redaction (a balance event
 * carries FR24's trace id and error texts).
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const spec = events[name].payload
    const checked = spec.parse(payload)
    const shown = redactSecretsDeep(checked)
    // Masking changed it: it must still keep the contract (parse throws, as for any bad event).
    const sent = shown === checked ? checked : spec.parse(shown)
    for (const listener of this.listeners) listener(name, sent)
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
