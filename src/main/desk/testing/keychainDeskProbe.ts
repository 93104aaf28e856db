/**
 * The keychain's bad days as the desk meets them, each in a process of its own (libsecret keeps
 * one bus connection per process, and a stuck call keeps one of its worker threads):
 *
 *   node --import tsx src/main/desk/testing/keychainDeskProbe.ts <scenario>
 *
 * Prints one JSON line: what each step answered, as data. Never prints secrets.
 * Scenarios:
 *   locked          inside scripts/with-secret-service.sh: saves a Test account, locks the login
 *                   collection, then tests its connection and reads its balance through the monitor
 *   silent          on a private bus where a silent Secret Service (silentSecretService.ts) owns the
 *                   name, with a 300 ms limit: the first call is stuck, later ones fail at once, the
 *                   rest of the process and the Sandbox balance carry on, and when the silent service
 *                   leaves, the vault recovers
 *   silent-startup  same bus, the usual 60 s limit: the Sandbox balance at start-up is read while the
 *                   keychain's first answer is still awaited
 */
import { execFileSync } from 'node:child_process'
import { lookup } from 'node:dns/promises'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { SANDBOX_PROFILE_ID } from '../../../shared/domain/profile'
import { BalanceMonitor } from '../balance/monitor'
import { EventHub } from '../core/events'
import { DeskFailure } from '../core/failure'
import { Fr24Clients } from '../core/fr24Clients'
import { deskErrorOfVault } from '../core/vaultEdge'
import { Journal } from '../../journal/journal'
import { ProfileService } from '../profiles/profiles'
import { MemorySettingsStore } from '../core/testing/memorySettingsStore'
import { startSandbox, type RunningSandbox } from '../../sandbox'
import { systemClock } from '../../util/clock'
import { silentLogger, type Logger } from '../../util/log'
import { KeytarVault, loadKeychainModule, type KeychainBackend } from '../../vault/keytarVault'
import { VaultError } from '../../vault/failures'
import type { Vault } from '../../vault/vault'
import { claimSilentSecretService } from '../../vault/testing/silentSecretService'

type Outcome = { ok: true; value?: unknown } | { ok: false; error: unknown }

const testKeys = { appKey: 'probe-test-app-key-0042', appSecret: 'probe-test-app-secret-0042', aesKey: 'probeAesKey00042' }

async function step(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await run()
    return value === undefined ? { ok: true } : { ok: true, value }
  } catch (error) {
    if (error instanceof DeskFailure) return { ok: false, error: error.error }
    // Steps that ask the vault itself meet its own error: shown as the desk shows it.
    if (error instanceof VaultError) return { ok: false, error: deskErrorOfVault(error) }
    return { ok: false, error: { thrown: String(error) } }
  }
}

/** The desk's own services around one vault, with a real Sandbox over HTTP and a real (in-memory) journal. */
async function desk(vault: Vault) {
  const hub = new EventHub()
  const settings = new MemorySettingsStore()
  const clients = new Fr24Clients({ clock: systemClock, log: silentLogger })
  const sandboxRef: { current?: RunningSandbox } = {}
  const profiles = new ProfileService({
    settings,
    vault,
    hub,
    sandboxBaseUrl: () => sandboxRef.current?.url,
    checkBalance: (connection) => clients.readBalance(connection),
    // Test points at a closed loopback port: nothing may leave the machine, and the keys fail first anyway.
    env: { FR24_DESK_TEST_BASE_URL: 'http://127.0.0.1:9' }
  })
  const sandbox = await startSandbox({
    seed: 'keychain-probe',
    account: { ...profiles.sandboxCredentials(), balance: '5000.00', currency: 'CNY' },
    log: silentLogger
  })
  sandboxRef.current = sandbox
  const journal = new Journal(':memory:', systemClock)
  const monitor = new BalanceMonitor({
    clock: systemClock,
    journal,
    hub,
    settings,
    profiles,
    readBalance: (profileId) => clients.readBalance(profiles.resolveCredentials(profileId))
  })
  return {
    profiles,
    monitor,
    close: async () => {
      monitor.stop()
      journal.close()
      await sandbox.close()
    }
  }
}

/** Counts the calls that reach keytar, i.e. the worker threads the keychain takes. */
function counted(backend: KeychainBackend): { backend: KeychainBackend; calls: () => number } {
  let calls = 0
  const count = <T>(call: () => Promise<T>): Promise<T> => {
    calls++
    return call()
  }
  return {
    calls: () => calls,
    backend: {
      getPassword: (service, account) => count(() => backend.getPassword(service, account)),
      setPassword: (service, account, password) => count(() => backend.setPassword(service, account, password)),
      deletePassword: (service, account) => count(() => backend.deletePassword(service, account))
    }
  }
}

