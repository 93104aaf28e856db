import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  LOCKED_REASON,
  LOCKED_TEXT,
  MODULE_MISSING_REASON,
  MODULE_MISSING_TEXT,
  NO_SECRET_SERVICE_REASON,
  NO_SECRET_SERVICE_TEXT,
  notAnsweringReason,
  notAnsweringText
} from './failures'
import { KEYCHAIN_SERVICE, KeytarVault, loadKeychainModule, type KeychainBackend } from './keytarVault'
import { failureOf, secretsA, uniqueProfileId, vaultContract } from './testing/vaultContract'
import { silentLogger } from '../util/log'

const run = promisify(execFile)
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const probeScript = join(repoRoot, 'src/main/vault/testing/vaultProbe.ts')

const hasSecretService = process.env.FR24_SECRET_SERVICE === '1'
const isLinux = process.platform === 'linux'
if (!hasSecretService) {
  console.warn(
    '[vault] SKIPPING the keychain tests against a real Secret Service: FR24_SECRET_SERVICE is not set, so no ' +
      'private gnome-keyring session is running. Run them with `npm run test:unit` ' +
      '(scripts/with-secret-service.sh vitest run src/main/vault).'
  )
}
if (!isLinux) {
  console.warn(`[vault] SKIPPING the "no Secret Service" test: it is Linux-only and this is ${process.platform}.`)
}

/**
 * Another program touching the keychain: a separate Node process using keytar
 * directly, as a keyring manager (seahorse, secret-tool) would.
 */
function otherProcess(op: 'get' | 'set' | 'delete', account: string, value?: string): string | null | boolean {
  const script = `
    const keytar = require('keytar')
    const { op, service, account, value } = JSON.parse(require('fs').readFileSync(0, 'utf8'))
    const call = op === 'get' ? keytar.getPassword(service, account)
      : op === 'set' ? keytar.setPassword(service, account, value).then(() => true)
      : keytar.deletePassword(service, account)
    call.then((result) => process.stdout.write(JSON.stringify(result)), (error) => { console.error(error.message); process.exit(1) })`
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: repoRoot,
    input: JSON.stringify({ op, service: KEYCHAIN_SERVICE, account, value }),
    encoding: 'utf8'
  })
  return JSON.parse(out) as string | null | boolean
}

async function probe(scenario: string, command: string[], env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const [file, ...args] = command
  const { stdout } = await run(file!, [...args, process.execPath, '--import', 'tsx', probeScript, scenario], {
    cwd: repoRoot,
    env,
    timeout: 60_000
  })
  return JSON.parse(stdout) as Record<string, unknown>
}

