import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cents, centsOf, cny, fillContact, fillTraveller, pay, priceCheapestNonstop, sandboxControl, yuan } from '../steps/booking'
import { findElectronBinary } from './electronBinary'

const binary = findElectronBinary()
if (!binary.path) console.log(`[real-electron] booking skipped: ${binary.reason}`)

const CONTROL_TOKEN = 'e2e-electron-booking-control-token'
// The embedded Sandbox listens on loopback inside the app; its control API is the same HTTP one the
// browser-host specs use, switched on by the launch environment. It only makes the run deterministic
// (no random price change or sold-out offer, a short issuing time); every figure checked is read
// from the window.
const control = sandboxControl(CONTROL_TOKEN)

test.describe('booking in the real Electron app', () => {
  test.skip(!binary.path, `skipped: ${binary.reason}`)

  test('SIN → HKG one way for one adult: priced, a seat, the passenger typed, booked, paid once on a double-click, ticketed; the header balance moved by the total', async () => {
    test.setTimeout(240_000)
    const userData = mkdtempSync(join(tmpdir(), 'fr24-desk-electron-booking-'))
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['out/main/index.js', `--user-data-dir=${userData}`],
      env: { ...process.env, FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN }
    })
    try {
      const page = await app.firstWindow()
      await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0, issuanceDelayMs: 5_000 })

      // The header's "available to spend" before anything is bought (a fresh desk: the first reading).
      const header = page.getByRole('status', { name: 'Balance' }).getByTestId('balance-indicator-amount')
      await expect(header).toHaveText(/^CNY [\d,]+\.\d{2}$/, { timeout: 30_000 })
      const before = await centsOf(header)

      await priceCheapestNonstop(page, { kind: 'one way', adults: 1, children: 0 })
      const price = page.getByRole('region', { name: 'Price' })
      await expect(price.getByText('The price and conditions are the same as in the search.')).toBeVisible({ timeout: 30_000 })
      await expect(price.getByRole('rowheader', { name: 'Adult × 1' })).toBeVisible()
      await price.getByRole('button', { name: 'Continue' }).click()

      // Seats and bags: the first free seat for the adult.
      const extras = page.getByRole('region', { name: 'Seats and bags' })
      const seatMap = extras.getByRole('grid', { name: /^Seats, / })
      await expect(seatMap).toBeVisible({ timeout: 30_000 })
      await seatMap.locator('[role="gridcell"][aria-disabled="false"]').first().click()
      await expect(extras.getByRole('radio', { name: /^Adult 1: \d+[A-K]$/ })).toBeVisible()
      await extras.getByRole('button', { name: 'Continue' }).click()

      const passengers = page.getByRole('region', { name: 'Passengers' })
      await expect(passengers).toBeVisible()
      await fillTraveller(passengers.getByRole('group', { name: 'Adult 1' }), { surname: 'TAN', given: 'MEI LING', sex: 'Female', birthday: '02/04/1985', number: 'E1234567' })
      await fillContact(passengers)
      await passengers.getByRole('button', { name: 'Continue' }).click()

      const review = page.getByRole('region', { name: 'Review' })
      await expect(review.getByRole('button', { name: 'Book' })).toBeEnabled({ timeout: 20_000 })
      await expect(review).toContainText('TAN / MEI LING')
      const total = cents((await review.getByTestId('book-total').getAttribute('data-total'))!)
      expect(total).toBeGreaterThan(0)
      await review.getByRole('button', { name: 'Book' }).click()

      // The order page: the amount booked is the amount to pay, and paying takes exactly that.
      await expect(page).toHaveURL(/#\/order\/\d+$/, { timeout: 60_000 })
      await expect(page.getByLabel('Order number')).toHaveValue(/^\d+$/)
      await expect(page.getByTestId('order-amount')).toHaveText(yuan(total))
      const payRegion = page.getByRole('region', { name: 'Pay' })
      await expect(payRegion.getByTestId('pay-amount')).toHaveText(yuan(total), { timeout: 20_000 })
      expect((await centsOf(payRegion.getByTestId('available-before'))) - (await centsOf(payRegion.getByTestId('available-after')))).toBe(total)

      // A double-click on Pay pays once: ticketed, and the balance is down by one total, not two.
      await pay(page, (button) => button.dblclick())
      await expect(page.getByTestId('order-state')).toHaveText('Ticketed', { timeout: 60_000 })
      await expect(page.getByTestId('ticket-number')).toHaveCount(1)
      await expect(page.getByTestId('ticket-number')).toHaveText(/\d/)

      // A fresh reading, as the agent asks for one on the Balance screen; the header says the same.
      await page.getByRole('link', { name: 'Balance' }).click()
      await page.getByRole('button', { name: 'Refresh now' }).click()
      await expect(header).toHaveText(cny(before - total))
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
