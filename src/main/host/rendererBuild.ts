import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Newest modification time under a folder, in ms. */
function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/** True when out/renderer is missing or older than the sources that go into it. */
export function rendererIsStale(projectRoot: string): boolean {
  const built = join(projectRoot, 'out', 'renderer', 'index.html')
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  const sources = ['src/renderer', 'src/shared'].map((dir) => join(projectRoot, dir)).filter(existsSync)
  return sources.some((dir) => newestMtime(dir) > builtAt)
}

/** Builds main, preload and renderer with electron-vite (no Electron binary needed). */
export function buildRenderer(projectRoot: string): void {
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) throw new Error('electron-vite build failed; see the output above')
}
