/**
 * The screens the desk does not open on: each its own chunk (the first paint loads only the frame
 * and Search). Every import is cached by the module system, so preloading and React.lazy share one fetch.
 */
export const LATER_SCREENS = {
  book: () => import('../features/booking/BookScreen'),
  order: () => import('../features/orders/OrderScreen'),
  orders: () => import('../features/orders/OrdersScreen'),
  balance: () => import('../features/balance/BalanceScreen'),
  settings: () => import('../features/settings/SettingsScreen')
} as const

let preloaded = false

/**
 * Fetches every later screen once, each in an idle period of its own: all of them at once were one
 * stretch of 100–300 ms (fetch, compile, evaluate) right after start, in which a key the agent
 * pressed waited. A failure here shows when the screen is opened.
 */
export function preloadLaterScreens(): void {
  if (preloaded) return
  preloaded = true
  const queue = Object.values(LATER_SCREENS)
  const whenIdle = (work: () => void): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 })
    else setTimeout(work, 200)
  }
  const next = (): void => {
    const importScreen = queue.shift()
    if (!importScreen) return
    void importScreen()
      .catch(() => undefined)
      .then(() => whenIdle(next))
  }
  whenIdle(next)
}
