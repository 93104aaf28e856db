import { startTransition, useEffect, useState } from 'react'

/** Longest wait for a frame (a hidden window draws none): then the value is taken anyway. */
const NO_FRAME_MS = 200

/**
 * `value`, once the frame that shows what changed with it has been painted; `initial` (or the value
 * before) until then. useDeferredValue was not enough: React ran the deferred render in the task
 * right after the urgent one, before the browser painted, so a 2,000-row search's side panels
 * (every row's facts, the counts, the matrix: 20–30 ms) still stood between the rows arriving and
 * the first rows painted. A frame callback fires just before a paint; a task posted from it runs after.
 */
export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial)
  useEffect(() => {
    if (Object.is(shown, value)) return
    let done = false
    const take = () => {
      if (done) return
      done = true
      startTransition(() => setShown(value))
    }
    let afterFrame: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => (afterFrame = setTimeout(take, 0)))
    const fallback = setTimeout(take, NO_FRAME_MS)
    return () => {
      done = true
      cancelAnimationFrame(frame)
      clearTimeout(fallback)
      if (afterFrame !== undefined) clearTimeout(afterFrame)
    }
  }, [value, shown])
  return shown
}
