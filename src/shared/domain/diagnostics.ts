import { z } from 'zod'
import { Id } from '../contract/define'

/** One FR24 call as the wire log keeps it: no bodies, no passengers, no keys. */
export const WireCall = z.object({
  seq: z.number().int(),
  endpoint: z.string(),
  startedAt: z.number(),
  durationMs: z.number(),
  attempt: z.number().int(),
  httpStatus: z.number().int().optional(),
  code: z.string().optional(),
  traceId: z.string().optional(),
  requestBytes: z.number().int(),
  responseBytes: z.number().int().optional(),
  outcome: z.string(),
  uncertain: z.boolean().optional(),
  cause: z.string().optional()
})
export type WireCall = z.infer<typeof WireCall>

/** A field FR24's answer should have had (or had in a shape we don't read), counted. */
export const SchemaDrift = z.object({
  endpoint: z.string(),
  path: z.string(),
  problem: z.string(),
  count: z.number().int(),
  firstSeen: z.number(),
  lastSeen: z.number()
})

export const Diagnostics = z.object({
  /** The desk's version (package.json), shown with the window's build date so support knows which build it is. */
  appVersion: z.string(),
  calls: z.array(WireCall),
  drift: z.array(SchemaDrift),
  driftTotal: z.number().int(),
  /** How many response fields are our inference rather than documented (docs/fr24-inferences.md). */
  inferredFieldCount: z.number().int()
})
export type Diagnostics = z.infer<typeof Diagnostics>

export const SupportBundleRequest = z.strictObject({ traceId: z.string().min(1).max(128).regex(/^[\w.-]+$/, 'not a trace id') })
export const SupportBundle = z.object({ traceId: z.string(), text: z.string() })

export const SandboxResetResult = z.object({ profileId: Id, resetAt: z.number() })
