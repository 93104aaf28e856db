import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/app'
import type { StartupNotice } from '../../../shared/domain/notices'
import { MemoryVault } from '../../vault/memoryVault'
import { startDeskOn, type DeskOnFolder } from '../testing/deskOnFolder'

/**
 * A damaged settings.json loses nothing: the desk starts, keeps what still fits, keeps
 * the original file aside with its content intact, writes a log line and tells the agent
 * (the notice list the renderer shows).
 */
const SANDBOX_KEYS = { appKey: 'sandbox-0a1b2c3d', appSecret: 'f'.repeat(48), aesKey: 'abcdefghijklmnop' }
const TEST_KEYS = { appKey: 'agency-test-key-0001', appSecret: 'test-secret-value', aesKey: 'testAesKey16byte' }
const PROD_KEYS = { appKey: 'agency-prod-key-0002', appSecret: 'prod-secret-value', aesKey: 'prodAesKey16byte' }

const goodTest = { id: 'p_test1', name: 'Beijing office (Test)', environment: 'test', hasCredentials: true, appKeyHint: '0001' }
const tooLongName = { id: 'p_prod_bad', name: 'N'.repeat(61), environment: 'production', hasCredentials: true, appKeyHint: '9999' }
const goodProd = { id: 'p_prod2', name: 'Shanghai office', environment: 'production', hasCredentials: true, appKeyHint: '0002' }

let dataDir: string
let desk: DeskOnFolder | undefined
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'fr24-settings-damage-'))
})
afterEach(async () => {
  await desk?.app.stop()
  desk = undefined
  rmSync(dataDir, { recursive: true, force: true })
})

const settingsPath = () => join(dataDir, 'settings.json')
const asideFiles = (label: string) => readdirSync(dataDir).filter((name) => name.startsWith(`settings.json.${label}-`))
const onDisk = () => JSON.parse(readFileSync(settingsPath(), 'utf8')) as Record<string, unknown>
const noticesOf = async (d: DeskOnFolder): Promise<StartupNotice[]> => (await d.call('listNotices')).notices

function writeSettings(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  writeFileSync(settingsPath(), text)
  return text
}

