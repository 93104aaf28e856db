import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, testWithDesk } from './fixtures'
import { PREDICTABLE_SANDBOX, sandboxControl, toSeatsAndBags } from './steps/booking'

/**
 * The seats and bags step as an agent uses it, against the browser host and its Sandbox: a priced
 * SIN → HKG round trip for two adults, a seat picked with the keyboard alone, a bag added, the total
 * moved by exactly their prices, an axe scan; and skipping the step with one Continue.
 */

/** "1,234.50" or "1234.5" → 123450: whole cents, so sums are exact. */
function cents(text: string): number {
  const [whole, fraction = ''] = text.replace(/,/g, '').split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2))
}
const priceIn = (text: string): number => cents(/CN¥([\d,]+(?:\.\d+)?)/.exec(text)?.[1] ?? 'NaN')

const CONTROL_TOKEN = 'e2e-seats-bags-control-token'
const control = sandboxControl(CONTROL_TOKEN)
const test = testWithDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })

/** The Sandbox pricing as searched, then two adults' cheapest nonstop round trip on to seats and bags. */
async function toSeatsAndBagsStep(page: Page): Promise<Locator> {
  await control(page, 'setSettings', PREDICTABLE_SANDBOX)
  return toSeatsAndBags(page, { kind: 'round trip', adults: 2, children: 0 })
}

test('a seat picked with the keyboard and a bag move the total by exactly their prices', async ({ page, desk }) => {
  test.setTimeout(120_000)
  await desk.open(page)
  const step = await toSeatsAndBagsStep(page)
  const map = step.getByRole('grid', { name: /^Seats, SIN → HKG / })
  await expect(map).toBeVisible({ timeout: 30_000 })
  const total = step.getByTestId('extras-total')
  const fare = cents((await total.getAttribute('data-total'))!)

  // Into the map with Tab-order focus, then by arrows alone to the first chargeable seat.
  await map.locator('[role="gridcell"][tabindex="0"]').focus()
  await page.keyboard.press('Control+Home')
  const focused = () => page.evaluate(() => ({ kind: document.activeElement?.getAttribute('data-kind'), label: document.activeElement?.getAttribute('aria-label') ?? '' }))
  let at = await focused()
  for (let presses = 0; at.kind !== 'paid' && presses < 400; presses++) {
    const before = at.label
    await page.keyboard.press('ArrowRight')
    at = await focused()
    if (at.label === before) {
      // The end of a row: the next row down, from its start.
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Home')
      at = await focused()
    }
  }
  expect(at.kind).toBe('paid')
  const seatNo = at.label.split(',')[0]!
  const seatPrice = priceIn(at.label)
  expect(seatPrice).toBeGreaterThan(0)
  await page.keyboard.press('Enter')
  const seat = map.getByRole('gridcell', { name: new RegExp(`^${seatNo}, .*picked for Adult 1$`) })
  await expect(seat).toHaveAttribute('aria-selected', 'true')
  await expect(seat).toBeFocused()
  await expect(step.getByRole('status').filter({ hasText: `Seat ${seatNo} picked for Adult 1.` })).toBeVisible()
  await expect.poll(async () => cents((await total.getAttribute('data-total'))!)).toBe(fare + seatPrice)

  // The same seat cannot go to the second adult.
  await step.getByRole('radio', { name: /^Adult 2/ }).check()
  await expect(map.getByRole('gridcell', { name: new RegExp(`^${seatNo}, .*not available to others$`) })).toHaveAttribute('aria-disabled', 'true')

  // A bag for the first adult on the way out.
  const adult = step.getByRole('group', { name: 'Adult 1', exact: true })
  const bag = adult.getByRole('combobox').first()
  const bagId = await bag.getAttribute('id')
  const bagPrice = priceIn((await step.locator(`label[for="${bagId}"]`).textContent()) ?? '')
  expect(bagPrice).toBeGreaterThan(0)
  await bag.selectOption('1')
  await expect.poll(async () => cents((await total.getAttribute('data-total'))!)).toBe(fare + seatPrice + bagPrice)
  await expect(total).toHaveAttribute('aria-live', 'polite')
  await expect(total).toContainText(/= total CN¥[\d,]+\.\d{2}$/)

  // The flight back is the next tab, with its own map; the arrow keys move between the tabs.
  await step.getByRole('tab', { name: /^SIN → HKG / }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(step.getByRole('tab', { name: /^HKG → SIN / })).toHaveAttribute('aria-selected', 'true')
  await expect(step.getByRole('grid', { name: /^Seats, HKG → SIN / })).toBeVisible()

  const scan = await new AxeBuilder({ page }).include('[data-testid="extras-step"]').analyze()
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])

  await step.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/#\/book\/[^/]+\/[^/]+\/passengers$/)
  await expect(page.getByRole('region', { name: 'Seats and bags' })).toHaveCount(0)
})

test('skipping seats and bags is one Continue', async ({ page, desk }) => {
  test.setTimeout(120_000)
  await desk.open(page)
  const step = await toSeatsAndBagsStep(page)
  await expect(step.getByRole('grid', { name: /^Seats, SIN → HKG / })).toBeVisible({ timeout: 30_000 })
  await step.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/#\/book\/[^/]+\/[^/]+\/passengers$/)
  await expect(page.getByRole('region', { name: 'Seats and bags' })).toHaveCount(0)
})