describe('KeytarVault against a real Secret Service', () => {
  vaultContract(() => new KeytarVault(), hasSecretService)

  it.skipIf(!hasSecretService)('keeps one entry per profile: service "FR24 Desk", account = profile id, one JSON string', async () => {
    const id = uniqueProfileId('layout')
    await new KeytarVault().write(id, secretsA)
    const raw = otherProcess('get', id)
    expect(typeof raw).toBe('string')
    expect(JSON.parse(raw as string)).toEqual({ v: 1, ...secretsA })
    await new KeytarVault().remove(id)
    expect(otherProcess('get', id)).toBeNull()
  })

  it.skipIf(!hasSecretService)('says so when the entry was deleted outside the app', async () => {
    const vault = new KeytarVault()
    const id = uniqueProfileId('deleted')
    await vault.write(id, secretsA)
    expect(otherProcess('delete', id)).toBe(true)
    const failure = await failureOf(vault.read(id))
    expect(failure).toMatchObject({ reason: 'missing-entry', action: 'check-credentials' })
    expect(failure.message).toMatch(/removed outside FR24 Desk/)
  })

  it.skipIf(!hasSecretService).each([
    ['not JSON', 'hunter2hunter2', /not in the format/],
    ['missing fields', JSON.stringify({ v: 1, appKey: 'hunter2hunter2' }), /appSecret, aesKey missing/],
    ['an AES key of the wrong length', JSON.stringify({ v: 1, ...secretsA, aesKey: 'hunter2hunter2' }), /AES key/]
  ])('says so when the entry is damaged (%s), without quoting it', async (_label, garbage, reason) => {
    const vault = new KeytarVault()
    const id = uniqueProfileId('damaged')
    expect(otherProcess('set', id, garbage)).toBe(true)
    const failure = await failureOf(vault.read(id))
    expect(failure).toMatchObject({ reason: 'damaged-entry', action: 'check-credentials' })
    expect(failure.message).toMatch(reason)
    expect(failure.message).not.toContain('hunter2')
    // A damaged entry is replaced by saving the profile again.
    await vault.write(id, secretsA)
    expect(await vault.read(id)).toEqual(secretsA)
    await vault.remove(id)
  })

  it.skipIf(!hasSecretService)('is shared by two vault instances (the Electron app and the browser host)', async () => {
    const id = uniqueProfileId('shared')
    await new KeytarVault().write(id, secretsA)
    expect(await new KeytarVault().read(id)).toEqual(secretsA)
    await new KeytarVault().remove(id)
  })

  it.skipIf(!hasSecretService)('survives many calls at once (libsecret races when they overlap)', async () => {
    const ids = Array.from({ length: 8 }, (_, n) => uniqueProfileId(`burst${n}`))
    const statuses = await Promise.all(ids.map(() => new KeytarVault().status()))
    expect(statuses.every((status) => status.state === 'available')).toBe(true)
    await Promise.all(ids.map((id) => new KeytarVault().write(id, secretsA)))
    expect(await Promise.all(ids.map((id) => new KeytarVault().read(id)))).toEqual(ids.map(() => secretsA))
    await Promise.all(ids.map((id) => new KeytarVault().remove(id)))
  })

  it.skipIf(!hasSecretService)(
    'refuses everything with "unlock the keychain" when the keyring is locked',
    async () => {
      // Locking the login collection would disturb the other test files sharing this session,
      // so the probe runs in a second private session of its own.
      const report = await probe('locked', [join(repoRoot, 'scripts/with-secret-service.sh')], process.env)
      expect(report.writeBeforeLock).toEqual({ ok: true })
      expect(report.status).toEqual({ state: 'locked', reason: LOCKED_REASON, text: LOCKED_TEXT })
      const refused = { ok: false, error: { reason: 'locked', message: LOCKED_REASON, action: 'unlock-keychain', messageKey: 'keychain.locked', params: {} } }
      expect(report.read).toEqual(refused)
      expect(report.write).toEqual(refused)
      expect(report.remove).toEqual(refused)
    },
    90_000
  )
})

