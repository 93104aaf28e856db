import { chromium } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildRenderer, rendererIsStale } from '../src/main/host/rendererBuild'
import { figure, publish } from './kit/figures'

/**
 * Start-up as the agent meets it, each launch a fresh process on a fresh data folder:
 * `npm run desk`'s entry (launch → its URL printed) and, in Chromium, goto → `data-app-state=ready`,
 * each beside a bare static server (plain Node) serving the same built bundle, launched and loaded
 * the same way, in the same rounds. And the renderer's initial JS, gzipped, as the page loads it.
 *
 *   npx tsx bench/startup.ts
 */
const BENCH = 'startup'
const ROUNDS = 5

interface Launched {
  child: ChildProcess
  url: string
  ms: number
}

function launch(command: string, args: string[], pattern: RegExp): Promise<Launched> {
  const started = performance.now()
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = pattern.exec(out)
      if (match) resolve({ child, url: match[1]!, ms: performance.now() - started })
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before printing its URL:\n${out}`)))
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.stdin!.end()
  child.kill('SIGTERM')
  await exited
}

function initialJsGzip(): { bytes: number; files: number } {
  const html = readFileSync(join('out', 'renderer', 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!)
  const bytes = refs.reduce((sum, ref) => sum + gzipSync(readFileSync(join('out', 'renderer', ref))).length, 0)
  return { bytes, files: refs.length }
}

if (rendererIsStale(process.cwd()) || !existsSync(join('out', 'renderer', 'index.html'))) buildRenderer(process.cwd())
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browser = await chromium.launch({ headless: true, executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ['--no-sandbox', '--disable-gpu'] })
const times = { deskUrl: [] as number[], bareUrl: [] as number[], deskReady: [] as number[], bareLoad: [] as number[] }
try {
  for (let round = -1; round < ROUNDS; round++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'fr24-bench-startup-'))
    try {
      const desk = await launch('node', ['scripts/desk.mjs', '--no-build', '--port', '0', '--data-dir', dataDir], /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/)
      const page = await browser.newPage()
      let started = Date.now()
      await page.goto(desk.url, { waitUntil: 'commit' })
      await page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached', timeout: 30_000 })
      // When the page marked itself ready (data-ready-ms, from its navigation start), not when the
      // driver next looked: right after ready the window preloads the later screens, and the driver's
      // look waited for that work, adding 100–300 ms the agent never waits for.
      const deskReady = (await page.evaluate('performance.timeOrigin + Number(document.documentElement.dataset.readyMs)')) as number - started
      await page.close()
      await stop(desk.child)

      const bare = await launch('node', [join('bench', 'kit', 'staticServer.mjs'), join('out', 'renderer')], /running at (http:\/\/127\.0\.0\.1:\d+\/)/)
      const barePage = await browser.newPage()
      started = Date.now()
      await barePage.goto(bare.url, { waitUntil: 'load' })
      // The same clock for the baseline: the load event's end, from the page's navigation start.
      const bareLoad = (await barePage.evaluate("performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd")) as number - started
      await barePage.close()
      await stop(bare.child)
      if (round >= 0) {
        times.deskUrl.push(desk.ms)
        times.bareUrl.push(bare.ms)
        times.deskReady.push(deskReady)
        times.bareLoad.push(bareLoad)
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
} finally {
  await browser.close()
}
const js = initialJsGzip()
console.log(`start-up, ${ROUNDS} fresh launches each (a fresh data folder; the keychain as this machine offers it):`)
publish([
  figure(BENCH, {
    name: 'npm run desk: launch → URL printed',
    unit: 'ms',
    samples: times.deskUrl,
    baseline: { name: 'bare static server (plain Node) launch → URL', samples: times.bareUrl },
    note: 'npm run desk runs the built host (out/host, rebuilt only when sources change), then starts the embedded Sandbox worker, the journal and the keychain probe'
  }),
  figure(BENCH, {
    name: 'goto → data-app-state=ready (as the page stamps it)',
    unit: 'ms',
    samples: times.deskReady,
    baseline: { name: 'the same bundle from the bare server, goto → load', samples: times.bareLoad },
    goal: { on: 'p50', atMost: 500 },
    note: 'the same bundle from a bare server takes most of it to load in headless Chromium here (about 205 KB gzip of JS parsed on 2 cores); ready then waits for the first React render and the desk’s first answers (app info, preferences)'
  }),
  figure(BENCH, {
    name: `renderer initial JS, gzip (${js.files} file${js.files === 1 ? '' : 's'} the page loads first)`,
    unit: 'KB',
    samples: [js.bytes / 1024],
    goal: { on: 'p50', atMost: 250 },
    note: 'a size: no baseline'
  })
])
