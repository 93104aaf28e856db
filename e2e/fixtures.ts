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

interface SpawnOptions {
  env?: Record<string, string>
  /** A complete environment instead of this process's plus `env`. */
  exactEnv?: NodeJS.ProcessEnv
  cwd?: string
  /** How long to wait for the URL line (a first `npm run desk` in a fresh clone builds the renderer). */
  startTimeoutMs?: number
  /** Its own process group, stopped as a whole: `npm run` and the host it starts. */
  group?: boolean
}

/** Runs a TypeScript entry point with tsx and waits for the line that says where it listens. */
function spawnService(entry: string, args: string[], urlPattern: RegExp, env: Record<string, string> = {}): Promise<SpawnedService> {
  return spawnProcess(join('node_modules', '.bin', 'tsx'), [entry, ...args], urlPattern, { env })
}

/** Runs a command and waits for the first URL matching the pattern on its standard output. */
async function spawnProcess(command: string, args: string[], urlPattern: RegExp, options: SpawnOptions = {}): Promise<SpawnedService> {
  const child: ChildProcess = spawn(command, args, {
    env: options.exactEnv ?? { ...process.env, ...options.env },
    cwd: options.cwd,
    detached: options.group ?? false,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const what = [command, ...args].join(' ')
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const signal = (name: NodeJS.Signals): void => {
    try {
      if (options.group && child.pid) process.kill(-child.pid, name)
      else child.kill(name)
    } catch {
      // the group is already gone
    }
  }
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      signal('SIGKILL')
      reject(new Error(`${what} did not start:\n${out}\n${errors}`))
    }, options.startTimeoutMs ?? 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = urlPattern.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${out}\n${errors}`)))
  })
  return {
    url,
    errors: () => errors,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      signal('SIGTERM')
      const timer = setTimeout(() => signal('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
  }
}

const DESK_URL = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/

/**
 * `npm run desk` as a new developer runs it, in another checkout (e.g. a fresh clone), with exactly
 * the environment given. The first run there builds the renderer, hence the longer wait.
 */
export function startNpmDesk(cwd: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<SpawnedService> {
  return spawnProcess('npm', ['run', 'desk', '--', '--port', '0', '--data-dir', dataDir], DESK_URL, {
    cwd,
    exactEnv: env,
    startTimeoutMs: 180_000,
    group: true
  })
}

/**
 * Starts `npm run desk`'s host with a fresh data folder, the way an agent would. `prepare` may put
 * files in the folder first (e.g. a damaged settings.json).
 */
export async function startDesk(
  env: Record<string, string> = {},
  args: string[] = [],
  prepare?: (dataDir: string) => void
): Promise<RunningDesk & { stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-e2e-'))
  prepare?.(dataDir)
  const host = await spawnService(
    'src/main/host/cli.ts',
    ['--port', '0', '--data-dir', dataDir, '--no-build', ...args],
    DESK_URL,
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

/** `test` whose `desk` is started with these environment variables (e.g. a Sandbox control token). */
export function testWithDesk(env: Record<string, string>) {
  return base.extend<{ desk: RunningDesk }>({
    // eslint-disable-next-line no-empty-pattern
    desk: async ({}, use) => {
      const desk = await startDesk(env)
      await use(desk)
      await desk.stop()
    }
  })
}

export const test = testWithDesk({})

export { expect }
