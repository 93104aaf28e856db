import { redact } from '../util/redact'
import type { DriftCount } from './drift'

/**
 * The last few hundred FR24 calls, for Settings → Diagnostics and support bundles. Only what a
 * support engineer needs to find a call at FR24 (traceId, code, timings, sizes) — never a body,
 * so never a passport number or a secret.
 */
export type WireOutcome =
  | 'ok'
  | 'fr24-error'
  | 'http-error'
  | 'timeout'
  | 'network'
  | 'truncated'
  | 'not-json'
  | 'shape'
  | 'cancelled'
  | 'internal' // a fault in the desk's own code during the call

export interface WireEntry {
  seq: number
  endpoint: string
  /** Epoch ms when the request started. */
  startedAt: number
  durationMs: number
  attempt: number
  httpStatus?: number
  code?: string
  traceId?: string
  requestBytes: number
  responseBytes?: number
  outcome: WireOutcome
  /** A write whose result is not known. */
  uncertain?: boolean
  /** Short cause of a failure (ECONNRESET, HTTP 502…), never a message body. */
  cause?: string
}

export class WireLog {
  private readonly ring: WireEntry[] = []
  private seq = 0

  constructor(readonly capacity = 500) {}

  add(entry: Omit<WireEntry, 'seq'>): WireEntry {
    const stored = redact({ ...entry, seq: ++this.seq }) as WireEntry
    this.ring.push(stored)
    if (this.ring.length > this.capacity) this.ring.splice(0, this.ring.length - this.capacity)
    return stored
  }

  /** Oldest first. */
  entries(): WireEntry[] {
    return this.ring.map((e) => ({ ...e }))
  }

  byTraceId(traceId: string): WireEntry[] {
    return this.ring.filter((e) => e.traceId === traceId).map((e) => ({ ...e }))
  }

  clear(): void {
    this.ring.length = 0
  }
}

export interface SupportBundleInput {
  traceId: string
  wireLog: WireLog
  appVersion: string
  drift?: { counts(): DriftCount[] }
  /** Anything else the caller wants to attach (environment name, OS); redacted like the rest. */
  extra?: Record<string, unknown>
  now?: () => number
}

/**
 * Everything we know about one FR24 call, as JSON text an agent can paste into an e-mail to FR24
 * or to us. Passed through the redaction function as a whole.
 */
export function supportBundle(input: SupportBundleInput): string {
  const calls = input.wireLog.byTraceId(input.traceId)
  const endpoints = new Set(calls.map((c) => c.endpoint))
  const drift = (input.drift?.counts() ?? []).filter((d) => endpoints.size === 0 || endpoints.has(d.endpoint))
  const bundle = {
    kind: 'fr24-desk-support-bundle',
    createdAt: new Date((input.now ?? Date.now)()).toISOString(),
    appVersion: input.appVersion,
    traceId: input.traceId,
    found: calls.length > 0,
    calls,
    drift,
    ...(input.extra ? { extra: input.extra } : {})
  }
  return JSON.stringify(redact(bundle), null, 2)
}
