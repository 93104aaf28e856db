import { ENVIRONMENTS, type Environment } from '../../../shared/domain/environments'

/**
 * Where each environment's calls go, for main. The documented URLs come from the
 * one table in shared/domain/environments.ts; the Sandbox's is the embedded
 * simulator's, known only once it listens.
 *
 * FR24_DESK_TEST_BASE_URL points the *Test* environment at a local simulator, for
 * end-to-end tests only (the real Test host is not reachable from CI). It is read
 * here and nowhere else, and accepted only for http(s) on a loopback address, so
 * it can never send an agent's Test keys to another machine.
 */
export const TEST_BASE_URL_OVERRIDE = 'FR24_DESK_TEST_BASE_URL'

export interface EnvironmentUrls {
  baseUrl(environment: Environment): string | undefined
  /** True when the Test environment is redirected to a local simulator. */
  readonly testOverridden: boolean
}

export function environmentUrls(options: {
  sandboxBaseUrl: () => string | undefined
  env?: Readonly<Record<string, string | undefined>>
}): EnvironmentUrls {
  const env = options.env ?? process.env
  const override = env[TEST_BASE_URL_OVERRIDE]?.trim() || undefined
  const testUrl = override === undefined ? ENVIRONMENTS.test.baseUrl : loopbackUrl(override)
  return {
    testOverridden: override !== undefined,
    baseUrl(environment) {
      if (environment === 'sandbox') return trimSlash(options.sandboxBaseUrl())
      if (environment === 'test') return testUrl
      return ENVIRONMENTS.production.baseUrl
    }
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

function loopbackUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`${TEST_BASE_URL_OVERRIDE} is not a URL.`)
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`${TEST_BASE_URL_OVERRIDE} must be an http(s) URL on 127.0.0.1 or localhost (it is for tests only).`)
  }
  return trimSlash(url.origin + url.pathname) as string
}

function trimSlash(url: string | undefined): string | undefined {
  return url?.replace(/\/+$/, '')
}
