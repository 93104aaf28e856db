// `npm run desk`: the browser host from a built bundle (out/host), so a start does not transpile
// every main-process source again (tsx did, on every launch: about half of launch → URL). The
// bundle is rebuilt with esbuild only when a source under src/main or src/shared, or
// package.json, is newer than it. Arguments pass through to src/main/host/cli.ts unchanged.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'out', 'host')
const entry = join(outDir, 'cli.js')

function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)))
  return latest
}

function stale() {
  if (!existsSync(entry) || !existsSync(join(outDir, 'sandboxWorker.js'))) return true
  const builtAt = statSync(entry).mtimeMs
  return [join(root, 'src', 'main'), join(root, 'src', 'shared'), join(root, 'package.json')].some((path) => newest(path) > builtAt)
}

if (stale()) {
  const { build } = await import('esbuild')
  // Built beside, then each file renamed into place: a second desk starting at the same moment
  // never imports a half-written bundle.
  const staging = join(outDir, `.build-${process.pid}`)
  mkdirSync(staging, { recursive: true })
  try {
    await build({
      entryPoints: { cli: join(root, 'src/main/host/cli.ts'), sandboxWorker: join(root, 'src/main/sandbox/workerMain.ts') },
      outdir: staging,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // node_modules stay node_modules (keytar is native; zod and big.js load as they are).
      packages: 'external',
      logLevel: 'warning'
    })
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(outDir, name))
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

await import(pathToFileURL(entry).href)
