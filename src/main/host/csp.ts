import { contentSecurityPolicy } from '../util/csp'

export const HOST_CSP = contentSecurityPolicy("'self'")
