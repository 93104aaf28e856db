import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../util/log'
import { fileLogSink } from '../util/logFile'
import { entriesUnder, startDeskOn } from './testing/deskOnFolder'

/**
 * Every file in the data folder is the agent's alone (0600 files, 0700 folders) whatever
 * the umask: settings, journal with its -wal/-shm, Sandbox state, logs, the lock and the
 * set-aside copies, including files an older desk left readable.
 */
const posix = process.platform !== 'win32'
if (!posix) console.warn('[file modes] SKIPPING: Windows has no POSIX file modes; the data folder is private through its ACLs.')

let dataDir: string
let umask: number
beforeEach(() => {
  umask = process.umask(0o022)
  dataDir = mkdtempSync(join(tmpdir(), 'fr24-modes-'))
  // mkdtemp makes 0700 folders; the desk must not rely on it (the default data folder is made by the desk).
  chmodSync(dataDir, 0o755)
})
afterEach(() => {
  process.umask(umask)
  rmSync(dataDir, { recursive: true, force: true })
})

/** Which entries anyone but the owner could read or enter, as `path mode`. */
function openToOthers(): string[] {
  return [{ path: dataDir, isDirectory: true }, ...entriesUnder(dataDir)]
    .map(({ path }) => ({ path, mode: statSync(path).mode & 0o777 }))
    .filter(({ mode }) => (mode & 0o077) !== 0)
    .map(({ path, mode }) => `${relative(dataDir, path) || '.'} ${mode.toString(8)}`)
}

describe.skipIf(!posix)('the data folder is private under umask 022', () => {
  it('settings, journal (-wal, -shm), Sandbox state, logs, lock and set-aside copies are 0600 in 0700 folders', async () => {
    // What an older desk left: a world-readable damaged settings file and log.
    writeFileSync(join(dataDir, 'settings.json'), 'not json', { mode: 0o644 })
    mkdirSync(join(dataDir, 'logs'), { mode: 0o755 })
    mkdirSync(join(dataDir, 'sandbox'), { mode: 0o755 })
    writeFileSync(join(dataDir, 'logs', 'desk.log'), '', { mode: 0o644 })
    const log = createLogger({ sink: fileLogSink(join(dataDir, 'logs', 'desk.log')) })

    const desk = await startDeskOn(dataDir, { log })
    try {
      await desk.call('setPreferences', { language: 'en', theme: 'dark' })
      await desk.call('refreshBalance')
      await desk.call('resetSandbox')
      log.info('a line for the log file')

      const names = entriesUnder(dataDir).map(({ path }) => relative(dataDir, path))
      for (const expected of ['settings.json', 'journal.sqlite', 'journal.sqlite-wal', 'journal.sqlite-shm', 'desk.lock', join('logs', 'desk.log'), join('sandbox', 'fr24-sandbox-state.sqlite'), join('sandbox', 'fr24-sandbox-state.sqlite-wal')]) {
        expect(names).toContain(expected)
      }
      expect(names.some((name) => name.startsWith('settings.json.damaged-'))).toBe(true)
      expect(openToOthers()).toEqual([])
    } finally {
      await desk.app.stop()
    }
    expect(openToOthers()).toEqual([])
  })

  it('a journal left world-readable by an older desk, and one set aside as corrupted, become private', async () => {
    writeFileSync(join(dataDir, 'journal.sqlite'), 'garbage, not a database '.repeat(100), { mode: 0o644 })
    writeFileSync(join(dataDir, 'journal.sqlite-wal'), 'old wal', { mode: 0o644 })
    const desk = await startDeskOn(dataDir)
    try {
      const names = entriesUnder(dataDir).map(({ path }) => relative(dataDir, path))
      expect(names.some((name) => /^journal\.sqlite\.corrupted-\d{8}T\d{6}Z-wal$/.test(name))).toBe(true)
      expect(openToOthers()).toEqual([])
    } finally {
      await desk.app.stop()
    }
  })
})
