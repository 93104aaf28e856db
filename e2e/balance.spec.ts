import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createFr24Client, type Fr24Client } from '../src/main/fr24'
import { startDesk, type RunningDesk } from './fixtures'

/**
 * The balance desk as an agent sees it, in Chromium against the browser host with the
 * embedded Sandbox behind it: the header shows the balance, the Balance screen's
 * thresholds turn it Low after enough purchases, and every reading after a payment
 * adds a point to the history chart.
 *
 * The desk's own booking flow is not built yet, so the purchases are made straight at
 * the desk's Sandbox with the FR24 client and the Sandbox keys — to the desk that is
 * money spent elsewhere (as on the FR24 portal), which the screen also points out.
 */
const CONTROL_TOKEN = 'e2e-balance-control-token'
const CONTACT = { agentName: 'DESK/AGENT', agentEmail: 'desk@example.com', mobile: '13800000000', areaCode: '86' }

interface SandboxAccess {
  client: Fr24Client
  control(op: string, params?: Record<string, unknown>): Promise<unknown>
}

/** The desk's Sandbox: its URL from listProfiles, its keys from the desk's settings file. */
async function sandboxOf(page: Page, desk: RunningDesk): Promise<SandboxAccess> {
  const list = await page.evaluate(() => window.desk!.listProfiles())
  if (!list.ok) throw new Error(`listProfiles failed: ${list.error.message}`)
  const baseUrl = list.value.profiles.find((p) => p.id === 'sandbox')?.baseUrl
  if (!baseUrl) throw new Error('the Sandbox has no base URL')
  const settings = JSON.parse(readFileSync(join(desk.dataDir, 'settings.json'), 'utf8')) as {
    profiles: { sandbox: { appKey: string; appSecret: string; aesKey: string } }
  }
  const keys = settings.profiles.sandbox
  return {
    client: createFr24Client({ baseUrl, credentials: async () => keys, clock: { now: () => Date.now() } }),
    control: async (op, params = {}) => {
      const response = await fetch(`${baseUrl}/__control/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-control-token': CONTROL_TOKEN },
        body: JSON.stringify(params)
      })
      if (!response.ok) throw new Error(`sandbox control ${op}: HTTP ${response.status} ${await response.text()}`)
      return response.json()
    }
  }
}

/** Search, price, book and pay one adult; answers what was paid. */
async function buyTicket(client: Fr24Client, n: number): Promise<string> {
  const depDate = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10)
  const shop = await client.shopping({ searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate }], adultNum: 1, preferences: { cabin: 'Y' } })
  const offer = shop.data.offers[n % shop.data.offers.length]!
  const priced = (await client.pricing({ offerId: offer.offerId, adultNum: 1 })).data.offer[0]!
  const passenger = {
    paxId: 1,
    name: `TRAVELLER/BUYER${String.fromCharCode(65 + n)}`,
    paxType: 'ADT',
    birthday: '1985-06-15',
    gender: 'M',
    cardNum: `E${String(n + 1).padStart(8, '0')}`,
    cardType: 'PP',
    cardIssuedPlace: 'CN',
    cardExpiryDate: '2032-12-31',
    nationality: 'CN'
  } as const
  const order = (await client.booking({ offerId: priced.offerId, partnerOrderNo: `E2E-${n}`, passengers: [passenger], agentContact: CONTACT })).data
  await client.ticketing({ orderNo: order.orderNo, currency: order.currency, totalPrice: order.totalPrice })
  return order.totalPrice
}

test('the header shows the balance, turns Low after purchases, and the history gains a point per payment', async ({ page }) => {
  test.setTimeout(120_000)
  const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
  try {
    await desk.open(page)
    const indicator = page.getByRole('status', { name: 'Balance' })
    await expect(indicator).toContainText('CNY 50,000.00')
    await expect(indicator).toContainText('OK')
    await expect(indicator).toHaveAttribute('data-level', 'ok')

    const sandbox = await sandboxOf(page, desk)
    await sandbox.control('setSettings', { priceChangeRate: 0, noSeatsRate: 0 })

    // The header opens the Balance screen: the figures and "available to spend", explained.
    await indicator.getByRole('button').click()
    await expect(page.getByRole('heading', { level: 1, name: 'Balance' })).toBeVisible()
    await expect(page.getByTestId('available-to-spend')).toHaveText('CNY 50,000.00')
    await expect(page.getByTestId('figure-balance')).toHaveText('CNY 50,000.00')
    await expect(page.getByText(/Balance \+ available credit − payments this desk has sent/)).toBeVisible()

    // Warn at 45,000 and below.
    await page.getByLabel(/^Low at or below/).fill('45000')
    await page.getByLabel(/^Critical at or below/).fill('1000')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Saved.')).toBeVisible()
    await expect(indicator).toHaveAttribute('data-level', 'ok')

    const chart = page.getByRole('img', { name: /^Balance history/ })
    await expect(chart).toBeVisible()
    const points = async () => Number(await chart.getAttribute('data-points'))

    let spent = 0
    for (let n = 0; n < 10 && (await indicator.getAttribute('data-level')) === 'ok'; n++) {
      const before = await points()
      spent += Number(await buyTicket(sandbox.client, n))
      await page.getByRole('button', { name: 'Refresh now' }).click()
      // The reading after the payment is a new point on the chart.
      await expect.poll(points).toBeGreaterThan(before)
      if (spent >= 5000) await expect(indicator).toHaveAttribute('data-level', 'low')
    }
    await expect(indicator).toHaveAttribute('data-level', 'low')
    await expect(indicator).toContainText('Low')
    expect(spent).toBeGreaterThanOrEqual(5000)

    // Those payments did not come from this desk: the screen says money moved elsewhere.
    await expect(page.getByTestId('reconcile-hints')).toBeVisible()
  } finally {
    await desk.stop()
  }
})

test('the Balance screen speaks Chinese too', async ({ page }) => {
  const desk = await startDesk()
  try {
    await desk.open(page)
    await page.evaluate(() => window.desk!.setPreferences({ language: 'zh-CN', theme: 'system' }))
    const indicator = page.getByRole('status', { name: '余额' })
    await expect(indicator).toContainText('CNY 50,000.00')
    await expect(indicator).toContainText('正常')
  } finally {
    await desk.stop()
  }
})

test('the warnings form keeps bad input, says what is wrong next to the field and focuses it', async ({ page }) => {
  const desk = await startDesk()
  try {
    await desk.open(page)
    await page.keyboard.press('Control+3')
    const low = page.getByLabel(/^Low at or below/)
    const critical = page.getByLabel(/^Critical at or below/)
    const interval = page.getByLabel('Refresh every (seconds)')
    await expect(low).toBeVisible()

    await low.fill('lots')
    await interval.fill('5')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(low).toBeFocused()
    await expect(low).toHaveAttribute('aria-invalid', 'true')
    await expect(low).toHaveAccessibleDescription('Enter an amount like 10000 or 2500.50.')
    await expect(interval).toHaveAttribute('aria-invalid', 'true')
    await expect(interval).toHaveAccessibleDescription('Enter 30 to 3600 seconds.')
    await expect(low).toHaveValue('lots')
    await expect(interval).toHaveValue('5')

    // Both amounts, but critical above low: the error is on critical.
    await low.fill('1000')
    await critical.fill('2000')
    await interval.fill('60')
    await page.keyboard.press('Enter')
    await expect(critical).toBeFocused()
    await expect(critical).toHaveAccessibleDescription('Critical must not be above low.')
    await expect(low).not.toHaveAttribute('aria-invalid', 'true')

    await critical.fill('500')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
    await expect(critical).not.toHaveAttribute('aria-invalid', 'true')
  } finally {
    await desk.stop()
  }
})

test('Refresh now says it is busy and keeps focus while the balance is read', async ({ page }) => {
  const desk = await startDesk()
  try {
    await desk.open(page)
    await page.keyboard.press('Control+3')
    const refresh = page.getByRole('button', { name: 'Refresh now' })
    await refresh.focus()
    await page.keyboard.press('Enter')
    // Whether or not the busy state is caught in between, focus never leaves the button.
    await expect(refresh).toBeFocused()
    await expect(refresh).not.toHaveAttribute('aria-busy', 'true')
    await expect(refresh).toBeEnabled()
  } finally {
    await desk.stop()
  }
})