describe('a damaged settings file', () => {
  it('that is not JSON is moved aside intact, logged, and shown; the desk starts with fresh settings', async () => {
    const original = writeSettings('{"profiles": {"version": 1, "activeId": "p_test1", "sandbox": {"appKey": "sandbox-0a1b')
    desk = await startDeskOn(dataDir)

    const [aside] = asideFiles('damaged')
    expect(aside).toMatch(/^settings\.json\.damaged-\d{8}T\d{6}Z$/)
    expect(readFileSync(join(dataDir, aside!), 'utf8')).toBe(original)

    const notices = await noticesOf(desk)
    expect(notices).toEqual([{ id: expect.any(String), kind: 'settings-set-aside', file: join(dataDir, aside!) }])
    expect(desk.log.lines.some((line) => line.level === 'error' && line.fields?.file === join(dataDir, aside!))).toBe(true)

    // Fresh settings, written anew (the set-aside file is not written over).
    expect((await desk.call('listProfiles')).profiles.map((p) => p.id)).toEqual(['sandbox'])
    expect(onDisk()).toHaveProperty('profiles.version', 1)
    expect(readFileSync(join(dataDir, aside!), 'utf8')).toBe(original)

    // The agent closes the notice; it does not come back on the next start (the file was dealt with).
    const [notice] = notices
    expect((await desk.call('dismissNotice', { id: notice!.id })).notices).toEqual([])
    await desk.app.stop()
    desk = await startDeskOn(dataDir)
    expect(await noticesOf(desk)).toEqual([])
    expect(asideFiles('damaged')).toEqual([aside])
  })

  it('with one profile out of range drops only that profile; its neighbours, the active choice and the Sandbox keys stay', async () => {
    const original = writeSettings({
      preferences: { language: 'zh-CN', theme: 'dark' },
      profiles: { version: 1, activeId: goodTest.id, sandbox: SANDBOX_KEYS, profiles: [goodTest, tooLongName, goodProd] }
    })
    const vault = new MemoryVault()
    await vault.write(goodTest.id, TEST_KEYS)
    await vault.write(tooLongName.id, PROD_KEYS)
    await vault.write(goodProd.id, PROD_KEYS)
    desk = await startDeskOn(dataDir, { vault })

    const list = await desk.call('listProfiles')
    expect(list.activeId).toBe(goodTest.id)
    expect(list.profiles.map((p) => [p.id, p.name, p.environment])).toEqual([
      ['sandbox', 'Sandbox', 'sandbox'],
      [goodTest.id, goodTest.name, 'test'],
      [goodProd.id, goodProd.name, 'production']
    ])
    expect(await desk.call('getPreferences')).toEqual({ language: 'zh-CN', theme: 'dark' })
    expect(onDisk()).toMatchObject({ profiles: { activeId: goodTest.id, sandbox: SANDBOX_KEYS, profiles: [goodTest, goodProd] } })

    // The dropped profile is recoverable: a copy of the file as it was, and its keychain entry untouched.
    const [copy] = asideFiles('before-repair')
    expect(copy).toMatch(/^settings\.json\.before-repair-\d{8}T\d{6}Z$/)
    expect(readFileSync(join(dataDir, copy!), 'utf8')).toBe(original)
    expect(await vault.read(tooLongName.id)).toEqual(PROD_KEYS)

    const notices = await noticesOf(desk)
    expect(notices).toEqual([
      {
        id: expect.any(String),
        kind: 'profile-dropped',
        profileId: tooLongName.id,
        name: tooLongName.name,
        reason: expect.stringMatching(/^name: .*60/),
        file: join(dataDir, copy!)
      }
    ])
    expect(desk.log.lines.some((line) => line.level === 'warn' && line.fields?.kind === 'profile-dropped')).toBe(true)

    // Repaired once: the next start has nothing to report and makes no second copy.
    await desk.app.stop()
    desk = await startDeskOn(dataDir, { vault })
    expect(await noticesOf(desk)).toEqual([])
    expect((await desk.call('listProfiles')).profiles).toHaveLength(3)
    expect(asideFiles('before-repair')).toEqual([copy])
  })

  it('with a section of the wrong shape resets only that section, reports it and keeps the file as it was', async () => {
    const original = writeSettings({
      preferences: { language: 'tlh', theme: 'dark' },
      balance: { intervalSeconds: 'often', closeToTray: false },
      profiles: { version: 1, activeId: goodProd.id, sandbox: SANDBOX_KEYS, profiles: [goodTest, goodProd] }
    })
    desk = await startDeskOn(dataDir)

    expect(await desk.call('getPreferences')).toEqual(DEFAULT_PREFERENCES)
    const list = await desk.call('listProfiles')
    expect(list.activeId).toBe(goodProd.id)
    expect(list.profiles.map((p) => p.id)).toEqual(['sandbox', goodTest.id, goodProd.id])

    const [copy] = asideFiles('before-repair')
    expect(readFileSync(join(dataDir, copy!), 'utf8')).toBe(original)
    const notices = await noticesOf(desk)
    expect(notices.map((n) => (n.kind === 'section-reset' ? [n.kind, n.section, basename(n.file)] : [n.kind]))).toEqual([
      ['section-reset', 'preferences', copy],
      ['section-reset', 'balance', copy]
    ])
    expect(notices[0]).toMatchObject({ reason: expect.stringContaining('language') })
    expect(desk.log.lines.filter((line) => line.level === 'warn' && line.fields?.kind === 'section-reset')).toHaveLength(2)

    // The bad sections left the file; the good one is untouched.
    expect(onDisk()).not.toHaveProperty('preferences')
    expect(onDisk()).not.toHaveProperty('balance')
    expect(onDisk()).toHaveProperty('profiles.profiles', [goodTest, goodProd])
    expect(existsSync(settingsPath())).toBe(true)
  })
})
