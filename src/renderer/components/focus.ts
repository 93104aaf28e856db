import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

/**
 * Focus an element once React has drawn the state changes made alongside this call
 * (a button re-enabled after a busy call, a field whose error just appeared).
 */
export function useFocusLater(): (target: RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined)) => void {
  const pending = useRef<RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined)>(undefined)
  const [request, setRequest] = useState(0)
  useEffect(() => {
    const target = pending.current
    if (!target) return
    pending.current = undefined
    const element = typeof target === 'function' ? target() : target.current
    element?.focus()
  }, [request])
  return useCallback((target) => {
    pending.current = target
    setRequest((n) => n + 1)
  }, [])
}
