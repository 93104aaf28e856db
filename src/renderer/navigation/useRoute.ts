import { useMemo, useSyncExternalStore } from 'react'
import { parseRoute, routeHref, type Route } from './routes'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

/** The route on screen, read from the location hash (its one home) and followed as it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash)
  return useMemo(() => parseRoute(hash), [hash])
}

/** Opens a route as a new history entry, so Back returns to where the agent was. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route)
}
