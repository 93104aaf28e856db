/**
 * Where the agent is, as data. The location hash is the one place a route is kept
 * (`#/order/AB123`), so reload keeps your place, every navigation is a history entry
 * (back and forward work) and the same links work at app:// in Electron and on the
 * browser host's loopback URL. Screens a later release fills are here already, so a
 * feature can link to them; until then they show their placeholder.
 */

/** The steps of booking one offer, in order: check the price, seats and bags, passengers, review and book. */
export const BOOK_STEPS = ['price', 'extras', 'passengers', 'review'] as const
export type BookStep = (typeof BOOK_STEPS)[number]

/** Settings' panels, each reachable by link (`#/settings/diagnostics`). */
export const SETTINGS_SECTIONS = ['accounts', 'appearance', 'diagnostics'] as const
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number]

export type Route =
  | { screen: 'search' }
  | { screen: 'orders' }
  | { screen: 'order'; orderNo: string }
  | { screen: 'book'; searchId: string; offerId: string; step: BookStep }
  | { screen: 'balance' }
  | { screen: 'settings'; section?: SettingsSection }

/** The four screens of the side navigation, in the order of Ctrl+1…4. */
export const MAIN_SCREENS = ['search', 'orders', 'balance', 'settings'] as const
export type MainScreen = (typeof MAIN_SCREENS)[number]

/** Where an empty, unknown or damaged hash lands. */
export const HOME: Route = { screen: 'search' }

/**
 * An id carried in a route (an FR24 order number, a search or offer id): printable, no
 * slash, no space, at most 128 characters. Anything else is not one of ours.
 */
const ID = /^[\w.~:@+=-]{1,128}$/

function id(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return undefined
  }
  return ID.test(decoded) ? decoded : undefined
}

function oneOf<T extends string>(values: readonly T[], segment: string | undefined): T | undefined {
  return (values as readonly string[]).includes(segment ?? '') ? (segment as T) : undefined
}

/** The route a location hash names; anything it cannot read is HOME, never an exception. */
export function parseRoute(hash: string): Route {
  if (typeof hash !== 'string') return HOME
  // A query or a trailing slash is not part of the route.
  const path = hash.replace(/^#\/?/, '').split('?')[0]!.replace(/\/+$/, '')
  const [screen, ...rest] = path.split('/')
  switch (screen) {
    case 'search':
    case 'orders':
    case 'balance':
      return rest.length === 0 ? { screen } : HOME
    case 'order': {
      const orderNo = rest.length === 1 ? id(rest[0]) : undefined
      return orderNo ? { screen: 'order', orderNo } : { screen: 'orders' }
    }
    case 'book': {
      const [searchId, offerId, step] = rest.length === 3 ? [id(rest[0]), id(rest[1]), oneOf(BOOK_STEPS, rest[2])] : []
      return searchId && offerId && step ? { screen: 'book', searchId, offerId, step } : HOME
    }
    case 'settings': {
      if (rest.length === 0) return { screen: 'settings' }
      const section = rest.length === 1 ? oneOf(SETTINGS_SECTIONS, rest[0]) : undefined
      return section ? { screen: 'settings', section } : { screen: 'settings' }
    }
    default:
      return HOME
  }
}

/** The hash for a route: what links carry and what `parseRoute` reads back. */
export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'search':
    case 'orders':
    case 'balance':
      return `#/${route.screen}`
    case 'order':
      return `#/order/${encodeURIComponent(route.orderNo)}`
    case 'book':
      return `#/book/${encodeURIComponent(route.searchId)}/${encodeURIComponent(route.offerId)}/${route.step}`
    case 'settings':
      return route.section ? `#/settings/${route.section}` : '#/settings'
    default: {
      const unreachable: never = route
      return unreachable
    }
  }
}

/** The side-navigation entry a route belongs to: an order is under Orders, a booking under Search. */
export function mainScreenOf(route: Route): MainScreen {
  switch (route.screen) {
    case 'search':
    case 'book':
      return 'search'
    case 'orders':
    case 'order':
      return 'orders'
    case 'balance':
      return 'balance'
    case 'settings':
      return 'settings'
    default: {
      const unreachable: never = route
      return unreachable
    }
  }
}

/** Settings sections → the id of their panel's heading, which takes focus when a link opens one. */
const SECTION_HEADINGS: Readonly<Record<SettingsSection, string>> = {
  accounts: 'profiles-title',
  appearance: 'appearance-title',
  diagnostics: 'diagnostics-title'
}

/** The element that takes focus when a route opens: the screen's title, or the section's heading. */
export function focusTargetId(route: Route): string {
  return route.screen === 'settings' && route.section ? SECTION_HEADINGS[route.section] : 'screen-title'
}

/** What the keyboard asks for, in the agent's words: a screen (Ctrl/Cmd+1…4) or a step in history (Alt+←/→). */
export type KeyCommand = { kind: 'open'; route: Route } | { kind: 'back' } | { kind: 'forward' }

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  /** Focus is in a text field, where Alt+←/→ moves the caret by word (macOS). */
  inTextField: boolean
}

export function keyCommand(press: KeyPress): KeyCommand | undefined {
  if (press.shiftKey) return undefined
  const modifier = press.ctrlKey || press.metaKey
  if (press.altKey && !modifier) {
    if (press.inTextField) return undefined
    if (press.key === 'ArrowLeft') return { kind: 'back' }
    if (press.key === 'ArrowRight') return { kind: 'forward' }
    return undefined
  }
  if (press.altKey || !modifier) return undefined
  const screen = screenForShortcut(press.key, true)
  return screen ? { kind: 'open', route: { screen } } : undefined
}

/** Ctrl+1…4 (Cmd on macOS) jump between the four screens. */
export function screenForShortcut(key: string, withModifier: boolean): MainScreen | undefined {
  if (!withModifier) return undefined
  const index = Number(key) - 1
  return Number.isInteger(index) ? MAIN_SCREENS[index] : undefined
}
