/**
 * `seriesTraceId` / `seriesRsTime`: each call in a booking flow tells FR24 which call came before
 * it and how long that one took, so FR24 can follow a whole search → price → book → pay chain.
 */
export interface Series {
  seriesTraceId: string
  seriesRsTime: number
}

export interface ReplyTiming {
  traceId: string
  elapsedMs: number
}

/** The chaining fields to send after `previous`; nothing when FR24 gave no traceId. */
export function seriesAfter(previous: ReplyTiming | undefined): Series | undefined {
  if (!previous || !previous.traceId) return undefined
  return { seriesTraceId: previous.traceId, seriesRsTime: Math.max(0, Math.round(previous.elapsedMs)) }
}

/**
 * Remembers the last reply of a flow:
 *   const chain = new CallChain()
 *   const shop = chain.record(await client.shopping(req, { series: chain.next() }))
 */
export class CallChain {
  private last: ReplyTiming | undefined

  next(): Series | undefined {
    return seriesAfter(this.last)
  }

  record<T extends ReplyTiming>(reply: T): T {
    this.last = { traceId: reply.traceId, elapsedMs: reply.elapsedMs }
    return reply
  }
}
