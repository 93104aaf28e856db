import { z } from 'zod'

/**
 * The FR24 environments a profile can point at. This table is the only place their
 * base URLs are written down, so a profile can never be pointed at an arbitrary host.
 */
export const Environment = z.enum(['sandbox', 'test', 'production'])
export type Environment = z.infer<typeof Environment>

/** The environments an agent adds credentials for; the Sandbox is built in. */
export const CredentialEnvironment = z.enum(['test', 'production'])
export type CredentialEnvironment = z.infer<typeof CredentialEnvironment>

export interface EnvironmentInfo {
  readonly id: Environment
  /**
   * Documented base URL, without a trailing slash. The Sandbox has none: it is the
   * embedded simulator on 127.0.0.1 with a port chosen at run time, injected by main.
   */
  readonly baseUrl: string | undefined
  /** True when the base URL is our inference rather than printed in FR24's docs. */
  readonly baseUrlInferred: boolean
  /** Calls here move real money. The UI marks it everywhere and asks for confirmation. */
  readonly realMoney: boolean
  /** Its keys are agent secrets kept in the OS keychain (not in settings). */
  readonly keysInKeychain: boolean
}

export const ENVIRONMENTS: Readonly<Record<Environment, EnvironmentInfo>> = {
  sandbox: { id: 'sandbox', baseUrl: undefined, baseUrlInferred: false, realMoney: false, keysInKeychain: false },
  // Printed in every cURL sample of the V1 and V2 docs (fr24-api README §1).
  test: {
    id: 'test',
    baseUrl: 'https://flight-test.flightroutes24.com',
    baseUrlInferred: false,
    realMoney: false,
    keysInKeychain: true
  },
  // Not printed in the docs: FR24's own client uses it as its production gateway (GAPS A1).
  production: {
    id: 'production',
    baseUrl: 'https://flight.flightroutes24.com',
    baseUrlInferred: true,
    realMoney: true,
    keysInKeychain: true
  }
}
