import type { Timers } from '../../util/timers'

/** How often a long FR24 call (a search, a price check) says it is still waiting for FR24. */
export const WAITING_TICK_MS = 500

/**
 * Calls `tick` every WAITING_TICK_MS until stopped: the "still waiting for FR24" progress of a long
 * call, so the window can show elapsed time while nothing else happens.
 */
export function waitingTicks(timers: Timers, tick: () => void): { stop(): void } {
  let handle: unknown
  let stopped = false
  const next = () => {
    if (stopped) return
    tick()
    handle = timers.setTimeout(next, WAITING_TICK_MS)
  }
  handle = timers.setTimeout(next, WAITING_TICK_MS)
  return {
    stop: () => {
      stopped = true
      timers.clearTimeout(handle)
    }
  }
}