describe('KeytarVault with no Secret Service', () => {
  it.skipIf(!isLinux)(
    'says clearly there is no keychain and refuses to store anything, anywhere',
    async () => {
      // libsecret keeps one bus connection per process: a child process with a bus address that leads nowhere.
      const home = mkdtempSync(join(tmpdir(), 'fr24-no-keychain-'))
      try {
        const env: NodeJS.ProcessEnv = {
          PATH: process.env.PATH,
          HOME: home,
          XDG_DATA_HOME: join(home, 'data'),
          XDG_CONFIG_HOME: join(home, 'config'),
          XDG_RUNTIME_DIR: join(home, 'runtime'),
          DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(home, 'no-such-bus')}`
        }
        const report = await probe('no-secret-service', ['/usr/bin/env'], env)
        expect(report.status).toEqual({ state: 'no-secret-service', reason: NO_SECRET_SERVICE_REASON, text: NO_SECRET_SERVICE_TEXT })
        const refused = {
          ok: false,
          error: { reason: 'no-secret-service', message: NO_SECRET_SERVICE_REASON, action: 'unlock-keychain', messageKey: 'keychain.noSecretService', params: {} }
        }
        expect(report.write).toEqual(refused)
        expect(report.read).toEqual(refused)
        expect(report.remove).toEqual(refused)
        // No plain-text fallback: the child's home and XDG folders are as empty as they started.
        expect(readdirSync(home)).toEqual([])
      } finally {
        rmSync(home, { recursive: true, force: true })
      }
    },
    60_000
  )
})

describe('KeytarVault on other platforms (fake keychain)', () => {
  function fake(overrides: Partial<KeychainBackend>): () => Promise<KeychainBackend> {
    const backend: KeychainBackend = {
      getPassword: async () => null,
      setPassword: async () => {},
      deletePassword: async () => true,
      ...overrides
    }
    return async () => backend
  }

  it('reads a locked macOS keychain as locked', async () => {
    const vault = new KeytarVault({
      platform: 'darwin',
      loadBackend: fake({
        getPassword: async () => {
          throw new Error('User interaction is not allowed.')
        }
      })
    })
    expect(await vault.status()).toEqual({ state: 'locked', reason: LOCKED_REASON, text: LOCKED_TEXT })
    expect(await failureOf(vault.read('p1'))).toMatchObject({ reason: 'locked', action: 'unlock-keychain' })
  })

  it('on macOS and Windows, an absent entry is simply missing', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const vault = new KeytarVault({ platform, loadBackend: fake({}) })
      expect(await failureOf(vault.read('p1'))).toMatchObject({ reason: 'missing-entry', action: 'check-credentials' })
    }
  })

  it('never quotes a secret the OS keychain echoes in its error', async () => {
    const vault = new KeytarVault({
      platform: 'win32',
      loadBackend: fake({
        setPassword: async (_service, _account, password) => {
          throw new Error(`CredWrite failed for blob ${password}`)
        }
      })
    })
    const failure = await failureOf(vault.write('p1', secretsA))
    expect(failure).toMatchObject({ reason: 'error', action: 'unlock-keychain' })
    expect(failure.message).toMatch(/CredWrite failed/)
    for (const value of Object.values(secretsA)) expect(failure.message).not.toContain(value)
  })

  it('gives up on a keychain that does not answer, and says so once, not on every question', async () => {
    let asked = 0
    const warnings: string[] = []
    const vault = new KeytarVault({
      platform: 'win32',
      timeoutMs: 50,
      log: { ...silentLogger, warn: (message) => void warnings.push(message) },
      loadBackend: fake({
        getPassword: () => {
          asked++
          return new Promise<never>(() => {})
        }
      })
    })
    const status = await vault.status()
    expect(status).toEqual({ state: 'not-answering', reason: notAnsweringReason(1), text: notAnsweringText(1) })
    expect(status.state !== 'available' && status.reason).toMatch(/not answering.*Unlock or restart your keyring/)
    // Asked again while the first call is still stuck: answered from what is known, the keychain is not asked.
    const again = await Promise.all([vault.status(), vault.status(), new KeytarVault({ platform: 'win32', timeoutMs: 50 }).status()])
    expect(again.slice(0, 2)).toEqual([status, status])
    const refused = await failureOf(vault.read('p1'))
    expect(refused.facts()).toEqual({
      reason: 'not-answering',
      message: notAnsweringReason(1),
      action: 'unlock-keychain',
      messageKey: 'keychain.notAnsweringOne',
      params: { seconds: 1 }
    })
    expect(asked).toBe(1)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/not answering/)
  })

  it('recovers when the stuck call finally ends', async () => {
    let answer: (value: string | null) => void = () => {}
    let asked = 0
    const log: string[] = []
    const vault = new KeytarVault({
      platform: 'win32',
      timeoutMs: 20,
      log: { ...silentLogger, info: (message) => void log.push(`info ${message}`), warn: (message) => void log.push(`warn ${message}`) },
      loadBackend: fake({
        getPassword: () => {
          asked++
          return asked === 1 ? new Promise<string | null>((resolve) => (answer = resolve)) : Promise.resolve(null)
        }
      })
    })
    expect(await vault.status()).toMatchObject({ state: 'not-answering' })
    answer(null)
    // The lane frees itself once the late answer's callbacks have run.
    await new Promise((resolve) => setImmediate(resolve))
    expect(await vault.status()).toEqual({ state: 'available' })
    expect(log).toEqual(['warn the keychain is not answering; further keychain calls fail at once until it does', 'info the keychain answered again'])
  })

  it('reports a keychain library whose native part cannot load as the module missing, instead of crashing', async () => {
    const vault = new KeytarVault({
      platform: 'linux',
      loadBackend: async () => {
        throw Object.assign(new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory'), {
          code: 'ERR_DLOPEN_FAILED'
        })
      }
    })
    expect(await vault.status()).toEqual({ state: 'module-missing', reason: MODULE_MISSING_REASON, text: MODULE_MISSING_TEXT })
    expect((await failureOf(vault.write('p1', secretsA))).facts()).toEqual({
      reason: 'module-missing',
      message: MODULE_MISSING_REASON,
      action: 'unlock-keychain',
      messageKey: 'keychain.moduleMissing',
      params: {}
    })
  })

  it('reports any other failure to load the keychain library as an error, instead of crashing', async () => {
    const vault = new KeytarVault({
      platform: 'linux',
      loadBackend: async () => {
        throw new Error('keytar: unexpected initialisation failure')
      }
    })
    expect(await vault.status()).toMatchObject({ state: 'error', reason: expect.stringMatching(/could not be loaded/) })
    expect(await failureOf(vault.write('p1', secretsA))).toMatchObject({ reason: 'error', action: 'unlock-keychain', messageKey: 'keychain.libraryFailed' })
  })
})

describe('KeytarVault without the keychain module installed', () => {
  // A real import of a module that is not installed: what Node says on a machine where keytar could not be built.
  const absent = () => loadKeychainModule('fr24-desk-keychain-module-that-is-not-installed')

  it('says the module is missing, in one sentence that says how to get it', async () => {
    const vault = new KeytarVault({ loadBackend: absent })
    const status = await vault.status()
    expect(status).toEqual({ state: 'module-missing', reason: MODULE_MISSING_REASON, text: MODULE_MISSING_TEXT })
    expect(MODULE_MISSING_REASON).toMatch(/^Test and Production accounts need the system keychain module.*libsecret-1-dev.*npm ci again/)
    expect(MODULE_MISSING_REASON.match(/\. /g)).toBeNull()
  })

  it('says the same when the package is there but its native part was never built', async () => {
    // What npm leaves when keytar's build fails part-way: the JavaScript, and no keytar.node beside it.
    const dir = mkdtempSync(join(tmpdir(), 'fr24-keytar-unbuilt-'))
    try {
      writeFileSync(join(dir, 'index.cjs'), "module.exports = require('./build/Release/keytar.node')\n")
      const vault = new KeytarVault({ loadBackend: () => loadKeychainModule(pathToFileURL(join(dir, 'index.cjs')).href) })
      expect(await vault.status()).toEqual({ state: 'module-missing', reason: MODULE_MISSING_REASON, text: MODULE_MISSING_TEXT })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses to store, read or remove keys with that sentence', async () => {
    const vault = new KeytarVault({ loadBackend: absent })
    const refused = { reason: 'module-missing', message: MODULE_MISSING_REASON, action: 'unlock-keychain', messageKey: 'keychain.moduleMissing', params: {} }
    expect((await failureOf(vault.write('p1', secretsA))).facts()).toEqual(refused)
    expect((await failureOf(vault.read('p1'))).facts()).toEqual(refused)
    expect((await failureOf(vault.remove('p1'))).facts()).toEqual(refused)
  })
})
