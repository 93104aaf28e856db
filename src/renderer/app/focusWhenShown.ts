/** How long a screen may take to appear (its chunk loading) before focus gives up. */
const WAIT_MS = 5000

/**
 * Focuses the element with this id now, or as soon as it is in the document (a lazily loaded
 * screen draws its title a moment after the route changed). Returns the cleanup for an effect.
 */
export function focusWhenShown(id: string): () => void {
  const now = document.getElementById(id)
  if (now) {
    now.focus()
    return () => undefined
  }
  const observer = new MutationObserver(() => {
    const shown = document.getElementById(id)
    if (!shown) return
    stop()
    shown.focus()
  })
  const timer = setTimeout(() => stop(), WAIT_MS)
  const stop = () => {
    observer.disconnect()
    clearTimeout(timer)
  }
  observer.observe(document.body, { childList: true, subtree: true })
  return stop
}
