import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RunningDesk {
  /** The URL with the per-launch token, as the host printed it. */
  openUrl: string
  dataDir: string
  /** Opens the desk and waits until it says it is ready. */
  open(page: Page): Promise<void>
}

/** Starts `npm run desk`'s host with a fresh data folder, the way an agent would. */
export async function startDesk(env: Record<string, string> = {}): Promise<RunningDesk & { stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fr24-desk-e2e-'))
  const child: ChildProcess = spawn(
    join('node_modules', '.bin', 'tsx'),
    ['src/main/host/cli.ts', '--port', '0', '--data-dir', dataDir, '--no-build'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const openUrl = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`the desk host did not start:\n${errors}`)), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`the desk host exited (${code}):\n${errors}`)))
  })
  return {
    openUrl,
    dataDir,
    open: async (page) => {
      await page.goto(openUrl)
      await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
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
