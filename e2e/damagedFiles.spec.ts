import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, startDesk, test } from './fixtures'

/**
 * A damaged file in the data folder never stops the desk and is never lost in silence:
 * the desk starts, keeps the file aside, and the agent reads what happened on screen.
 */
const BROKEN_SETTINGS = '{"profiles": {"version": 1, "activeId": "p_test1", "profiles": [{"id": "p_test1", "name": "Beij'

test('a broken settings.json is kept aside and the agent is told, in a notice they can dismiss from the keyboard', async ({ page }) => {
  const desk = await startDesk({}, [], (dataDir) => writeFileSync(join(dataDir, 'settings.json'), BROKEN_SETTINGS))
  try {
    await desk.open(page)
    const aside = readdirSync(desk.dataDir).find((name) => name.startsWith('settings.json.damaged-'))
    expect(aside).toBeDefined()
    expect(readFileSync(join(desk.dataDir, aside!), 'utf8')).toBe(BROKEN_SETTINGS)

    const notice = page.getByRole('alert').filter({ hasText: 'The settings file could not be read' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(join(desk.dataDir, aside!))
    // The desk is usable: the Sandbox account is there.
    await expect(page.getByRole('status', { name: 'Account' })).toHaveText('Sandbox')

    const dismiss = page.getByRole('button', { name: 'Dismiss: settings file set aside' })
    await dismiss.focus()
    await page.keyboard.press('Enter')
    await expect(notice).toHaveCount(0)
    // Dismissed in main, not only on this page: a reload does not bring it back.
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
    await expect(page.getByTestId('startup-notice')).toHaveCount(0)
  } finally {
    await desk.stop()
  }
})

test('a journal with a garbage header is set aside, the desk starts and shows the Sandbox balance, and says so in Chinese too', async ({ page }) => {
  const desk = await startDesk({}, [], (dataDir) => {
    writeFileSync(join(dataDir, 'journal.sqlite'), 'not a database at all '.repeat(200))
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ preferences: { language: 'zh-CN', theme: 'system' } }))
  })
  try {
    await desk.open(page)
    const aside = readdirSync(desk.dataDir).find((name) => /^journal\.sqlite\.corrupted-\d{8}T\d{6}Z$/.test(name))
    expect(aside).toBeDefined()
    expect(existsSync(join(desk.dataDir, 'journal.sqlite'))).toBe(true)

    const notice = page.getByTestId('startup-notice')
    await expect(notice).toHaveAttribute('data-kind', 'journal-set-aside')
    await expect(notice).toHaveAttribute('role', 'alert')
    await expect(notice).toContainText('付款和余额记录日志已损坏')
    await expect(notice).toContainText(join(desk.dataDir, aside!))
    await expect(page.getByTestId('balance-indicator-amount')).toContainText(/50,?000/)
  } finally {
    await desk.stop()
  }
})
