import {
  calls,
  events,
  subscriberName,
  type CallName,
  type CallRequest,
  type CallResponse,
  type DeskApi,
  type EventName,
  type EventPayload,
  type LongCallName
} from '../../shared/contract'
import type { Progress } from '../../shared/contract/core'
import type { Result } from '../../shared/errors'
import { createDeskCaller, type LongCallRun } from './deskCaller'

declare global {
  interface Window {
    desk?: DeskApi
  }
}

function api(): DeskApi {
  if (!window.desk) throw new Error('window.desk is missing: the preload or the HTTP bridge did not load')
  return window.desk
}

const caller = createDeskCaller(calls, {
  call: (name, request) => (api()[name as CallName] as (request: unknown) => Promise<unknown>)(request),
  onProgress: (listener) => api().onProgress(listener)
})

/**
 * The renderer's only way to main. Answers are validated against the contract,
 * so a malformed answer becomes an error the screen can show, not a crash.
 */
export function callDesk<N extends CallName>(name: N, request?: CallRequest<N>): Promise<Result<CallResponse<N>>> {
  return caller.call(name, request)
}

/**
 * Starts a long call under a fresh request id, with this run's progress steps and a way to
 * cancel it (see deskCaller.ts).
 */
export function startLongCall<N extends LongCallName>(
  name: N,
  request: CallRequest<N>,
  options: { onProgress?: (step: Progress) => void } = {}
): LongCallRun<CallResponse<N>> {
  return caller.startLongCall(name, request, options)
}

export function onDeskEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  const subscribe = api()[subscriberName(name)] as unknown as (l: (payload: unknown) => void) => () => void
  return subscribe((payload) => {
    const parsed = events[name].payload.safeParse(payload)
    if (parsed.success) listener(parsed.data as EventPayload<E>)
  })
}
