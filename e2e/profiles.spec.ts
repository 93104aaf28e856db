import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { startDesk, startStandaloneSandbox } from './fixtures'

/**
 * Settings → Accounts, as an agent uses it: add a Test account with keys FR24
 * does not know, see FR24's refusal with its code and trace id, go back to the
 * Sandbox. The real Test host is not reachable here, so the desk is started with
 * FR24_DESK_TEST_BASE_URL pointing its Test environment at a standalone sandbox.
 *
 * Test and Production keys go to the OS keychain, so the desk host needs a Secret
 * Service: run Playwright inside scripts/with-secret-service.sh.
 */
const hasSecretService = process.env.FR24_SECRET_SERVICE === '1'
const SKIP_REASON =
  'no Secret Service in this session (FR24_SECRET_SERVICE unset): the desk cannot keep Test keys without a keychain. ' +
  'Run `scripts/with-secret-service.sh npx playwright test e2e/profiles.spec.ts`.'
if (!hasSecretService) console.warn(`[profiles e2e] SKIPPING: ${SKIP_REASON}`)

const BOGUS = { appKey: 'bogus-agency-key-0001', appSecret: 'bogus-secret-never-shown', aesKey: 'bogusAesKey12345' }

/** Every file under a folder, as one string (settings, journal, logs, sandbox state). */
function readAllFiles(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n')
}

async function openAccounts(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Settings' }).click()
  const accounts = page.getByRole('region', { name: 'Accounts' })
  await expect(accounts.getByRole('list', { name: 'Accounts' })).toBeVisible()
  return accounts
}

