/**
 * Injected trouble, for the desk's error paths. A rule targets one
 * operation (or "*"), optionally lets the first `skip` matching calls
 * through, then applies to the next `count` calls.
 *
 * Whether the state change happens is part of each kind — that is what
 * makes the desk's "uncertain outcome" handling testable:
 *   latency     wait latencyMs, then answer normally (combines with others)
 *   http        HTTP status (default 502) with an HTML error page; nothing happens
 *   rateLimit   HTTP 429 with code 20500001; nothing happens
 *   malformed   HTTP 200 whose body is not JSON; nothing happens
 *   code        a normal envelope with the given code/message; nothing happens,
 *               unless commit is true (then the change happens and the code lies)
 *   dropBefore  the connection is cut before anything happens
 *   dropAfter   the change happens and is saved, then the connection is cut
 *   truncated   the change happens, the answer is cut off half way
 */

export const FAULT_KINDS = ['latency', 'http', 'rateLimit', 'malformed', 'code', 'dropBefore', 'dropAfter', 'truncated'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultRule {
  id: number
  op: string
  kind: FaultKind
  /** Calls left to affect. */
  count: number
  skip: number
  latencyMs?: number
  status?: number
  code?: string
  message?: string
  commit?: boolean
}

export type FaultSpec = Omit<FaultRule, 'id' | 'count' | 'skip' | 'op'> & { op?: string; count?: number; skip?: number }

export class FaultBook {
  private rules: FaultRule[] = []
  private nextId = 1

  add(spec: FaultSpec): FaultRule {
    if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`unknown fault kind ${String(spec.kind)}; one of ${FAULT_KINDS.join(', ')}`)
    const count = spec.count ?? 1
    if (!Number.isInteger(count) || count < 1) throw new Error('count must be a whole number ≥ 1')
    const rule: FaultRule = { ...spec, id: this.nextId++, op: spec.op ?? '*', count, skip: spec.skip ?? 0 }
    this.rules.push(rule)
    return rule
  }

  /** The rules that fire for this call (each loses one use); latency first. */
  take(op: string): FaultRule[] {
    const firing: FaultRule[] = []
    for (const rule of this.rules) {
      if (rule.op !== '*' && rule.op.toLowerCase() !== op.toLowerCase()) continue
      if (rule.skip > 0) {
        rule.skip--
        continue
      }
      rule.count--
      firing.push({ ...rule })
    }
    this.rules = this.rules.filter((r) => r.count > 0)
    return firing.sort((a, b) => (a.kind === 'latency' ? -1 : 0) - (b.kind === 'latency' ? -1 : 0))
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }))
  }

  clear(): void {
    this.rules = []
  }
}
