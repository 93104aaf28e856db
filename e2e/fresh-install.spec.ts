import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import { expect, startNpmDesk, test } from './fixtures'

const run = promisify(execFile)

/**
 * A new developer's machine with Node and npm only: `npm ci` in a fresh clone, where the system
 * keychain module cannot be built (no libsecret for pkg-config, no Node headers configured, no
 * prebuilt binary), must still succeed, and `npm run desk` must serve a desk that comes up ready
 * on the Sandbox account with its balance.
 */
test('a fresh clone without the keychain module installs and serves a ready desk with the Sandbox balance', async ({ page }) => {
  test.setTimeout(420_000)
  const scratch = mkdtempSync(join(tmpdir(), 'fr24-fresh-clone-'))
  const clone = join(scratch, 'clone')
  const empty = join(scratch, 'empty')
  mkdirSync(empty)
  writeFileSync(join(scratch, 'npmrc'), '')

  // This process's environment without what npm or this checkout added (npm_config_nodedir from a
  // user .npmrc, node_modules/.bin on PATH), and with libsecret hidden from pkg-config.
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value
  Object.assign(env, {
    PATH: (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter),
    PKG_CONFIG_PATH: empty,
    PKG_CONFIG_LIBDIR: empty,
    npm_config_userconfig: join(scratch, 'npmrc'),
    // The machine this stands for cannot fetch keytar's prebuilt binary: don't try (nor wait for) it.
    npm_config_build_from_source: 'true',
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1'
  })
  let desk: Awaited<ReturnType<typeof startNpmDesk>> | undefined
  try {
    const pkgConfig = spawnSync('pkg-config', ['--exists', 'libsecret-1'], { env })
    expect(pkgConfig.status, 'libsecret-1 must be hidden from pkg-config').not.toBe(0)

    await run('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), clone])
    const install = await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: clone, env, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`npm ci failed in the fresh clone: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`)
      }
    )
    expect(install.stdout).toMatch(/added \d+ packages/)
    // npm dropped the optional module whose build failed: this really is a desk without it.
    expect(existsSync(join(clone, 'node_modules', 'keytar'))).toBe(false)

    desk = await startNpmDesk(clone, join(scratch, 'data'), env)
    await page.goto(desk.url)
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
    await expect(page.getByRole('status', { name: 'Account' })).toHaveText('Sandbox')
    await expect(page.getByRole('status', { name: 'Balance' })).toContainText('CNY 50,000.00')
  } finally {
    await desk?.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
})
