import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

test('the desk opens ready on the Sandbox account', async ({ page, desk }) => {
  await desk.open(page)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(page.getByRole('status', { name: 'Account' })).toHaveText('Sandbox')
  for (const name of ['Search', 'Orders', 'Balance', 'Settings']) {
    await expect(page.getByRole('link', { name })).toBeVisible()
  }
  const readyMs = Number(await page.locator('html').getAttribute('data-ready-ms'))
  expect(readyMs).toBeGreaterThan(0)
})

test('keyboard moves between screens', async ({ page, desk }) => {
  await desk.open(page)
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page')
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
})

test('a screen opened from the keyboard takes focus, so Tab continues inside it', async ({ page, desk }) => {
  await desk.open(page)
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('heading', { level: 1, name: 'Balance' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Refresh now' })).toBeFocused()
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Test connection' })).toBeFocused()
})

test('language and theme switch, and main keeps them across a reload', async ({ page, desk }) => {
  await desk.open(page)
  await page.getByRole('link', { name: 'Settings' }).click()

  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByLabel('Theme').selectOption('light')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  await page.getByLabel('Language').selectOption('zh-CN')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('link', { name: '设置' })).toBeVisible()
  await expect(page.getByRole('status', { name: '账户' })).toHaveText('沙盒')

  // The preference was stored by the main-process service, not the page: a reload keeps it.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.getByRole('link', { name: '设置' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
})

test('window.desk calls run in the main-process services and refuse bad input', async ({ page, desk }) => {
  await desk.open(page)
  const info = await page.evaluate(() => window.desk!.appInfo())
  expect(info).toMatchObject({ ok: true, value: { name: 'FR24 Desk', shell: 'browser-host' } })

  const refused = await page.evaluate(() =>
    (window.desk!.setPreferences as (r: unknown) => Promise<unknown>)({ language: 'en', theme: 'neon' })
  )
  expect(refused).toMatchObject({ ok: false, error: { kind: 'validation' } })

  const exposed = await page.evaluate(() => Object.keys(window.desk!).sort())
  expect(exposed).toContain('appInfo')
  expect(exposed).toContain('onPreferencesChanged')
  expect(exposed).not.toContain('invoke')
})

test('the host refuses calls without the launch token', async ({ request, desk }) => {
  const base = desk.openUrl.replace(/\/\?token=.*/, '')
  const response = await request.post(`${base}/api/call/appInfo`, { data: {} })
  expect(response.status()).toBe(401)
})

test('Settings → Diagnostics lists FR24 calls with trace ids, and the Sandbox resets', async ({ page, desk }) => {
  await desk.open(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const calls = page.getByRole('table', { name: 'Recent FR24 calls' })
  await page.getByRole('button', { name: 'Reload' }).click()
  await expect(calls.getByRole('cell', { name: 'selectBalance' }).first()).toBeVisible()
  await expect(calls.getByRole('button', { name: /^balance_NEWAPI\d+$/ }).first()).toBeVisible()
  await expect(page.getByTestId('drift-total')).toContainText('0 answer fields differed')
  // Which build this is: the version from package.json and the date the bundle was built.
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
  await expect(page.getByTestId('build')).toHaveText(new RegExp(`^FR24 Desk ${version.replace(/\./g, '\\.')}, built \\w{3} \\d{1,2}, \\d{4}`))

  await page.getByRole('button', { name: 'Reset the Sandbox…' }).click()
  await page.getByRole('button', { name: 'Reset it' }).click()
  await expect(page.getByText('The Sandbox was reset.')).toBeVisible()
})

test('resetting the Sandbox from the keyboard: the question takes focus, Escape keeps it, Enter resets', async ({ page, desk }) => {
  await desk.open(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const reset = page.getByRole('button', { name: 'Reset the Sandbox…' })
  await reset.focus()
  await page.keyboard.press('Enter')
  const question = page.getByRole('group', { name: 'Remove every Sandbox order and restore the opening balance?' })
  await expect(question.getByRole('button', { name: 'Reset it' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(question).toHaveCount(0)
  await expect(reset).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(question.getByRole('button', { name: 'Reset it' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'The Sandbox was reset.' })).toBeVisible()
  await expect(reset).toBeFocused()
})
