import {
  calls,
  events,
  subscriberName,
  type CallName,
  type CallRequest,
  type CallResponse,
  type DeskApi,
  type EventName,
  type EventPayload
} from '../../shared/contract'
import { DeskError, type Result } from '../../shared/errors'

declare global {
  interface Window {
    desk?: DeskApi
  }
}

function api(): DeskApi {
  if (!window.desk) throw new Error('window.desk is missing: the preload or the HTTP bridge did not load')
  return window.desk
}

/**
 * The renderer's only way to main. Answers are validated against the contract,
 * so a malformed answer becomes an error the screen can show, not a crash.
 */
export async function callDesk<N extends CallName>(name: N, request?: CallRequest<N>): Promise<Result<CallResponse<N>>> {
  const fn = api()[name] as (request?: unknown) => Promise<unknown>
  const raw = await fn(request ?? {})
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    if (raw.ok === true && 'value' in raw) {
      const parsed = calls[name].response.safeParse(raw.value)
      if (parsed.success) return { ok: true, value: parsed.data as CallResponse<N> }
    } else if (raw.ok === false && 'error' in raw) {
      const parsed = DeskError.safeParse(raw.error)
      if (parsed.success) return { ok: false, error: parsed.data }
    }
  }
  return {
    ok: false,
    error: { kind: 'internal', message: `The desk answered "${name}" in an unexpected shape.`, action: 'report-bug' }
  }
}

/** Like callDesk, but throws the DeskError: for places that handle errors in one catch. */
export async function callDeskOrThrow<N extends CallName>(name: N, request?: CallRequest<N>): Promise<CallResponse<N>> {
  const result = await callDesk(name, request)
  if (!result.ok) throw new DeskCallError(result.error)
  return result.value
}

export class DeskCallError extends Error {
  constructor(readonly error: DeskError) {
    super(error.message)
  }
}

export function onDeskEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  const subscribe = api()[subscriberName(name)] as unknown as (l: (payload: unknown) => void) => () => void
  return subscribe((payload) => {
    const parsed = events[name].payload.safeParse(payload)
    if (parsed.success) listener(parsed.data as EventPayload<E>)
  })
}
