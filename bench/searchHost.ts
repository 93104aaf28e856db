import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createDeskApp } from '../src/main/desk/app'
import { startHost } from '../src/main/host/server'
import { systemClock } from '../src/main/util/clock'
import { silentLogger } from '../src/main/util/log'
import { MemoryVault } from '../src/main/vault/memoryVault'

/**
 * The desk behind the browser host with the built window (out/renderer; its parent builds it first when stale),
 * alone in its process, for bench/searchBrowser.ts: the real composition (embedded Sandbox
 * included) with an in-memory vault. Prints one JSON line ({ hostUrl, openUrl, token, dataDir })
 * and serves until its parent closes stdin. FR24_DESK_SANDBOX_CONTROL_TOKEN comes from the parent.
 */
const TOKEN = 'bench-search-browser-token'
const root = process.cwd()
const dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-search-browser-'))
const app = await createDeskApp({
  shell: 'browser-host',
  dataDir,
  version: 'bench',
  platform: process.platform,
  systemLocale: 'en-US',
  clock: systemClock,
  log: silentLogger,
  processStartedAt: Date.now(),
  vault: new MemoryVault()
})
await app.ready
const host = await startHost({ app, rendererDir: join(root, 'out', 'renderer'), port: 0, token: TOKEN })
console.log(JSON.stringify({ hostUrl: host.url, openUrl: host.openUrl, token: TOKEN, dataDir }))

createInterface({ input: process.stdin }).once('close', () => {
  void host
    .close()
    .then(() => app.stop())
    .finally(() => {
      rmSync(dataDir, { recursive: true, force: true })
      process.exit(0)
    })
})
