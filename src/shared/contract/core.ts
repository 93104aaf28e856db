import { z } from 'zod'
import { AppInfo } from '../domain/app'
import { call, event, NoArgs, RequestId, type CallSpec, type EventSpec } from './define'

export const CancelRequest = z.strictObject({ requestId: RequestId })
export const CancelResult = z.object({
  /** False when no long call with that id was running (it had already answered, or never began). */
  cancelled: z.boolean()
})
export type CancelResult = z.infer<typeof CancelResult>

/**
 * One step of a long call, correlated to its run by `requestId`. `stage` names the step in the
 * call's own words (e.g. 'searching', 'pricing'); `done`/`total` count work when the handler knows it.
 */
export const Progress = z.object({
  requestId: RequestId,
  call: z.string().max(64),
  stage: z.string().min(1).max(64),
  /** Milliseconds since the dispatcher began the call. */
  elapsedMs: z.number().nonnegative(),
  done: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative().optional()
})
export type Progress = z.infer<typeof Progress>

/** The desk itself: what it is, and the one way to stop a long call. */
export const coreCalls = {
  appInfo: call(NoArgs, AppInfo),
  /** Answered by the dispatcher itself, not by a room's handler. */
  cancel: call(CancelRequest, CancelResult)
} satisfies Record<string, CallSpec>

export const coreEvents = {
  progress: event(Progress)
} satisfies Record<string, EventSpec>
