import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startDeskOn, type DeskOnFolder } from '../testing/deskOnFolder'

const CONTROL_TOKEN = 'embedded-sandbox-test-token'
let dataDir: string
let desk: DeskOnFolder

beforeEach(async () => {
  vi.stubEnv('FR24_DESK_SANDBOX_CONTROL_TOKEN', CONTROL_TOKEN)
  dataDir = mkdtempSync(join(tmpdir(), 'fr24-embedded-sandbox-'))
  desk = await startDeskOn(dataDir)
})

afterEach(async () => {
  await desk.app.stop()
  vi.unstubAllEnvs()
  rmSync(dataDir, { recursive: true, force: true })
})

async function sandboxUrl(): Promise<string> {
  const { profiles } = await desk.call('listProfiles')
  const url = profiles.find((profile) => profile.id === 'sandbox')?.baseUrl
  if (!url) throw new Error('the Sandbox profile has no URL')
  return url
}

describe('the desk’s embedded Sandbox', () => {
  it('answers while the desk’s own event loop is blocked: it runs on a thread of its own', async () => {
    const url = await sandboxUrl()
    // spawnSync holds the desk's event loop until the child ends; an in-process Sandbox would leave the
    // child's request unanswered until the child gave up (exit 2).
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `fetch(process.argv[1] + '/api/new/selectBalance.do', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', signal: AbortSignal.timeout(10000) })
           .then((r) => r.json()).then((j) => { console.log(j.code); process.exit(0) }, (e) => { console.error(String(e)); process.exit(2) })`,
        url
      ],
      { encoding: 'utf8', timeout: 15_000 }
    )
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    expect(child.stdout.trim()).toMatch(/^10\d{6}$/)
    // Its state file is where the desk keeps the practice account's records.
    expect(existsSync(join(dataDir, 'sandbox', 'fr24-sandbox-state.sqlite'))).toBe(true)
  })

  it('is reset by Settings → Diagnostics over the thread’s port; the HTTP control API answers the test token', async () => {
    const url = await sandboxUrl()
    // The monitor's first reading (started with the desk) is over before the balance changes.
    await desk.app.ready
    await desk.call('refreshBalance')
    const set = await fetch(`${url}/__control/setBalance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-control-token': CONTROL_TOKEN },
      body: JSON.stringify({ amount: '12.34' })
    })
    expect(set.status).toBe(200)
    expect(await desk.call('refreshBalance')).toMatchObject({ profileId: 'sandbox', figures: { snapshot: { balance: '12.34' } } })

    expect(await desk.call('resetSandbox')).toMatchObject({ profileId: 'sandbox' })
    expect(await desk.call('refreshBalance')).toMatchObject({ profileId: 'sandbox', figures: { snapshot: { balance: '50000' } } })
  })
})
