import type { z } from 'zod'
import { Progress } from '../../shared/contract/core'
import { acceptOrParse } from '../../shared/contract/fastAccept'
import type { CallSpec, RequestId } from '../../shared/contract/define'
import { DeskError, type Result } from '../../shared/errors'

/** What the caller needs of `window.desk`: the call by its name, and the `progress` events. */
export interface DeskPort {
  call(name: string, request: unknown): Promise<unknown>
  onProgress(listener: (payload: unknown) => void): () => void
}

type LongNames<C extends Record<string, CallSpec>> = { [N in keyof C & string]: C[N]['long'] extends true ? N : never }[keyof C & string]
type Answer<S extends CallSpec> = Result<z.output<S['response']>>

/** One run of a long call, as the screen holds it. */
export interface LongCallRun<T> {
  /** Names this run in its `progress` events and in `cancel`. */
  readonly requestId: RequestId
  /** The call's answer; kind `cancelled` when the run was stopped before it finished. */
  readonly answer: Promise<Result<T>>
  /** Asks main to stop the run; the answer says how it ended. */
  cancel(): Promise<void>
}

/**
 * Calls over a port for one contract (the app's: src/renderer/desk/client.ts). Answers are validated
 * against the contract, so a malformed answer becomes an error the screen can show, not a crash.
 * Every answer goes through the same door (acceptOrParse): a quick check built from the call's own
 * schema takes an answer that is already exactly in the schema's form as it is, and anything else
 * gets zod's full parse. Re-parsing a 2,000-offer search with zod cost 45–140 ms here (the window's
 * CSP keeps zod off its compiled path), most of the time between the rows arriving and the first
 * rows painted; the quick check answers the same in a fraction (shared/contract/fastAccept.ts).
 */
export function createDeskCaller<C extends Record<string, CallSpec>>(contract: C, port: DeskPort) {
  async function call<N extends keyof C & string>(name: N, request?: z.input<C[N]['request']>): Promise<Answer<C[N]>> {
    const spec: CallSpec = contract[name] as C[N]
    const raw = await port.call(name, request ?? {})
    if (raw && typeof raw === 'object' && 'ok' in raw) {
      if (raw.ok === true && 'value' in raw) {
        const parsed = acceptOrParse(spec.response, raw.value)
        if (parsed.success) return { ok: true, value: parsed.data as z.output<C[N]['response']> }
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

  /**
   * Starts a long call (`longCall` in the contract) under a fresh request id, hands its progress
   * steps to `onProgress` (only this run's), and lets the screen cancel it.
   */
  function startLongCall<N extends LongNames<C>>(
    name: N,
    request: z.input<C[N]['request']>,
    options: { onProgress?: (step: Progress) => void } = {}
  ): LongCallRun<z.output<C[N]['response']>> {
    const requestId = newRequestId()
    const { onProgress } = options
    const stop = onProgress
      ? port.onProgress((payload) => {
          const step = Progress.safeParse(payload)
          if (step.success && step.data.requestId === requestId) onProgress(step.data)
        })
      : () => {}
    const answer = call(name, { ...(request as object), requestId } as z.input<C[N]['request']>).finally(stop)
    return {
      requestId,
      answer,
      cancel: async () => {
        await port.call('cancel', { requestId })
      }
    }
  }

  return { call, startLongCall }
}

/** 128 random bits as hex: unique per run, and only what RequestId accepts. */
function newRequestId(): RequestId {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `r_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
