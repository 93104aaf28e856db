import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { startHost } from '../src/main/host/server'
import { benchDesk } from './benchDesk'

/**
 * The desk behind the browser host with the built window (out/renderer; its parent builds it first when stale),
 * alone in its process, for bench/searchBrowser.ts: the real composition (embedded Sandbox
 * included) with an in-memory vault. Prints one JSON line ({ hostUrl, openUrl, token, dataDir })
 * and serves until its parent closes stdin. FR24_DESK_SANDBOX_CONTROL_TOKEN comes from the parent.
 */
const TOKEN = 'bench-search-browser-token'
const root = process.cwd()
const dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-search-browser-'))
const app = await benchDesk(dataDir)
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
