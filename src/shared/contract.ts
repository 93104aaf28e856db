import { type z } from 'zod'
import { balanceCalls, balanceEvents } from './contract/balance'
import { bookingCalls, bookingEvents } from './contract/booking'
import { coreCalls, coreEvents } from './contract/core'
import { merge, type CallSpec, type EventSpec, type RequestId } from './contract/define'
import { diagnosticsCalls, diagnosticsEvents } from './contract/diagnostics'
import { noticeCalls, noticeEvents } from './contract/notices'
import { orderCalls, orderEvents } from './contract/orders'
import { preferenceCalls, preferenceEvents } from './contract/preferences'
import { profileCalls, profileEvents } from './contract/profiles'
import { searchCalls, searchEvents } from './contract/search'
import type { Result } from './errors'

/**
 * The one IPC contract, grown per feature (`contract/<feature>.ts`, one map of calls and one of
 * events each) and merged here. Every call the renderer can make and every event main can push
 * is named with its schemas; main validates requests, the renderer validates responses, and the
 * preload and HTTP bridge expose exactly these names, flat on `window.desk`.
 */
export const calls = merge(coreCalls, preferenceCalls, profileCalls, balanceCalls, diagnosticsCalls, noticeCalls, searchCalls, bookingCalls, orderCalls) satisfies Record<string, CallSpec>

export const events = merge(coreEvents, preferenceEvents, profileEvents, balanceEvents, diagnosticsEvents, noticeEvents, searchEvents, bookingEvents, orderEvents) satisfies Record<string, EventSpec>

export type Calls = typeof calls
export type Events = typeof events
export type CallName = keyof Calls
export type EventName = keyof Events
/** The calls declared with `longCall` (run under a request id, cancellable, with progress). */
export type LongCallName = { [N in CallName]: Calls[N]['long'] extends true ? N : never }[CallName]

export type CallRequest<N extends CallName> = z.input<Calls[N]['request']>
export type CallResponse<N extends CallName> = z.output<Calls[N]['response']>
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>
/** What crosses the wire for a call: a long call's request may name its run. */
export type WireRequest<N extends CallName> = N extends LongCallName ? CallRequest<N> & { requestId?: RequestId } : CallRequest<N>

export const callNames = Object.keys(calls) as CallName[]
export const eventNames = Object.keys(events) as EventName[]

/** `preferencesChanged` → `onPreferencesChanged`. */
export type EventSubscriberName<E extends string> = `on${Capitalize<E>}`
export function subscriberName<E extends string>(name: E): EventSubscriberName<E> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as EventSubscriberName<E>
}

/** What `window.desk` is, in Electron (preload) and in the browser host (HTTP bridge) alike. */
export type DeskApi = {
  [N in CallName]: (request?: WireRequest<N>) => Promise<Result<CallResponse<N>>>
} & {
  [E in EventName as EventSubscriberName<E>]: (listener: (payload: EventPayload<E>) => void) => () => void
}

export const CHANNEL_PREFIX = { call: 'desk:call:', event: 'desk:event:' } as const
