import { z } from 'zod'

/** One request/response pair crossing from the renderer to main. */
export interface CallSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType, Long extends boolean = boolean> {
  readonly request: Req
  readonly response: Res
  /** Largest JSON request accepted, in bytes; anything bigger never reaches a handler. */
  readonly maxRequestBytes: number
  /**
   * A long call (a search, an after-sale quote) runs under a request id: its handler gets an
   * AbortSignal that `cancel({ requestId })` trips and a reporter whose steps reach the window as
   * `progress` events carrying that id. Short calls have neither.
   */
  readonly long: Long
}

/** A call declared with `longCall`: the handler gets `{ requestId, signal, progress }` as a second argument. */
export type LongCallSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> = CallSpec<Req, Res, true>

/** One message main pushes to the renderer. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P
}

export const DEFAULT_MAX_REQUEST_BYTES = 64 * 1024

export function call<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  options: { maxRequestBytes?: number } = {}
): CallSpec<Req, Res, false> {
  return { request, response, maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES, long: false }
}

/**
 * A call that may take seconds. Its request is an object, because the caller may add a
 * `requestId` beside the fields (the dispatcher takes it off before the schema sees the request).
 */
export function longCall<Req extends z.ZodObject, Res extends z.ZodType>(
  request: Req,
  response: Res,
  options: { maxRequestBytes?: number } = {}
): LongCallSpec<Req, Res> {
  return { request, response, maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES, long: true }
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload }
}

/**
 * A slice of a contract, typed as exactly those names: a test builds a dispatcher for the calls
 * it exercises (`createDispatcher(pick(calls, ['getBalance']), handlers, …)`) and the compiler asks
 * for exactly those handlers.
 */
export function pick<C extends Record<string, CallSpec>, const K extends keyof C>(contract: C, names: readonly K[]): Pick<C, K> {
  const slice = {} as Pick<C, K>
  for (const name of names) slice[name] = contract[name]
  return slice
}

type Merged<M extends readonly object[]> = M extends readonly [infer First, ...infer Rest extends readonly object[]] ? First & Merged<Rest> : unknown

/**
 * The features' maps as one flat map (call names stay flat on `window.desk`). Two features
 * naming the same call or event is a mistake caught when the contract loads, not a silent override.
 */
export function merge<const M extends readonly Record<string, CallSpec | EventSpec>[]>(...maps: M): Merged<M> {
  const all: Record<string, CallSpec | EventSpec> = {}
  for (const map of maps) {
    for (const [name, spec] of Object.entries(map)) {
      if (Object.hasOwn(all, name)) throw new Error(`The contract names "${name}" twice.`)
      all[name] = spec
    }
  }
  return all as Merged<M>
}

/** Calls without arguments still take an (empty, strict) object so extra fields are refused. */
export const NoArgs = z.strictObject({})

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not an id')

/** Names one run of a long call; the renderer makes one per run, the dispatcher makes one if none came. */
export const RequestId = Id
export type RequestId = z.infer<typeof RequestId>