test.describe('account profiles', () => {
  test.skip(!hasSecretService, SKIP_REASON)
  test.describe.configure({ mode: 'serial' })

  let sandbox: Awaited<ReturnType<typeof startStandaloneSandbox>>
  let desk: Awaited<ReturnType<typeof startDesk>>

  test.beforeAll(async () => {
    sandbox = await startStandaloneSandbox()
    desk = await startDesk({ FR24_DESK_TEST_BASE_URL: sandbox.url })
  })

  test.afterAll(async () => {
    await desk?.stop()
    await sandbox?.stop()
  })

  test('a Test account with bogus keys shows FR24\'s error with its code; the Sandbox comes back', async ({ page }) => {
    await desk.open(page)
    const accounts = await openAccounts(page)

    const sandboxRow = accounts.getByRole('listitem', { name: 'Sandbox' })
    await expect(sandboxRow).toHaveAttribute('aria-current', 'true')
    await expect(sandboxRow.getByRole('button', { name: 'Delete' })).toHaveCount(0)

    await accounts.getByRole('button', { name: 'Add account' }).click()
    const form = accounts.getByRole('form', { name: 'Add an account' })
    await form.getByLabel('Name', { exact: true }).fill('Agency Test')
    await form.getByLabel('Environment').selectOption('test')
    for (const [label, value] of [
      ['appKey', BOGUS.appKey],
      ['appSecret', BOGUS.appSecret],
      ['AES key', BOGUS.aesKey]
    ] as const) {
      const input = form.getByLabel(label, { exact: true })
      await expect(input).toHaveAttribute('type', 'password')
      await input.fill(value)
    }
    await form.getByRole('button', { name: 'Save' }).click()
    await expect(accounts.getByRole('status')).toHaveText('Saved “Agency Test”.')

    const testRow = accounts.getByRole('listitem', { name: 'Agency Test' })
    await expect(testRow).toContainText('Test')
    await expect(testRow).toContainText('appKey …0001')
    await expect(testRow).toContainText(sandbox.url)

    await testRow.getByRole('button', { name: 'Use this account' }).click()
    await expect(testRow).toHaveAttribute('aria-current', 'true')
    await expect(sandboxRow).not.toHaveAttribute('aria-current', 'true')

    await testRow.getByRole('button', { name: 'Test connection' }).click()
    const refusal = testRow.getByRole('alert')
    await expect(refusal.getByTestId('error-code')).toHaveText(/^FR24 code \d{6,8}$/)
    await expect(refusal.getByTestId('error-trace')).toHaveText(/^Trace id \S+/)
    await expect(refusal).toContainText('Check the account keys in Settings → Accounts.')

    // Editing never shows the stored keys: the fields start empty and saying nothing keeps them.
    await testRow.getByRole('button', { name: 'Edit' }).click()
    const edit = accounts.getByRole('form', { name: 'Edit “Agency Test”' })
    for (const label of ['appKey', 'appSecret', 'AES key']) {
      await expect(edit.getByLabel(label, { exact: true })).toHaveValue('')
    }
    await edit.getByRole('button', { name: 'Cancel' }).click()

    await sandboxRow.getByRole('button', { name: 'Use this account' }).click()
    await expect(sandboxRow).toHaveAttribute('aria-current', 'true')
    await expect(testRow).not.toHaveAttribute('aria-current', 'true')

    // The Sandbox answers with its own generated keys.
    await sandboxRow.getByRole('button', { name: 'Test connection' }).click()
    await expect(sandboxRow.getByRole('status')).toContainText(/^Connected\. Balance CNY [\d,]+\.\d\d · credit limit CNY /)

    // Nothing the agent typed as a secret ever came back to the page.
    // Canary: the secrets are nowhere the renderer or the data folder can see — page, storage,
    // any contract answer, settings, journal, logs.
    const rendererSide = await page.evaluate(async () => {
      const desk = window.desk!
      const answers = await Promise.all([desk.listProfiles(), desk.diagnostics(), desk.getBalance(), desk.appInfo()])
      return JSON.stringify({
        html: document.documentElement.outerHTML,
        local: { ...localStorage },
        session: { ...sessionStorage },
        answers
      })
    })
    const onDisk = readAllFiles(desk.dataDir)
    for (const secret of [BOGUS.appSecret, BOGUS.aesKey]) {
      expect(rendererSide).not.toContain(secret)
      expect(onDisk).not.toContain(secret)
    }
    expect(onDisk).toContain('Agency Test')
  })

  test('Production is marked and switching to it asks first; deleting asks too', async ({ page }) => {
    await desk.open(page)
    const accounts = await openAccounts(page)

    await accounts.getByRole('button', { name: 'Add account' }).click()
    const form = accounts.getByRole('form', { name: 'Add an account' })
    await form.getByLabel('Name', { exact: true }).fill('Agency Live')
    await form.getByLabel('Environment').selectOption('production')
    await expect(form).toContainText('Production: bookings and payments on this account are real money.')
    await form.getByLabel('appKey', { exact: true }).fill('live-agency-key-0002')
    await form.getByLabel('appSecret', { exact: true }).fill('live-secret-never-shown')
    await form.getByLabel('AES key', { exact: true }).fill('liveAesKey123456')
    await form.getByRole('button', { name: 'Save Production account' }).click()

    const liveRow = accounts.getByRole('listitem', { name: 'Agency Live' })
    await expect(liveRow).toContainText('Production')
    await expect(liveRow).toContainText('https://flight.flightroutes24.com')
    await expect(liveRow).toHaveClass(/profile-production/)

    await liveRow.getByRole('button', { name: 'Use this account' }).click()
    const confirm = liveRow.getByRole('group')
    await expect(confirm).toContainText('Switch to “Agency Live” on Production? Bookings and payments will be real money.')
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(liveRow).not.toHaveAttribute('aria-current', 'true')

    await liveRow.getByRole('button', { name: 'Delete' }).click()
    await expect(liveRow.getByRole('group')).toContainText('Delete “Agency Live”? Its keys are removed from the keychain.')
    await liveRow.getByRole('button', { name: 'Delete account' }).click()
    await expect(liveRow).toHaveCount(0)
  })

  test('confirmations take focus, Escape cancels back to the button, Enter confirms', async ({ page }) => {
    await desk.open(page)
    const accounts = await openAccounts(page)
    await page.evaluate(() =>
      window.desk!.saveProfile({ name: 'Agency Keys', environment: 'production', appKey: 'keys-agency-0003', appSecret: 'keys-secret', aesKey: 'keysAesKey123456' })
    )
    const row = accounts.getByRole('listitem', { name: 'Agency Keys' })

    // Switching to Production: the confirmation has focus on its button; Escape puts the agent back.
    const use = row.getByRole('button', { name: 'Use this account' })
    await use.focus()
    await page.keyboard.press('Enter')
    await expect(row.getByRole('button', { name: 'Switch to Production' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(row.getByRole('group')).toHaveCount(0)
    await expect(use).toBeFocused()
    await expect(row).not.toHaveAttribute('aria-current', 'true')

    // Deleting: Escape cancels and focus returns to Delete; the account stays.
    const remove = row.getByRole('button', { name: 'Delete', exact: true })
    await remove.focus()
    await page.keyboard.press('Enter')
    const deleteAccount = row.getByRole('button', { name: 'Delete account' })
    await expect(deleteAccount).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(row.getByRole('group')).toHaveCount(0)
    await expect(remove).toBeFocused()
    await expect(row).toBeVisible()

    // Enter on the confirmation deletes; focus lands on "Add account", not on nothing.
    await page.keyboard.press('Enter')
    await expect(deleteAccount).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(row).toHaveCount(0)
    await expect(accounts.getByRole('button', { name: 'Add account' })).toBeFocused()
  })

  test('the account form keeps what was typed, marks each bad field and focuses the first', async ({ page }) => {
    await desk.open(page)
    const accounts = await openAccounts(page)
    const add = accounts.getByRole('button', { name: 'Add account' })
    await add.click()
    const form = accounts.getByRole('form', { name: 'Add an account' })
    const name = form.getByLabel('Name', { exact: true })
    await expect(name).toBeFocused()

    await name.fill('Agency Typed')
    await form.getByLabel('appKey', { exact: true }).fill('typed-agency-key-0004')
    await form.getByLabel('AES key', { exact: true }).fill('too-short')
    await form.getByRole('button', { name: 'Save' }).click()

    // appSecret is the first field with a problem: it has focus and says what is wrong.
    const secret = form.getByLabel('appSecret', { exact: true })
    await expect(secret).toBeFocused()
    await expect(secret).toHaveAttribute('aria-invalid', 'true')
    await expect(secret).toHaveAccessibleDescription('Enter the appSecret (up to 256 characters, no line breaks).')
    const aes = form.getByLabel('AES key', { exact: true })
    await expect(aes).toHaveAttribute('aria-invalid', 'true')
    await expect(aes).toHaveAccessibleDescription(/The AES key must be exactly 16 bytes/)
    // Nothing typed was lost.
    await expect(name).toHaveValue('Agency Typed')
    await expect(form.getByLabel('appKey', { exact: true })).toHaveValue('typed-agency-key-0004')
    await expect(aes).toHaveValue('too-short')
    await expect(name).not.toHaveAttribute('aria-invalid', 'true')

    // Cancel closes the form and focus goes back to the button that opened it.
    await form.getByRole('button', { name: 'Cancel' }).click()
    await expect(form).toHaveCount(0)
    await expect(add).toBeFocused()
  })
})
