import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { controlCall } from '../src/main/sandbox/testing/client'
import { figure, publish } from './kit/figures'
import { closeConnections, postText } from './kit/post'

/**
 * Is the desk still answering while a search runs? Small contract calls (appInfo) through the
 * browser host, one at a time, first idle and then while 2,000-offer searches run back to back
 * against the desk's embedded Sandbox. Three processes, so that nothing but the desk shares the
 * desk's event loop: the desk behind the host (responsivenessHost.ts), the search load
 * (responsivenessSearches.ts), and this one, which only measures. Goal: p99 ≤ 50 ms while
 * searching. Prints figures; asserts nothing. About 15 seconds.
 *
 *   npx tsx bench/responsiveness.ts
 */

const PHASE_SECONDS = 6
/** Between two probes: a steady sample of the desk's loop, not a flood of it. */
const PROBE_GAP_MS = 5
const CONTROL_TOKEN = 'bench-responsiveness-control'
const tsx = join('node_modules', '.bin', 'tsx')

interface Started {
  child: ChildProcess
  firstLine: Promise<string>
  lastLine: Promise<string>
  /** The next line the process prints from now on. */
  nextLine(): Promise<string>
}

function start(script: string, args: string[] = [], command = tsx): Started {
  const child = spawn(command, [script, ...args], {
    env: { ...process.env, FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  let out = ''
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const end = out.indexOf('\n')
      if (end >= 0) resolve(out.slice(0, end))
    })
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before printing`)))
  })
  const lastLine = new Promise<string>((resolve) => child.once('exit', () => resolve(out.trim().split('\n').at(-1) ?? '')))
  const nextLine = (): Promise<string> => {
    const from = out.length
    return new Promise((resolve) => {
      const look = (): void => {
        const end = out.indexOf('\n', from)
        if (end < 0) return
        child.stdout!.off('data', look)
        resolve(out.slice(from, end))
      }
      child.stdout!.on('data', look)
    })
  }
  return { child, firstLine, lastLine, nextLine }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

async function probe(seconds: number, call: () => Promise<unknown>): Promise<{ count: number; p50: number; p99: number; max: number; samples: number[] }> {
  const latencies: number[] = []
  const until = performance.now() + seconds * 1000
  while (performance.now() < until) {
    const started = performance.now()
    await call()
    latencies.push(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS))
  }
  latencies.sort((a, b) => a - b)
  return { count: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) ?? 0, samples: latencies }
}

const host = start('bench/responsivenessHost.ts')
try {
  const { hostUrl, token, dataDir } = JSON.parse(await host.firstLine) as { hostUrl: string; token: string; dataDir: string }
  const call = async (name: string): Promise<unknown> => {
    const answer = JSON.parse(await postText(`${hostUrl}/api/call/${name}`, '{}', { 'x-desk-token': token })) as { ok: boolean; value?: unknown }
    if (!answer.ok) throw new Error(`${name} failed: ${JSON.stringify(answer)}`)
    return answer.value
  }
  const profiles = (await call('listProfiles')) as { profiles: { id: string; baseUrl?: string }[] }
  const sandboxUrl = profiles.profiles.find((p) => p.id === 'sandbox')?.baseUrl
  if (!sandboxUrl) throw new Error('the desk shows no Sandbox URL')
  const keys = (JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { profiles: { sandbox: unknown } }).profiles.sandbox
  const set = await controlCall(sandboxUrl, CONTROL_TOKEN, 'setSettings', { offerCount: 2000, priceChangeRate: 0, noSeatsRate: 0 })
  if (set.status !== 200) throw new Error(`the Sandbox refused its settings: ${JSON.stringify(set.json)}`)

  const smallCall = () => call('appInfo')
  /** The desk's own event-loop delay over a phase, as the host process measured it. */
  const loopDelayOver = async <T>(phase: () => Promise<T>): Promise<[T, { p99: number; max: number; busy: number }]> => {
    host.child.stdin!.write('mark\n')
    const result = await phase()
    const report = host.nextLine()
    host.child.stdin!.write('report\n')
    return [result, JSON.parse(await report) as { p99: number; max: number; busy: number }]
  }
  await probe(1, smallCall)
  const [idle, idleLoop] = await loopDelayOver(() => probe(PHASE_SECONDS, smallCall))

  // The baseline: a bare HTTP server in a process of its own, answering the desk's own appInfo bytes.
  const bareDir = mkdtempSync(join(tmpdir(), 'fr24-bench-bare-'))
  const bareFile = join(bareDir, 'answer.json')
  writeFileSync(bareFile, await postText(`${hostUrl}/api/call/appInfo`, '{}', { 'x-desk-token': token }))
  const bareServer = start(join('bench', 'kit', 'bareServer.mjs'), [bareFile], 'node')
  const bareUrl = /running at (\S+)/.exec(await bareServer.firstLine)![1]!
  const bareCall = async (): Promise<unknown> => JSON.parse(await postText(bareUrl, '{}'))
  await probe(1, bareCall)
  const bare = await probe(PHASE_SECONDS, bareCall)
  bareServer.child.stdin!.end()
  await bareServer.lastLine
  rmSync(bareDir, { recursive: true, force: true })

  const load = start('bench/responsivenessSearches.ts', [sandboxUrl, JSON.stringify(keys)])
  // The load process's own start-up (tsx) is not search time: the first answer tells it is under way.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const [busy, busyLoop] = await loopDelayOver(() => probe(PHASE_SECONDS, smallCall))
  load.child.stdin!.end()
  const searched = JSON.parse(await load.lastLine) as { searches: number; offers: number; meanMs: number }

  const bareBaseline = { name: 'bare HTTP server (own process), same bytes', samples: bare.samples }
  publish([
    figure('bridge', { name: 'small call (appInfo) through the browser host, idle, one at a time from another process (node:http, kept-alive)', unit: 'ms', samples: idle.samples, baseline: bareBaseline, goal: { on: 'p50', atMost: 1 }, note: 'the host adds the token check, the contract check and the masking (~0.3–0.4 ms) to the bare round trip' }),
    figure('bridge', {
      name: `small call while 2,000-offer searches run (${searched.searches} searches)`,
      unit: 'ms',
      samples: busy.samples,
      baseline: { name: 'the same call idle', samples: idle.samples },
      goal: { on: 'p99', atMost: 50 }
    })
  ])
  const line = (what: string, r: { count: number; p50: number; p99: number; max: number }): string =>
    `${what}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(0)} ms (${r.count} calls)`
  console.log(`small contract call (appInfo) through the browser host, one at a time, ${PHASE_SECONDS} s each:`)
  console.log(`  ${line('idle', idle)}`)
  console.log(`  ${line('while 2,000-offer searches run against the embedded Sandbox', busy)}`)
  console.log(
    `  searches meanwhile: ${searched.searches} (${Math.round(searched.offers / Math.max(1, searched.searches))} offers each, ${searched.meanMs.toFixed(0)} ms mean)` +
      ` — p99 ${(busy.p99 / Math.max(0.001, idle.p99)).toFixed(1)}× idle, p50 ${(busy.p50 / Math.max(0.001, idle.p50)).toFixed(1)}× idle; goal p99 ≤ 50 ms`
  )
  console.log(
    `  the desk's own event loop (delay at 5 ms resolution; busy = share of time spent working): idle p99 ${idleLoop.p99.toFixed(1)} ms,` +
      ` max ${idleLoop.max.toFixed(0)} ms, busy ${(idleLoop.busy * 100).toFixed(0)} %; while searching p99 ${busyLoop.p99.toFixed(1)} ms,` +
      ` max ${busyLoop.max.toFixed(0)} ms, busy ${(busyLoop.busy * 100).toFixed(0)} %`
  )
} finally {
  closeConnections()
  host.child.stdin!.end()
  await host.lastLine
}