function recordingLog(): Logger & { lines: string[]; next: (level: string) => Promise<void> } {
  const lines: string[] = []
  const waiting: Array<{ level: string; resolve: () => void }> = []
  const write = (level: string, message: string): void => {
    lines.push(`${level} ${message}`)
    for (const wait of waiting.filter((w) => w.level === level)) {
      waiting.splice(waiting.indexOf(wait), 1)
      wait.resolve()
    }
  }
  const log = {
    lines,
    info: (message: string) => write('info', message),
    warn: (message: string) => write('warn', message),
    error: (message: string) => write('error', message),
    child: () => log,
    next: (level: string) => new Promise<void>((resolve) => waiting.push({ level, resolve }))
  }
  return log
}

/** Work that needs libuv's worker pool, which a stuck keychain call shares. */
async function workerPoolStillServes(): Promise<boolean> {
  const text = await readFile(fileURLToPath(import.meta.url), 'utf8')
  const address = await lookup('localhost')
  return text.length > 0 && typeof address.address === 'string'
}

function lockLoginCollection(): void {
  execFileSync('dbus-send', [
    '--session',
    '--print-reply',
    '--dest=org.freedesktop.secrets',
    '/org/freedesktop/secrets',
    'org.freedesktop.Secret.Service.Lock',
    'array:objpath:/org/freedesktop/secrets/collection/login'
  ])
}

async function locked(report: Record<string, unknown>): Promise<void> {
  const d = await desk(new KeytarVault({ timeoutMs: 15_000 }))
  try {
    const saved = await d.profiles.save({ name: 'Agency Test', environment: 'test', ...testKeys })
    await d.profiles.setActive({ id: saved.id })
    lockLoginCollection()
    report.testConnection = await step(() => d.profiles.testConnection(saved.id))
    await d.monitor.start()
    const view = await d.monitor.refresh()
    report.balanceProfile = view.profileId === saved.id
    report.staleReason = view.staleReason
  } finally {
    await d.close()
  }
}

async function silent(report: Record<string, unknown>): Promise<void> {
  const service = await claimSilentSecretService()
  const keytar = counted(await loadKeychainModule())
  const log = recordingLog()
  const vault = new KeytarVault({ timeoutMs: 300, log, loadBackend: async () => keytar.backend })
  const stuck = log.next('warn')
  const first = vault.status()
  await service.firstCall
  report.first = await first
  await stuck
  const dbusCallsWhenStuck = service.received.length
  report.later = [
    await vault.status(),
    await step(() => vault.read('probe-profile')),
    await step(() => vault.write('probe-profile', testKeys)),
    // A second vault in the same process (the browser host and Electron each make one) shares the one lane.
    ...(await Promise.all([vault.status(), vault.status(), new KeytarVault({ timeoutMs: 300, loadBackend: async () => keytar.backend }).status()]))
  ]
  report.keytarCalls = keytar.calls()
  report.dbusCallsWhenStuck = dbusCallsWhenStuck
  report.dbusCallsAfterLater = service.received.length
  report.dbusReceived = [...service.received]
  report.workerPoolServes = await workerPoolStillServes()

  const d = await desk(vault)
  try {
    await d.monitor.start()
    const view = await d.monitor.refresh()
    report.sandboxBalance = { profileId: view.profileId, balance: view.figures?.snapshot.balance, stale: view.stale }
    report.listKeychain = (await d.profiles.list()).keychain
  } finally {
    await d.close()
  }
  report.logBeforeRecovery = [...log.lines]

  // The silent service leaves: the bus answers the pending call, the stuck call ends, the vault is free again.
  const recovered = log.next('info')
  service.stop()
  await recovered
  report.logAfterRecovery = [...log.lines]
  report.afterRecovery = await vault.status()
}

async function silentStartup(report: Record<string, unknown>): Promise<void> {
  const service = await claimSilentSecretService()
  const vault = new KeytarVault({ timeoutMs: 60_000 })
  const d = await desk(vault)
  let listAnswered = false
  // Settings asks for the accounts (and so the keychain's state) at the same moment the desk starts.
  const list = d.profiles.list().finally(() => (listAnswered = true))
  await service.firstCall
  await d.monitor.start()
  const view = await d.monitor.refresh()
  report.sandboxBalance = { profileId: view.profileId, balance: view.figures?.snapshot.balance, stale: view.stale }
  report.keychainStillAwaited = !listAnswered
  report.workerPoolServes = await workerPoolStillServes()
  report.activeIsSandbox = d.profiles.activeProfileId() === SANDBOX_PROFILE_ID
  service.stop()
  report.listAfterServiceLeft = (await list).keychain.state
  await d.close()
}

async function main(): Promise<void> {
  const scenario = process.argv[2]
  const report: Record<string, unknown> = { scenario }
  if (scenario === 'locked') await locked(report)
  else if (scenario === 'silent') await silent(report)
  else if (scenario === 'silent-startup') await silentStartup(report)
  else throw new Error(`unknown scenario "${scenario}"`)
  process.stdout.write(`${JSON.stringify(report)}\n`)
}

main().then(
  // A keychain call may still hold a worker thread: end here rather than wait for it.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`keychainDeskProbe failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  }
)
