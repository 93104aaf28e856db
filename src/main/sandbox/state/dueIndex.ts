/**
 * When each order next moves on by itself, so that a request looks only at
 * the orders whose moment has come instead of at all of them. A min-heap of
 * (due time, order); an order's time is replaced by scheduling it again, and
 * an entry that no longer matches its order's time is skipped when it
 * surfaces (cheaper than finding it inside the heap).
 *
 * Equal times come out in a fixed order — ticket and after-sale orders
 * before ancillary orders, then by number, i.e. as they were made — which is
 * the order the sandbox used to walk them in.
 */

export interface DueKey {
  kind: 'order' | 'aux'
  no: string
}

interface Entry {
  at: number
  /** 0 for orders, 1 for ancillary orders; then `no` (same-length numbers: text order is number order). */
  rank: number
  no: string
}

const keyOf = (rank: number, no: string): string => `${rank}:${no}`

function before(a: Entry, b: Entry): boolean {
  if (a.at !== b.at) return a.at < b.at
  if (a.rank !== b.rank) return a.rank < b.rank
  return a.no.length !== b.no.length ? a.no.length < b.no.length : a.no < b.no
}

export class DueIndex {
  private readonly heap: Entry[] = []
  /** The time each order is scheduled for now; entries in the heap that disagree are stale. */
  private readonly scheduled = new Map<string, number>()

  get size(): number {
    return this.scheduled.size
  }

  /** Sets when this order next moves on (null: never by itself). */
  schedule(kind: DueKey['kind'], no: string, at: number | null): void {
    const rank = kind === 'order' ? 0 : 1
    const key = keyOf(rank, no)
    const current = this.scheduled.get(key)
    if (at === null) {
      this.scheduled.delete(key)
      return
    }
    if (current === at) return
    this.scheduled.set(key, at)
    this.push({ at, rank, no })
    // Stale entries are dropped as they surface; rebuild when they outnumber the live ones.
    if (this.heap.length > 64 && this.heap.length > 4 * this.scheduled.size) this.rebuild()
  }

  /** The earliest order due at or before `now`, taken off the index (it is scheduled again once it moved on). */
  takeDue(now: number): DueKey | null {
    for (;;) {
      const top = this.heap[0]
      if (!top || top.at > now) return null
      this.pop()
      const key = keyOf(top.rank, top.no)
      if (this.scheduled.get(key) !== top.at) continue
      this.scheduled.delete(key)
      return { kind: top.rank === 0 ? 'order' : 'aux', no: top.no }
    }
  }

  clear(): void {
    this.heap.length = 0
    this.scheduled.clear()
  }

  private rebuild(): void {
    this.heap.length = 0
    for (const [key, at] of this.scheduled) {
      const rank = Number(key.slice(0, 1))
      this.push({ at, rank, no: key.slice(2) })
    }
  }

  private push(entry: Entry): void {
    const heap = this.heap
    heap.push(entry)
    let i = heap.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(entry, heap[parent] as Entry)) break
      heap[i] = heap[parent] as Entry
      i = parent
    }
    heap[i] = entry
  }

  private pop(): void {
    const heap = this.heap
    const last = heap.pop() as Entry
    if (heap.length === 0) return
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= heap.length) break
      const right = left + 1
      const child = right < heap.length && before(heap[right] as Entry, heap[left] as Entry) ? right : left
      if (!before(heap[child] as Entry, last)) break
      heap[i] = heap[child] as Entry
      i = child
    }
    heap[i] = last
  }
}
