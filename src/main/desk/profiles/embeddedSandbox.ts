import { randomInt } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { startSandboxWorker, type SandboxWorker } from '../../sandbox/worker'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { ensurePrivateDir } from '../../util/privateFiles'
import type { ProfileSecrets } from '../../vault/vault'
import type { SettingsStore } from '../core/settingsStore'

const SandboxSettings = z.object({
  seed: z.number().int(),
  openingBalance: z.string(),
  currency: z.string()
})

/** What a new desk's practice account starts with. */
const FIRST_LAUNCH = { openingBalance: '50000.00', currency: 'CNY' } as const

/**
 * The built-in Sandbox account: the FR24 simulator on a random loopback port, with the
 * Sandbox profile's keys and its own state file under the data folder. It runs on a worker
 * thread of its own (sandbox/worker.ts), so a search it answers never holds up the desk's
 * event loop; the desk reaches it over HTTP like FR24. The HTTP control API stays off unless
 * a test passes a token through FR24_DESK_SANDBOX_CONTROL_TOKEN.
 */
export async function startEmbeddedSandbox(deps: {
  dataDir: string
  settings: SettingsStore
  credentials: ProfileSecrets
  clock: Clock
  log: Logger
  env?: NodeJS.ProcessEnv
}): Promise<SandboxWorker> {
  let config = deps.settings.read('sandbox', SandboxSettings.optional(), undefined)
  if (!config) {
    config = { seed: randomInt(1, 2 ** 31), ...FIRST_LAUNCH }
    deps.settings.write('sandbox', config)
  }
  const controlToken = (deps.env ?? process.env).FR24_DESK_SANDBOX_CONTROL_TOKEN
  // The practice account's orders and passengers: private, also when an older desk made the folder 0755.
  ensurePrivateDir(join(deps.dataDir, 'sandbox'))
  return startSandboxWorker({
    seed: config.seed,
    account: { ...deps.credentials, balance: config.openingBalance, currency: config.currency },
    clock: deps.clock,
    statePath: join(deps.dataDir, 'sandbox'),
    ...(controlToken ? { controlToken } : {}),
    log: deps.log.child({ component: 'sandbox' })
  })
}
