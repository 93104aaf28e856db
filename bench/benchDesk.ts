import { createDeskApp, type DeskApp } from '../src/main/desk/app'
import { systemClock } from '../src/main/util/clock'
import { silentLogger } from '../src/main/util/log'
import { MemoryVault } from '../src/main/vault/memoryVault'

/**
 * The desk as the benches start it: the browser-host composition on a fresh data folder, the real
 * clock, no log output, keys in memory (the keychain is not what they measure).
 */
export function benchDesk(dataDir: string): Promise<DeskApp> {
  return createDeskApp({
    shell: 'browser-host',
    dataDir,
    version: 'bench',
    platform: process.platform,
    systemLocale: 'en-US',
    clock: systemClock,
    log: silentLogger,
    processStartedAt: Date.now(),
    vault: new MemoryVault()
  })
}
