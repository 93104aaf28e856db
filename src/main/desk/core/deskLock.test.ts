import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { acquireDeskLock, DeskLockedError, judge, LOCK_FILE, type LockHolder } from './deskLock'
import { startDeskOn, type DeskOnFolder } from '../testing/deskOnFolder'

/**
 * Two desks on one data folder would overwrite each other's settings and journal: the
 * second one refuses to start and names the process that holds the folder. Checked in one
 * process and across processes (the browser host started the way `npm run desk` does).
 */
let dataDir: string
const desks: DeskOnFolder[] = []
const children: ChildProcess[] = []
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-lock-'))
})
afterEach(async () => {
  // SIGTERM, not SIGKILL: tsx passes it on to the host's own process, which SIGKILL would leave running.
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  for (const desk of desks.splice(0)) await desk.app.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const start = async () => {
  const desk = await startDeskOn(dataDir)
  desks.push(desk)
  return desk
}
const lockFile = () => join(dataDir, LOCK_FILE)
const holderOnDisk = () => JSON.parse(readFileSync(lockFile(), 'utf8')) as LockHolder
const refusal = async (attempt: Promise<unknown>): Promise<DeskLockedError> => {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(DeskLockedError)
  return error as DeskLockedError
}

/** `npm run desk` on the folder, as its own process. */
function hostArgs(): string[] {
  return [join('src', 'main', 'host', 'cli.ts'), '--data-dir', dataDir, '--no-build', '--port', '0']
}
const tsx = join('node_modules', '.bin', 'tsx')

describe('one desk per data folder', () => {
  it('a second desk in the same process refuses, naming the holder; after the first stops, a desk starts', async () => {
    const first = await start()
    await first.call('setPreferences', { language: 'zh-CN', theme: 'dark' })
    expect(holderOnDisk()).toMatchObject({ pid: process.pid, shell: 'browser-host', hostname: hostname() })

    const error = await refusal(startDeskOn(dataDir))
    expect(error.message).toContain(`FR24 Desk is already running on this data folder (pid ${process.pid}, browser host`)
    expect(error.message).toContain('Close it or choose another --data-dir.')
    // The refused desk touched nothing: the first one's settings are as it left them.
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toHaveProperty('preferences', { language: 'zh-CN', theme: 'dark' })

    await desks.pop()!.app.stop()
    expect(existsSync(lockFile())).toBe(false)
    const again = await start()
    expect(await again.call('getPreferences')).toEqual({ language: 'zh-CN', theme: 'dark' })
  })

  it('the browser host started as a second process refuses with the holder in one line, no stack trace', async () => {
    await start()
    const result = spawnSync(tsx, hostArgs(), { encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`FR24 Desk could not start: FR24 Desk is already running on this data folder (pid ${process.pid}, browser host`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).not.toContain('running at')
  })

  it('a desk in this process refuses while a browser host process holds the folder, and starts once it has stopped', async () => {
    const child = spawn(tsx, hostArgs(), { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    let errors = ''
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      let out = ''
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('running at')) resolve()
      })
      child.once('exit', (code) => reject(new Error(`the host exited (${code}): ${errors}`)))
    })

    const error = await refusal(startDeskOn(dataDir))
    // tsx runs the host in a node process of its own under the one spawned here: that one holds the lock.
    const held = holderOnDisk()
    expect(held.pid).not.toBe(process.pid)
    expect(error.holder).toEqual(held)
    expect(error.message).toContain(`(pid ${held.pid}, browser host on ${hostname()}, started ${held.startedAt})`)

    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
    expect(existsSync(lockFile())).toBe(false)
    await start()
  })

  it('takes over a lock left by a desk that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', ''])
    const stale: LockHolder = { pid: dead.pid!, shell: 'electron', hostname: hostname(), startedAt: '2026-11-30T08:00:00.000Z', token: 'old' }
    writeFileSync(lockFile(), JSON.stringify(stale))
    await start()
    expect(holderOnDisk()).toMatchObject({ pid: process.pid, shell: 'browser-host' })
  })

  it('refuses a lock it cannot read while it may belong to a desk starting right now', () => {
    writeFileSync(lockFile(), '')
    expect(() => acquireDeskLock(dataDir, { shell: 'electron' })).toThrow(
      'FR24 Desk is already running on this data folder (another process is starting it). Close it, then start FR24 Desk again.'
    )
    expect(readFileSync(lockFile(), 'utf8')).toBe('')
  })
})

describe('judging a lock', () => {
  const holder: LockHolder = { pid: 4242, shell: 'electron', hostname: 'agency-pc', startedAt: 'x', bootedAt: 1_000_000, token: 't' }
  const here = { host: 'agency-pc', bootedAt: 1_000_000, now: 2_000_000 }
  const found = (h: LockHolder) => ({ kind: 'holder' as const, holder: h, text: JSON.stringify(h) })

  it('is held while its process lives on this machine, stale once it is gone', () => {
    expect(judge(found(holder), { ...here, isAlive: () => true })).toBe('held')
    expect(judge(found(holder), { ...here, isAlive: () => false })).toBe('stale')
  })

  it('is stale after a restart, whoever has that pid now', () => {
    expect(judge(found(holder), { ...here, bootedAt: 1_000_000 + 3_600_000, isAlive: () => true })).toBe('stale')
    // Boot times computed from uptime wobble by a few seconds: still the same boot.
    expect(judge(found(holder), { ...here, bootedAt: 1_000_000 + 2_000, isAlive: () => true })).toBe('held')
  })

  it('is held when it names another machine (a shared folder): its processes cannot be checked from here', () => {
    expect(judge(found({ ...holder, hostname: 'other-pc' }), { ...here, isAlive: () => false })).toBe('held')
  })

  it('an unreadable lock is held only while it is fresh', () => {
    expect(judge({ kind: 'unreadable', text: '', ageMs: 500 }, { ...here, isAlive: () => false })).toBe('held')
    expect(judge({ kind: 'unreadable', text: '', ageMs: 60_000 }, { ...here, isAlive: () => false })).toBe('stale')
  })
})
