import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { LOCKED_REASON, NO_SECRET_SERVICE_REASON, NO_SECRET_SERVICE_TEXT, notAnsweringReason, notAnsweringText } from '../vault/failures'

/**
 * The keychain's bad days as the desk meets them (testConnection, the balance monitor, the
 * Sandbox next to a stuck keychain), each run by keychainDeskProbe.ts in a process of its own.
 */
const run = promisify(execFile)
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const probeScript = join(repoRoot, 'src/main/desk/testing/keychainDeskProbe.ts')

const hasSecretService = process.env.FR24_SECRET_SERVICE === '1'
const hasSessionBus = process.platform === 'linux' && commandExists('dbus-run-session')
if (!hasSecretService) {
  console.warn('[keychain desk] SKIPPING the locked-keychain desk test: no private gnome-keyring session (run it through scripts/with-secret-service.sh).')
}
if (!hasSessionBus) {
  console.warn(`[keychain desk] SKIPPING the silent-keychain tests: they need Linux and dbus-run-session (${process.platform}).`)
}

function commandExists(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

async function probe(scenario: string, command: string[], env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const [file, ...args] = command
  const { stdout } = await run(file!, [...args, process.execPath, '--import', 'tsx', probeScript, scenario], {
    cwd: repoRoot,
    env,
    timeout: 90_000
  })
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>
}

/**
 * A private session bus on which nothing can be started on demand (no service folders), so
 * no keyring daemon is ever activated, and private home folders that must stay empty.
 */
async function onPrivateBus(scenario: string): Promise<{ report: Record<string, unknown>; leftInHome: string[] }> {
  const scratch = mkdtempSync(join(tmpdir(), 'fr24-silent-keychain-'))
  try {
    const home = join(scratch, 'home')
    mkdirSync(join(scratch, 'bus'))
    mkdirSync(home)
    const config = join(scratch, 'bus.conf')
    writeFileSync(
      config,
      `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${join(scratch, 'bus')}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
`
    )
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_CACHE_HOME: join(home, 'cache'),
      XDG_RUNTIME_DIR: join(home, 'runtime')
    }
    const report = await probe(scenario, ['dbus-run-session', `--config-file=${config}`, '--'], env)
    return { report, leftInHome: readdirSync(home) }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

describe('a locked keychain, on every path of the desk', () => {
  it.skipIf(!hasSecretService)(
    'testConnection and the balance monitor say "unlock the keychain", in the keychain’s words, once',
    async () => {
      // Locking the login collection would disturb the other test files sharing this session: a private one.
      const report = await probe('locked', [join(repoRoot, 'scripts/with-secret-service.sh')], process.env)
      const unlock = { kind: 'auth', message: LOCKED_REASON, messageKey: 'keychain.locked', params: {}, code: 'CREDENTIALS', action: 'unlock-keychain' }
      expect(report.testConnection).toEqual({ ok: false, error: unlock })
      expect(report.balanceProfile).toBe(true)
      expect(report.staleReason).toEqual({ kind: 'keychain', error: unlock, since: expect.any(Number) })
      expect(JSON.stringify(report)).not.toMatch(/\.\.|check-credentials/)
    },
    120_000
  )
})

describe('a keychain that never answers (a silent Secret Service on the bus)', () => {
  it.skipIf(!hasSessionBus)(
    'keeps one call in flight, fails the rest at once, says so once, lets the Sandbox carry on, and recovers',
    async () => {
      const { report, leftInHome } = await onPrivateBus('silent')
      const notAnswering = { state: 'not-answering', reason: notAnsweringReason(1), text: notAnsweringText(1) }
      const refused = {
        ok: false,
        error: { kind: 'auth', message: notAnsweringReason(1), messageKey: 'keychain.notAnsweringOne', params: { seconds: 1 }, action: 'unlock-keychain' }
      }
      expect(report.first).toEqual(notAnswering)
      expect(report.later).toEqual([notAnswering, refused, refused, notAnswering, notAnswering, notAnswering])
      // One keytar call, one worker thread: the later questions never reached libsecret or the bus.
      expect(report.keytarCalls).toBe(1)
      expect(report.dbusCallsWhenStuck).toBeGreaterThan(0)
      expect(report.dbusCallsAfterLater).toBe(report.dbusCallsWhenStuck)
      expect(report.workerPoolServes).toBe(true)
      expect(report.sandboxBalance).toEqual({ profileId: 'sandbox', balance: '5000', stale: false })
      expect(report.listKeychain).toEqual({ state: 'not-answering', message: notAnsweringReason(1) })
      const stuckLine = 'warn the keychain is not answering; further keychain calls fail at once until it does'
      expect(report.logBeforeRecovery).toEqual([stuckLine])
      expect(report.logAfterRecovery).toEqual([stuckLine, 'info the keychain answered again'])
      // Free again: the keychain is asked, and answers that nobody owns the name any more.
      expect(report.afterRecovery).toEqual({ state: 'no-secret-service', reason: NO_SECRET_SERVICE_REASON, text: NO_SECRET_SERVICE_TEXT })
      expect(leftInHome).toEqual([])
    },
    120_000
  )

  it.skipIf(!hasSessionBus)(
    'does not hold up the Sandbox balance at start-up while its first answer is awaited',
    async () => {
      const { report, leftInHome } = await onPrivateBus('silent-startup')
      expect(report.sandboxBalance).toEqual({ profileId: 'sandbox', balance: '5000', stale: false })
      expect(report.keychainStillAwaited).toBe(true)
      expect(report.workerPoolServes).toBe(true)
      expect(report.activeIsSandbox).toBe(true)
      expect(report.listAfterServiceLeft).toEqual(expect.any(String))
      expect(leftInHome).toEqual([])
    },
    120_000
  )
})
