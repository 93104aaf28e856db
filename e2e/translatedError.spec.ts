import { createServer } from 'node:net'
import { expect, test } from '@playwright/test'
import { startDesk } from './fixtures'

/**
 * An agent reading Chinese reads the problem in Chinese too: main sends every error with its
 * sentence's key and fills beside the English, and the window shows it in the desk's language.
 * Here: Test connection of a Test account whose host refuses the connection.
 *
 * Test keys go to the OS keychain, so the desk host needs a Secret Service: run Playwright
 * inside scripts/with-secret-service.sh.
 */
const hasSecretService = process.env.FR24_SECRET_SERVICE === '1'
const SKIP_REASON =
  'no Secret Service in this session (FR24_SECRET_SERVICE unset): the desk cannot keep Test keys without a keychain. ' +
  'Run `scripts/with-secret-service.sh npx playwright test e2e/translatedError.spec.ts`.'
if (!hasSecretService) console.warn(`[translated error e2e] SKIPPING: ${SKIP_REASON}`)

/** A local port nothing listens on (taken, then let go), so a connection to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise((resolve) => server.close(resolve))
  return port
}

test.describe('errors in the agent’s language', () => {
  test.skip(!hasSecretService, SKIP_REASON)

  let desk: Awaited<ReturnType<typeof startDesk>>

  test.beforeAll(async () => {
    desk = await startDesk({ FR24_DESK_TEST_BASE_URL: `http://127.0.0.1:${await closedPort()}` })
  })

  test.afterAll(async () => {
    await desk?.stop()
  })

  test('Test connection against an unreachable host says so in Chinese, with the English kept for support', async ({ page }) => {
    await desk.open(page)
    await page.evaluate(async () => {
      const desk = window.desk!
      await desk.setPreferences({ language: 'zh-CN', theme: 'system' })
      await desk.saveProfile({ name: 'Agency Test', environment: 'test', appKey: 'unreachable-agency-key-0001', appSecret: 'unreachable-secret-0001', aesKey: 'unreachAesKey123' })
    })
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

    await page.getByRole('link', { name: '设置' }).click()
    const accounts = page.getByRole('region', { name: '账户' })
    const row = accounts.getByRole('listitem', { name: 'Agency Test' })
    await row.getByRole('button', { name: '测试连接' }).click()

    const alert = row.getByRole('alert')
    await expect(alert.locator('.notice-message')).toHaveText('余额查询无法连接 FR24：连接被拒绝。')
    await expect(alert).toContainText('请约 10 分钟后重试；如反复出现请联系 FR24。')
    await expect(alert).not.toContainText('Could not connect')

    // The answer itself carries both: the key the window translated and the English fallback.
    const answer = await page.evaluate(async () => {
      const desk = window.desk!
      const list = await desk.listProfiles()
      const id = list.ok ? list.value.profiles.find((profile) => profile.name === 'Agency Test')?.id : undefined
      return id ? desk.testConnection({ id }) : undefined
    })
    expect(answer).toMatchObject({
      ok: false,
      error: {
        kind: 'network',
        code: 'CONNECTION_REFUSED',
        messageKey: 'fr24.failure.refused',
        params: { operation: { key: 'fr24.operation.selectBalance' } },
        message: 'Could not connect to FR24 for the balance check: the connection was refused.'
      }
    })
  })
})
