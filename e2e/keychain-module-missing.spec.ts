import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startDesk } from './fixtures'

/**
 * A desk whose keychain module is not installed (keytar could not be built on this machine):
 * the browser host is started with FR24_DESK_KEYCHAIN_MODULE=absent, so its vault loads a module
 * that is not there, and Node answers exactly as on such a machine. The Sandbox works; Settings
 * says in one sentence what Test and Production accounts need; adding one is refused and leaves
 * nothing behind in the data folder.
 */
const SENTENCE_EN =
  'Test and Production accounts need the system keychain module, which is not installed here: on Debian or Ubuntu install libsecret-1-dev and build-essential, then run npm ci again (the Windows and macOS apps include it).'
const SENTENCE_ZH =
  '测试和生产账户需要系统钥匙串模块，但此处未安装：在 Debian 或 Ubuntu 上请安装 libsecret-1-dev 和 build-essential，然后重新运行 npm ci（Windows 和 macOS 版应用已自带该模块）。'
const KEYS = { appKey: 'module-missing-key-0001', appSecret: 'module-missing-secret-0001', aesKey: 'mmAesKey12345678' }

/** Every file under a folder, as one string (settings, journal, logs, sandbox state). */
function readAllFiles(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n')
}

test('without the keychain module the Sandbox works, Settings says what is needed in one sentence, and no account is kept', async ({ page }) => {
  const desk = await startDesk({ FR24_DESK_KEYCHAIN_MODULE: 'absent' })
  try {
    await desk.open(page)
    await expect(page.getByRole('status', { name: 'Balance' })).toContainText('CNY 50,000.00')

    await page.getByRole('link', { name: 'Settings' }).click()
    const accounts = page.getByRole('region', { name: 'Accounts' })
    const notice = accounts.getByRole('alert')
    await expect(notice).toHaveText(SENTENCE_EN)
    await expect(accounts.getByRole('listitem', { name: 'Sandbox' })).toHaveAttribute('aria-current', 'true')
    await expect(accounts.getByRole('button', { name: 'Add account' })).toBeDisabled()

    // Asked directly (as a stale window could), the desk refuses with the same sentence and keeps nothing.
    const refused = await page.evaluate(
      (keys) => window.desk!.saveProfile({ name: 'Agency Test', environment: 'test', ...keys }),
      KEYS
    )
    expect(refused).toEqual({
      ok: false,
      error: { kind: 'auth', message: SENTENCE_EN, messageKey: 'keychain.moduleMissing', params: {}, action: 'unlock-keychain' }
    })
    const list = await page.evaluate(() => window.desk!.listProfiles())
    expect(list.ok && list.value.profiles.map((profile) => profile.id)).toEqual(['sandbox'])
    const onDisk = readAllFiles(desk.dataDir)
    for (const text of ['Agency Test', ...Object.values(KEYS)]) expect(onDisk).not.toContain(text)

    await page.evaluate(() => window.desk!.setPreferences({ language: 'zh-CN', theme: 'system' }))
    await expect(page.getByRole('alert').filter({ hasText: SENTENCE_ZH })).toHaveText(SENTENCE_ZH)
  } finally {
    await desk.stop()
  }
})
