import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId as mainThreadId } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../util/clock'
import { silentLogger } from '../util/log'
import { ACCOUNT, START } from './testing/fixtures'
import { TestClient } from './testing/client'
import { startSandboxWorker, type SandboxWorker, type SandboxWorkerOptions } from './worker'

const DAY = 86_400_000
const running: SandboxWorker[] = []
const folders: string[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()))
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

async function start(overrides: Partial<SandboxWorkerOptions> = {}): Promise<SandboxWorker> {
  const sandbox = await startSandboxWorker({ seed: 'worker-tests', account: ACCOUNT, log: silentLogger, ...overrides })
  running.push(sandbox)
  return sandbox
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fr24-sandbox-worker-'))
  folders.push(dir)
  return dir
}

const balanceOf = async (client: TestClient): Promise<string> => String((await client.ok<{ accountBalance: unknown }>('selectBalance')).accountBalance)

describe('the Sandbox on its own thread', () => {
  it('answers FR24 calls over HTTP from a thread that is not the caller’s', async () => {
    const sandbox = await start()
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`)
    expect(sandbox.threadId).not.toBe(mainThreadId)
    expect(await balanceOf(new TestClient(sandbox.url, ACCOUNT))).toBe('50000.00')
  })

  it('answers while the starting thread’s event loop is blocked (a search cannot hold up the desk, nor the desk the Sandbox)', async () => {
    const sandbox = await start()
    // spawnSync blocks this thread's event loop until the child ends: an in-process Sandbox could never
    // answer the child's request (it would wait for the child's own time-out and exit 2).
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `fetch(process.argv[1] + '/api/new/selectBalance.do', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', signal: AbortSignal.timeout(10000) })
           .then((r) => r.json()).then((j) => { console.log(j.code); process.exit(0) }, (e) => { console.error(String(e)); process.exit(2) })`,
        sandbox.url
      ],
      { encoding: 'utf8', timeout: 15_000 }
    )
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    // An unsigned call: FR24's own refusal, answered by the Sandbox thread meanwhile.
    expect(child.stdout.trim()).toMatch(/^10\d{6}$/)
  })

  it('runs control operations and the reset over the message port, with no control token', async () => {
    const sandbox = await start()
    const client = new TestClient(sandbox.url, ACCOUNT)
    expect(await sandbox.control('setBalance', { amount: '1234.50' })).toMatchObject({ accountBalance: '1234.50' })
    expect(await balanceOf(client)).toBe('1234.50')
    await sandbox.reset()
    expect(await balanceOf(client)).toBe('50000.00')
    await expect(sandbox.control('noSuchOperation')).rejects.toThrow('unknown control operation noSuchOperation')
    // Without a token the HTTP control API does not exist: the port is the only way in.
    const refused = await fetch(`${sandbox.url}/__control/state`, { method: 'POST', body: '{}' })
    expect(refused.status).toBe(404)
  })

  it('keeps the HTTP control API behind its token when given one', async () => {
    const sandbox = await start({ controlToken: 'worker-test-token' })
    const answer = await fetch(`${sandbox.url}/__control/setBalance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-control-token': 'worker-test-token' },
      body: JSON.stringify({ amount: '777' })
    })
    expect(answer.status).toBe(200)
    expect(await balanceOf(new TestClient(sandbox.url, ACCOUNT))).toBe('777.00')
  })

  it('reads the starting thread’s clock: business time follows a ManualClock, the signing window too once synced', async () => {
    const clock = new ManualClock(START)
    const before = Date.now()
    const sandbox = await start({ clock })
    const state = (await sandbox.control('state')) as { now: number }
    // Matched at the start, then running on with real time.
    expect(state.now).toBeGreaterThanOrEqual(START)
    expect(state.now).toBeLessThanOrEqual(START + (Date.now() - before))

    const client = new TestClient(sandbox.url, ACCOUNT, () => Math.floor(clock.now() / 1000))
    expect(await balanceOf(client)).toBe('50000.00')
    clock.advance(DAY)
    // The worker still has the old reading: a call signed a day later is outside FR24's ±300 s window.
    expect((await client.call('selectBalance')).code).toBe('10100004')
    sandbox.syncClock()
    expect(await balanceOf(client)).toBe('50000.00')

    // A control call hands the clock over by itself.
    clock.advance(DAY)
    expect(((await sandbox.control('state')) as { now: number }).now).toBeGreaterThanOrEqual(START + 2 * DAY)
  })

  it('owns its state file: what it saved is there after close, and a new thread on the folder starts from it', async () => {
    const statePath = folder()
    const first = await start({ statePath })
    await first.control('setBalance', { amount: '4321' })
    await first.close()
    expect(existsSync(join(statePath, 'fr24-sandbox-state.sqlite'))).toBe(true)

    const second = await start({ statePath })
    expect(await balanceOf(new TestClient(second.url, ACCOUNT))).toBe('4321.00')
  })

  it('refuses to start on a taken port with the server’s reason, and says so after it stopped', async () => {
    const taken: Server = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()))
    try {
      const port = (taken.address() as AddressInfo).port
      await expect(start({ port })).rejects.toThrow(/EADDRINUSE/)
    } finally {
      taken.close()
    }

    const sandbox = await start()
    await sandbox.close()
    await expect(sandbox.control('state')).rejects.toThrow('the Sandbox thread has stopped')
    await expect(fetch(`${sandbox.url}/api/new/selectBalance.do`, { method: 'POST', body: '{}' })).rejects.toThrow()
  })
})
