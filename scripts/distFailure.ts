/**
 * Reads electron-builder's output after it failed and says, in one line, when the cause is that
 * Electron's download could not be reached (these machines reach only the package registries).
 * Any other failure returns undefined: the caller shows electron-builder's own output then.
 */
const NETWORK_FAILURE = /\b(getaddrinfo (?:ENOTFOUND|EAI_AGAIN)(?: ([\w.-]+))?|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up)\b/

export const DIST_PLATFORMS = { '--win': 'Windows', '--mac': 'macOS', '--linux': 'Linux' } as const
export type DistPlatform = keyof typeof DIST_PLATFORMS

export function explainDistFailure(output: string, platform: DistPlatform, electronVersion: string): string | undefined {
  const match = NETWORK_FAILURE.exec(output)
  if (!match) return undefined
  const cause = match[2] ? `${match[2]} is unreachable` : match[1]
  return (
    `dist: the Electron ${electronVersion} download for ${DIST_PLATFORMS[platform]} is unavailable on this machine (${cause}); ` +
    'build the installers in the release workflow (.github/workflows/release.yml) or where the download host can be reached.'
  )
}
