import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where the Electron binary is, without triggering its download (requiring the
 * `electron` package would try to fetch it, which hangs on machines without access).
 */
export function findElectronBinary(): { path?: string; reason?: string } {
  const pkg = join('node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron')
    if (existsSync(candidate)) return { path: candidate }
  }
  if (!existsSync(pathFile)) {
    return { reason: 'no Electron binary is installed (node_modules/electron/path.txt is missing; its download host is unreachable here)' }
  }
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? { path: binary } : { reason: `the Electron binary ${binary} is missing` }
}
