import type { Logger } from '../util/log'

/**
 * Schema drift: FR24 answered, but not in the shape its docs promise (a documented field missing,
 * a value of the wrong type). The call still succeeds where it can; drift is counted so that
 * Settings → Diagnostics can show it and a support bundle can carry it.
 */
export interface DriftReporter {
  report(endpoint: string, path: string, problem: string): void
}

export interface DriftCount {
  endpoint: string
  path: string
  problem: string
  count: number
  firstSeen: number
  lastSeen: number
}

export class DriftCounter implements DriftReporter {
  private readonly byKey = new Map<string, DriftCount>()

  constructor(
    private readonly deps: { log?: Logger; now?: () => number; maxKinds?: number } = {}
  ) {}

  report(endpoint: string, path: string, problem: string): void {
    const now = this.deps.now?.() ?? Date.now()
    const key = `${endpoint}\u0000${path}\u0000${problem}`
    const known = this.byKey.get(key)
    if (known) {
      known.count += 1
      known.lastSeen = now
      return
    }
    // A broken FR24 release could produce endless distinct paths; keep memory bounded.
    if (this.byKey.size >= (this.deps.maxKinds ?? 200)) return
    this.byKey.set(key, { endpoint, path, problem, count: 1, firstSeen: now, lastSeen: now })
    // Logged once per kind; the counter carries the repeats.
    this.deps.log?.warn('fr24 schema drift', { endpoint, path, problem })
  }

  counts(endpoint?: string): DriftCount[] {
    const all = [...this.byKey.values()].map((c) => ({ ...c }))
    return endpoint === undefined ? all : all.filter((c) => c.endpoint === endpoint)
  }

  total(): number {
    let n = 0
    for (const c of this.byKey.values()) n += c.count
    return n
  }

  clear(): void {
    this.byKey.clear()
  }
}

export const ignoreDrift: DriftReporter = { report: () => {} }
