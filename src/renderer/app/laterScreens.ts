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

/** Fetches every later screen once, when the window is idle; a failure here shows when the screen is opened. */
export function preloadLaterScreens(): void {
  if (preloaded) return
  preloaded = true
  const load = () => {
    for (const importScreen of Object.values(LATER_SCREENS)) importScreen().catch(() => undefined)
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 })
  else setTimeout(load, 200)
}
