/**
 * Runs the keychain vault in its own process for the tests that need a different
 * D-Bus world than the test runner's (libsecret keeps one connection per process):
 *
 *   node --import tsx src/main/vault/testing/vaultProbe.ts <scenario>
 *
 * Prints one JSON line: the outcome of each step, as data. Never prints secrets.
 * Scenarios:
 *   no-secret-service  run with DBUS_SESSION_BUS_ADDRESS pointing nowhere
 *   locked             run inside a private Secret Service session (scripts/with-secret-service.sh);
 *                      stores an entry, locks the login collection, then tries everything
 */
import { execFileSync } from 'node:child_process'
import { VaultError } from '../failures'
import { KeytarVault } from '../keytarVault'

type Outcome = { ok: true } | { ok: false; error: unknown }

const secrets = { appKey: 'probe-app-key-0001', appSecret: 'probe-app-secret-0001', aesKey: 'probeAesKey00001' }

async function step(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run()
    return { ok: true }
  } catch (error) {
    return { ok: false, error: error instanceof VaultError ? error.facts() : { thrown: String(error) } }
  }
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

async function main(): Promise<void> {
  const scenario = process.argv[2]
  const vault = new KeytarVault({ timeoutMs: 15_000 })
  const report: Record<string, unknown> = { scenario }
  if (scenario === 'no-secret-service') {
    report.status = await vault.status()
    report.write = await step(() => vault.write('probe-profile', secrets))
    report.read = await step(() => vault.read('probe-profile'))
    report.remove = await step(() => vault.remove('probe-profile'))
  } else if (scenario === 'locked') {
    report.writeBeforeLock = await step(() => vault.write('probe-profile', secrets))
    lockLoginCollection()
    report.status = await vault.status()
    report.read = await step(() => vault.read('probe-profile'))
    report.write = await step(() => vault.write('probe-other', secrets))
    report.remove = await step(() => vault.remove('probe-profile'))
  } else {
    throw new Error(`unknown scenario "${scenario}"`)
  }
  process.stdout.write(`${JSON.stringify(report)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`vaultProbe failed: ${String(error)}\n`)
  process.exit(1)
})
