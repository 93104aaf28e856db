import type { AnchorHTMLAttributes } from 'react'
import { routeHref, type Route } from './routes'

/**
 * A link to a route. A plain anchor on purpose: the browser itself changes the hash and
 * adds the history entry, so Back returns here.
 */
export function Link({ to, ...rest }: { to: Route } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return <a href={routeHref(to)} {...rest} />
}
