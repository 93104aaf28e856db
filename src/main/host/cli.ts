import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createDeskApp } from '../desk/app'
import { systemClock } from '../util/clock'
import { buildRenderer, rendererIsStale } from './rendererBuild'
import { startHost } from './server'
import { hostVault } from '../vault/hostVault'
import { createLogger } from '../util/log'
import { fileLogSink } from '../util/logFile'

const processStartedAt = Date.now() - Math.round(process.uptime() * 1000)
/** The checkout: the nearest folder up with package.json (this file runs from src/main/host, or bundled from out/host). */
function findProjectRoot(from: string): string {
  let dir = from
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error(`no package.json above ${from}`)
    dir = up
  }
  return dir
}
const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)))

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    open: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false }
  },
  strict: true
})

if (values.help) {
  console.log('npm run desk -- [--port N] [--data-dir DIR] [--open] [--no-build]')
  process.exit(0)
}

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`)
  process.exit(2)
}
const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.fr24-desk', 'browser-host'))

if (!values['no-build'] && rendererIsStale(projectRoot)) {
  console.error('Building the desk (the renderer is missing or older than its sources)…')
  buildRenderer(projectRoot)
}

const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
const log = createLogger({ sink: fileLogSink(join(dataDir, 'logs', 'desk.log')) })
const app = await createDeskApp({
  shell: 'browser-host',
  dataDir,
  version,
  platform: process.platform,
  systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
  clock: systemClock,
  log,
  processStartedAt,
  vault: hostVault(process.env, log.child({ component: 'keychain' }))
}).catch((error: unknown) => {
  // One sentence for whoever started the desk (another desk holds the folder, the journal is read-only…),
  // not a stack trace; the log keeps the details.
  log.warn('the desk could not start', { error })
  console.error(`FR24 Desk could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
const host = await startHost({ app, rendererDir: join(projectRoot, 'out', 'renderer'), port })

console.log(`FR24 Desk is running at ${host.openUrl}`)
// Not the token URL: another program's command line can be read by other local users.
if (values.open) {
  openInBrowser(host.launchUrl(), (why) => console.error(`Could not open a browser (${why}): open ${host.openUrl} by hand.`))
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host
      .close()
      .then(() => app.stop())
      .finally(() => process.exit(0))
  })
}

/**
 * Asks the system's opener for a browser. Without one (no xdg-open on a bare Linux) or when it finds
 * no browser, the desk keeps serving and says so once: the agent opens the address by hand.
 */
function openInBrowser(url: string, whenItFails: (why: string) => void): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  let told = false
  const fail = (why: string): void => {
    if (told) return
    told = true
    whenItFails(why)
  }
  const child = spawn(command, [url], { stdio: 'ignore', detached: true })
  child.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'ENOENT' ? `"${command}" is not installed` : `"${command}" failed: ${error.message}`))
  // explorer.exe answers 1 even when it opened the page.
  child.once('exit', (code) => {
    if (code && process.platform !== 'win32') fail(`"${command}" exited with code ${code}`)
  })
  child.unref()
}
