import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { startHost } from '../src/main/host/server'
import { benchDesk } from './benchDesk'

/**
 * The desk behind the browser host, alone in its process, for bench/responsiveness.ts: the real
 * composition (embedded Sandbox included) with an in-memory vault, so no keychain is needed.
 * Prints one JSON line ({ hostUrl, token, dataDir }) and serves until its parent closes stdin.
 * FR24_DESK_SANDBOX_CONTROL_TOKEN comes from the parent's environment. It also watches its own
 * event loop: a line `mark` on stdin starts a phase, `report` prints the loop's delay since then
 * ({ p50, p99, max } in ms, and `busy`: the share of the time the loop was working), telling a
 * loop held up by work of its own apart from a machine that is merely busy.
 */
const TOKEN = 'bench-responsiveness-token'
const dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-responsiveness-'))
const app = await benchDesk(dataDir)
await app.ready
const host = await startHost({ app, rendererDir: join(dataDir, 'no-renderer'), port: 0, token: TOKEN })
console.log(JSON.stringify({ hostUrl: host.url, token: TOKEN, dataDir }))

const loopDelay = monitorEventLoopDelay({ resolution: 5 })
loopDelay.enable()
const ms = (ns: number): number => ns / 1e6
const commands = createInterface({ input: process.stdin })
let since = performance.eventLoopUtilization()
commands.on('line', (command) => {
  if (command === 'mark') {
    loopDelay.reset()
    since = performance.eventLoopUtilization()
  }
  if (command === 'report') {
    const busy = performance.eventLoopUtilization(since).utilization
    console.log(JSON.stringify({ p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max), busy }))
  }
})
// The parent closing our stdin (or dying) is the signal to stop.
commands.once('close', () => {
  void host
    .close()
    .then(() => app.stop())
    .finally(() => {
      rmSync(dataDir, { recursive: true, force: true })
      process.exit(0)
    })
})
