import { chinaTraceStamp } from '../world/time'

/**
 * The answer FR24 wraps everything in (README §3): traceId, code, message,
 * processingTime, data — data null on failure (fr24-inferences T5).
 */
export interface Envelope {
  traceId: string
  code: string
  message: string
  processingTime: number
  data: unknown
}

let sequence = 0

/** `<prefix>_NEWAPI<YYMMDDHHmmss China time><6-digit sequence>`. */
export function traceId(prefix: string, nowMs: number): string {
  sequence = (sequence + 1) % 1_000_000
  return `${prefix}_NEWAPI${chinaTraceStamp(nowMs)}${String(sequence).padStart(6, '0')}`
}

export function envelope(trace: string, code: string, message: string, startedMs: number, data: unknown): Envelope {
  return { traceId: trace, code, message, processingTime: Math.max(0, Math.round(performance.now() - startedMs)), data }
}
