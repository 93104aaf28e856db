import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, startDesk, test } from './fixtures'
import { day, sandboxControl } from './steps/booking'

/**
 * Flexible dates as an agent uses them, against the browser host and its embedded Sandbox: a one-way
 * SIN → HKG search on ±3 days fills a price strip day by day (never more than 2 searches at FR24 at
 * once), another day's offers open from the strip by mouse and by arrow key (axe: no serious or
 * critical problem), every day's offers open in full once all 7 are in, and Escape stops the days still to come. FR24 is held back by the Sandbox's latency fault so the states can be read.
 */

const CONTROL_TOKEN = 'e2e-flex-control-token'
const control = sandboxControl(CONTROL_TOKEN)

async function flexibleOneWay(page: Page) {
  await page.getByRole('radio', { name: 'Round trip' }).check()
  const flexible = page.getByRole('checkbox', { name: 'Flexible dates (±3 days)' })
  // Only for one way: the form says why it is off for the other trip types.
  await expect(flexible).toBeDisabled()
  await expect(page.getByText('Flexible dates are for One way searches.')).toBeVisible()
  await page.getByRole('radio', { name: 'One way' }).check()
  await expect(flexible).toBeEnabled()
  await expect(page.getByText('Sends up to 7 searches to FR24')).toBeVisible()
  await flexible.check()
  await page.getByRole('combobox', { name: 'From', exact: true }).fill('SIN')
  await page.getByRole('combobox', { name: 'To', exact: true }).fill('HKG')
  await page.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(30))
  await page.getByRole('button', { name: 'Search', exact: true }).click()
}

const strip = (page: Page) => page.getByRole('radiogroup', { name: 'Cheapest price by day' })
const days = (page: Page) => strip(page).getByRole('radio')
const inState = (page: Page, state: string) => strip(page).locator(`[data-day-state="${state}"]`)
const priceOf = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''))

test('a flexible one-way search fills 7 days, 2 at a time, and each day opens its own offers', async ({ page }) => {
  test.setTimeout(120_000)
  const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
  try {
    await desk.open(page)
    // The first two day searches are held by FR24; the other five must wait for them.
    await control(page, 'fault', { op: 'shopping', kind: 'latency', latencyMs: 8_000, count: 2 })
    await flexibleOneWay(page)

    await expect(days(page)).toHaveCount(7)
    await expect(strip(page)).toHaveAttribute('aria-busy', 'true')
    await expect(inState(page, 'running')).toHaveCount(2)
    await expect(inState(page, 'queued')).toHaveCount(5)
    // The chosen day (the middle one) is selected and searched first.
    await expect(days(page).nth(3)).toHaveAttribute('aria-checked', 'true')
    await expect(days(page).nth(3)).toHaveAttribute('data-day-state', 'running')

    await expect(inState(page, 'done')).toHaveCount(7, { timeout: 60_000 })
    await expect(strip(page)).toHaveAttribute('aria-busy', 'false')
    await expect(page.getByText('7 of 7 days in')).toBeVisible()
    for (const cell of await days(page).all()) expect(priceOf(await cell.locator('.flex-day-price').textContent())).toBeGreaterThan(0)

    // The chosen day's offers are in the grid, cheapest first: the strip's price is the first row's.
    const grid = page.getByRole('grid', { name: 'Offers' })
    const checkDay = async (index: number) => {
      const cell = days(page).nth(index)
      await expect(cell).toHaveAttribute('aria-checked', 'true')
      const label = await cell.locator('.flex-day-date').textContent()
      const firstRow = grid.locator('[aria-rowindex="1"]')
      await expect(firstRow).toContainText(label!)
      expect(priceOf(await firstRow.locator('.price-total').textContent())).toBe(priceOf(await cell.locator('.flex-day-price').textContent()))
    }
    await expect(grid).toBeVisible()
    await checkDay(3)

    // Another day by mouse, then by arrow key from the strip.
    await days(page).nth(5).click()
    await checkDay(5)
    await page.keyboard.press('ArrowLeft')
    await expect(days(page).nth(4)).toBeFocused()
    await checkDay(4)

    const scan = await new AxeBuilder({ page }).include('.search-screen').analyze()
    expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])

    // Every day's offers still open in full once all 7 are in (main keeps every day's answer, not only the last few).
    for (let index = 0; index < 7; index++) {
      await days(page).nth(index).click()
      await checkDay(index)
      await grid.locator('[aria-rowindex="1"]').click()
      const detail = page.getByRole('region', { name: /SIN–HKG/ })
      await expect(detail.getByRole('heading', { name: 'Fare rules' })).toBeVisible()
      await expect(page.getByText(/search again/i)).toHaveCount(0)
      await page.keyboard.press('Escape')
      await expect(detail).toBeHidden()
    }
  } finally {
    await desk.stop()
  }
})

test('Escape stops every day search still to come; a new plain search leaves the strip', async ({ page }) => {
  test.setTimeout(90_000)
  const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
  try {
    await desk.open(page)
    await control(page, 'fault', { op: 'shopping', kind: 'latency', latencyMs: 60_000, count: 7 })
    await flexibleOneWay(page)
    await expect(inState(page, 'running')).toHaveCount(2)
    await expect(page.getByRole('button', { name: 'Stop all searches' })).toBeVisible()

    await page.getByRole('heading', { level: 1 }).click()
    await page.keyboard.press('Escape')
    await expect(inState(page, 'cancelled')).toHaveCount(7)
    await expect(strip(page)).toHaveAttribute('aria-busy', 'false')
    await expect(page.getByRole('button', { name: 'Stop all searches' })).toBeHidden()
    await expect(page.getByText(/The search for .* was stopped before FR24 answered\./)).toBeVisible()

    await control(page, 'clearFaults', {})
    await page.getByRole('checkbox', { name: 'Flexible dates (±3 days)' }).uncheck()
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page.getByRole('grid', { name: 'Offers' })).toBeVisible({ timeout: 30_000 })
    await expect(strip(page)).toBeHidden()
  } finally {
    await desk.stop()
  }
})
