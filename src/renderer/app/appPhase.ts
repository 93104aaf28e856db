import type { AppInfo } from '../../shared/domain/app'
import type { DeskError } from '../../shared/errors'

/** The desk's start-up, as the `data-app-state` attribute reports it. */
export type AppPhase =
  | { phase: 'loading' }
  | { phase: 'ready'; info: AppInfo }
  | { phase: 'failed'; error: DeskError }

export const loading: AppPhase = { phase: 'loading' }

export function started(info: AppInfo): AppPhase {
  return { phase: 'ready', info }
}

export function failedToStart(error: DeskError): AppPhase {
  return { phase: 'failed', error }
}

export function appStateAttribute(state: AppPhase): 'loading' | 'ready' | 'failed' {
  switch (state.phase) {
    case 'loading':
      return 'loading'
    case 'ready':
      return 'ready'
    case 'failed':
      return 'failed'
    default: {
      const unreachable: never = state
      return unreachable
    }
  }
}
