import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RunningDesk {
  /** The URL with the per-launch token, as the host printed it. */
  openUrl: string
  dataDir: string
  /** Everything the host wrote to its standard error so far. */
  errors(): string
  /** Opens the desk and waits until it says it is ready. */
  open(page: Page): Promise<void>
}

interface SpawnedService {
  /** The first URL matching the pattern on the service's standard output. */
  url: string
  /** Everything the service wrote to its standard error so far. */
  errors(): string
  stop(): Promise<void>
}

/** Runs a TypeScript entry point with tsx and waits for the line that says where it listens. */
async function spawnService(entry: string, args: string[], urlPattern: RegExp, env: Record<string, string> = {}): Promise<SpawnedService> {
  const child: ChildProcess = spawn(join('node_modules', '.bin', 'tsx'), [entry, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${errors}`)), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = urlPattern.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}):\n${errors}`)))
  })
  return {
    url,
    errors: () => errors,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
  }
}

/** Starts `npm run desk`'s host with a fresh data folder, the way an agent would. */
export async function startDesk(env: Record<string, string> = {}, args: string[] = []): Promise<RunningDesk & { stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-e2e-'))
  const host = await spawnService(
    'src/main/host/cli.ts',
    ['--port', '0', '--data-dir', dataDir, '--no-build', ...args],
    /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/,
    env
  )
  return {
    openUrl: host.url,
    dataDir,
    errors: host.errors,
    open: async (page) => {
      await page.goto(host.url)
      await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
    },
    stop: async () => {
      await host.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** The FR24 simulator on its own (`npm run sandbox`), e.g. standing in for FR24's Test host. */
export function startStandaloneSandbox(env: Record<string, string> = {}): Promise<SpawnedService> {
  return spawnService('src/main/sandbox/cli.ts', ['--port', '0'], /listening on (http:\/\/127\.0\.0\.1:\d+)/, env)
}

export const test = base.extend<{ desk: RunningDesk }>({
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, use) => {
    const desk = await startDesk()
    await use(desk)
    await desk.stop()
  }
})

export { expect }
