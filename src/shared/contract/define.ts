import { z } from 'zod'

/** One request/response pair crossing from the renderer to main. */
export interface CallSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req
  readonly response: Res
  /** Largest JSON request accepted, in bytes; anything bigger never reaches a handler. */
  readonly maxRequestBytes: number
}

/** One message main pushes to the renderer. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P
}

export const DEFAULT_MAX_REQUEST_BYTES = 64 * 1024

export function call<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  options: { maxRequestBytes?: number } = {}
): CallSpec<Req, Res> {
  return { request, response, maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES }
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload }
}

/** Calls without arguments still take an (empty, strict) object so extra fields are refused. */
export const NoArgs = z.strictObject({})

/** Free text from the renderer is always bounded. */
export const Text = (max = 200) => z.string().max(max)
export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not an id')
