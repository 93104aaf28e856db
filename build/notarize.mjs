// @ts-check
/**
 * What the afterSign hook does with the Apple notarization credentials, as data: notarize when all
 * three are in the environment (the release workflow sets them from repository secrets), otherwise
 * skip with one line. The values are never printed.
 */
export const NOTARIZE_ENV = /** @type {const} */ (['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'])

/**
 * @param {string} platform electron-builder's platform name
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {{ kind: 'skip'; reason: string } | { kind: 'notarize'; appleId: string; appleIdPassword: string; teamId: string }}
 */
export function notarizeDecision(platform, env) {
  if (platform !== 'darwin') return { kind: 'skip', reason: `not a macOS build (${platform})` }
  const missing = NOTARIZE_ENV.filter((name) => !env[name]?.trim())
  if (missing.length) return { kind: 'skip', reason: `${missing.join(', ')} not set` }
  return {
    kind: 'notarize',
    appleId: /** @type {string} */ (env.APPLE_ID).trim(),
    appleIdPassword: /** @type {string} */ (env.APPLE_APP_SPECIFIC_PASSWORD).trim(),
    teamId: /** @type {string} */ (env.APPLE_TEAM_ID).trim()
  }
}
