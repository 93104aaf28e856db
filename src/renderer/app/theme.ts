import type { Preferences } from '../../shared/domain/app'

export type Theme = 'light' | 'dark'

export function resolveTheme(preference: Preferences['theme'], systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light'
  return preference
}
