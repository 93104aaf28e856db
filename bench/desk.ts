import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFr24Client } from '../src/main/fr24'
import { startHost } from '../src/main/host/server'
import { startSandbox } from '../src/main/sandbox'
import { silentLogger } from '../src/main/util/log'
import { benchDesk } from './benchDesk'

/**
 * Desk figures: start-up of the main-process services (embedded Sandbox included),
 * contract calls per second through the browser host, and the FR24 client's cost for
 * a signed balance read and a 2,000-offer search (signing, HTTP, gunzip, lenient
 * parsing). Prints figures; asserts nothing. Loopback only, about 10 seconds.
 *
 *   npx tsx bench/desk.ts
 */

const SECONDS = 2

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await run()
  return { value, ms: performance.now() - started }
}

async function repeatFor(seconds: number, concurrency: number, once: () => Promise<unknown>): Promise<{ count: number; perSecond: number; p50: number }> {
  const until = performance.now() + seconds * 1000
  const latencies: number[] = []
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const started = performance.now()
        await once()
        latencies.push(performance.now() - started)
      }
    })
  )
  latencies.sort((a, b) => a - b)
  return { count: latencies.length, perSecond: latencies.length / seconds, p50: latencies[Math.floor(latencies.length / 2)] ?? 0 }
}

async function deskFigures(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-bench-'))
  try {
    const started = performance.now()
    const app = await benchDesk(dataDir)
    await app.ready
    console.log(`desk services ready (first launch, embedded Sandbox, first balance read started): ${(performance.now() - started).toFixed(0)} ms`)

    const host = await startHost({ app, rendererDir: join(dataDir, 'no-renderer'), port: 0, token: 'bench-token' })
    const call = () =>
      fetch(`${host.url}/api/call/appInfo`, { method: 'POST', headers: { 'x-desk-token': 'bench-token' }, body: '{}' }).then((r) => r.json())
    await call()
    const viaHost = await repeatFor(SECONDS, 8, call)
    console.log(`contract calls through the browser host (appInfo, 8 at a time): ${viaHost.perSecond.toFixed(0)}/s, p50 ${viaHost.p50.toFixed(1)} ms`)
    const direct = await repeatFor(SECONDS, 1, () => app.dispatch('listProfiles', {}))
    console.log(`dispatcher alone (listProfiles, validated both ways): ${direct.perSecond.toFixed(0)}/s`)
    await host.close()
    await app.stop()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function clientFigures(): Promise<void> {
  const keys = { appKey: 'bench-agency', appSecret: 'bench-secret', aesKey: 'bench-aes-key-16' }
  const sandbox = await startSandbox({ seed: 'bench', account: { ...keys, balance: '1000000', currency: 'CNY' }, settings: { priceChangeRate: 0, noSeatsRate: 0 } })
  try {
    const client = createFr24Client({ baseUrl: sandbox.url, credentials: async () => keys, log: silentLogger })
    const balance = await repeatFor(SECONDS, 8, () => client.selectBalance())
    console.log(`FR24 client selectBalance (signed, parsed, 8 at a time): ${balance.perSecond.toFixed(0)}/s, p50 ${balance.p50.toFixed(1)} ms`)

    sandbox.control.setOfferCount(2000)
    const depDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const search = () => client.shopping({ searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate }], adultNum: 2, childNum: 1, infantNum: 0 })
    const first = await timed(search)
    const again = await timed(search)
    console.log(
      `FR24 client 2,000-offer search: ${first.value.data.offers.length} offers — first ${first.ms.toFixed(0)} ms, again ${again.ms.toFixed(0)} ms (sandbox generation, gzip, lenient parse)`
    )
  } finally {
    await sandbox.close()
  }
}

await deskFigures()
await clientFigures()
