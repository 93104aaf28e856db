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
import type { RequestId } from '../../shared/contract/define'
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

/** One run of a long call, as the screen holds it. */
export interface LongCallRun<N extends LongCallName> {
  /** Names this run in its `progress` events and in `cancel`. */
  readonly requestId: RequestId
  /** The call's answer; kind `cancelled` when the run was stopped before it finished. */
  readonly answer: Promise<Result<CallResponse<N>>>
  /** Asks main to stop the run; the answer says how it ended. */
  cancel(): Promise<void>
}

/**
 * Starts a long call (`longCall` in the contract) under a fresh request id, hands its progress
 * steps to `onProgress` (only this run's), and lets the screen cancel it.
 */
export function startLongCall<N extends LongCallName>(
  name: N,
  request: CallRequest<N>,
  options: { onProgress?: (step: Progress) => void } = {}
): LongCallRun<N> {
  const requestId = newRequestId()
  const stop = options.onProgress
    ? onDeskEvent('progress', (step) => {
        if (step.requestId === requestId) options.onProgress?.(step)
      })
    : () => {}
  const answer = callDesk(name, { ...(request as object), requestId } as CallRequest<N>).finally(stop)
  return {
    requestId,
    answer,
    cancel: async () => {
      await callDesk('cancel', { requestId })
    }
  }
}

/** 128 random bits as hex: unique per run, and only what RequestId accepts. */
function newRequestId(): RequestId {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `r_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

export function onDeskEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  const subscribe = api()[subscriberName(name)] as unknown as (l: (payload: unknown) => void) => () => void
  return subscribe((payload) => {
    const parsed = events[name].payload.safeParse(payload)
    if (parsed.success) listener(parsed.data as EventPayload<E>)
  })
}
