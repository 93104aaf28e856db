// `npm run dist:win|mac|linux`: builds the bundles, then electron-builder's installers for one platform
// into release/. electron-builder downloads Electron for the target; where that download cannot be
// reached it fails with a stack trace, so its output is held back and one line says why instead
// (the whole output stays in .tmp/dist.log). Any other failure shows electron-builder's own output.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DIST_PLATFORMS, explainDistFailure, type DistPlatform } from './distFailure'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const platform = process.argv[2] as DistPlatform
if (!(platform in DIST_PLATFORMS)) {
  console.error(`usage: tsx scripts/dist.ts ${Object.keys(DIST_PLATFORMS).join('|')}`)
  process.exit(64)
}
const bin = (name: string) => join(repo, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)
const shell = process.platform === 'win32'

const built = spawnSync(bin('electron-vite'), ['build'], { cwd: repo, stdio: 'inherit', shell })
if (built.status !== 0) process.exit(built.status ?? 1)

const builder = spawnSync(bin('electron-builder'), [platform, '--publish', 'never'], { cwd: repo, encoding: 'utf8', shell, maxBuffer: 64 * 1024 * 1024 })
const output = `${builder.stdout ?? ''}${builder.stderr ?? ''}`
const log = join(repo, '.tmp', 'dist.log')
mkdirSync(dirname(log), { recursive: true })
writeFileSync(log, output)
if (builder.status === 0) {
  process.stdout.write(output)
  process.exit(0)
}
const electronVersion = (JSON.parse(readFileSync(join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version
const explained = explainDistFailure(output, platform, electronVersion)
if (explained) {
  console.error(`${explained} (electron-builder's output: .tmp/dist.log)`)
} else {
  process.stdout.write(output)
}
process.exit(builder.status ?? 1)
