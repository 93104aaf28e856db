import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { CallName, CallRequest, CallResponse } from '../../../shared/contract'
import { systemClock } from '../../util/clock'
import type { Logger, LogFields } from '../../util/log'
import { MemoryVault } from '../../vault/memoryVault'
import type { Vault } from '../../vault/vault'
import { createDeskApp, type DeskApp, type DeskAppOptions } from '../app'

/** A log that keeps its lines, to check that a repair was written down. */
export function recordingLog(): Logger & { lines: { level: string; message: string; fields: LogFields | undefined }[] } {
  const lines: { level: string; message: string; fields: LogFields | undefined }[] = []
  const log = {
    lines,
    info: (message: string, fields?: LogFields) => void lines.push({ level: 'info', message, fields }),
    warn: (message: string, fields?: LogFields) => void lines.push({ level: 'warn', message, fields }),
    error: (message: string, fields?: LogFields) => void lines.push({ level: 'error', message, fields }),
    child: () => log
  }
  return log
}

export interface DeskOnFolder {
  app: DeskApp
  vault: Vault
  log: ReturnType<typeof recordingLog>
  /** A contract call through the dispatcher (the renderer's door); throws if it failed. */
  call<N extends CallName>(name: N, request?: CallRequest<N>): Promise<CallResponse<N>>
}

/** The real desk (settings file, journal, embedded Sandbox) on `dataDir`, with an in-memory vault. */
export async function startDeskOn(dataDir: string, overrides: Partial<DeskAppOptions> = {}): Promise<DeskOnFolder> {
  const vault = overrides.vault ?? new MemoryVault()
  const log = recordingLog()
  const app = await createDeskApp({
    shell: 'browser-host',
    dataDir,
    version: '0.0.0-test',
    platform: process.platform,
    systemLocale: 'en-US',
    clock: systemClock,
    log,
    processStartedAt: Date.now(),
    vault,
    ...overrides
  })
  return {
    app,
    vault,
    log,
    call: async (name, request) => {
      const result = await app.dispatch(name, request ?? {})
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`)
      return result.value as never
    }
  }
}

/** Every file and folder under `dir` (not `dir` itself). */
export function entriesUnder(dir: string): { path: string; isDirectory: boolean }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    const isDirectory = statSync(path).isDirectory()
    return [{ path, isDirectory }, ...(isDirectory ? entriesUnder(path) : [])]
  })
}
