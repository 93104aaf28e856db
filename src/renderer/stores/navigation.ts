export const SCREENS = ['search', 'orders', 'balance', 'settings'] as const
export type Screen = (typeof SCREENS)[number]

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0]
  return (SCREENS as readonly string[]).includes(name ?? '') ? (name as Screen) : 'search'
}

export function hashForScreen(screen: Screen): string {
  return `#/${screen}`
}

/** Ctrl+1…4 (Cmd on macOS) jump between the four screens. */
export function screenForShortcut(key: string, withModifier: boolean): Screen | undefined {
  if (!withModifier) return undefined
  const index = Number(key) - 1
  return Number.isInteger(index) ? SCREENS[index] : undefined
}
