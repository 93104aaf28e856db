import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, startDesk, test } from './fixtures'
import { cents, centsOf, cny, continueWithoutExtras, fillContact, fillTraveller, mrz, pay, priceCheapestNonstop, sandboxControl, yuan } from './steps/booking'

/**
 * From an offer to a ticket as an agent does it, by label, role and key, against the browser host
 * and its embedded Sandbox: a family round trip priced, a seat and a bag, three passengers (one
 * from a passport's MRZ, one mistyped field caught), booked, paid and followed to its tickets, the
 * balance moved by exactly the total; a price that changed; a price check that lapsed; a
 * double-click on Pay that pays once; an axe scan of every step.
 */

const CONTROL_TOKEN = 'e2e-booking-control-token'
const control = sandboxControl(CONTROL_TOKEN)

/** The Sandbox's cash balance as FR24 reports it (selectBalance's accountBalance), in cents. */
async function balanceCents(page: Page): Promise<number> {
  const state = (await control(page, 'state')) as { balance: { accountBalance: string } }
  return cents(state.balance.accountBalance)
}

async function serious(page: Page): Promise<string[]> {
  const scan = await new AxeBuilder({ page }).analyze()
  return scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** SIN → HKG round trip for 2 adults and a child, nonstop, cheapest first; the cheapest priced. */
const priceCheapestFamilyTrip = (page: Page) => priceCheapestNonstop(page, { kind: 'round trip', adults: 2, children: 1 })

/** The three travellers typed in: adult 1 by hand, adult 2 from an MRZ paste, the child by hand. */
async function fillPassengers(page: Page, options: { mistype?: boolean } = {}): Promise<void> {
  const region = page.getByRole('region', { name: 'Passengers' })
  await expect(region).toBeVisible()
  await fillTraveller(region.getByRole('group', { name: 'Adult 1' }), { surname: 'TAN', given: 'MEI LING', sex: 'Female', birthday: '02/04/1985', number: 'E1234567' })
  const second = region.getByRole('group', { name: 'Adult 2' })
  await second.getByLabel('Paste MRZ').fill(mrz({ surname: 'LIM', given: 'WEI JIE', number: 'K7654321', country: 'SGP', birth: '800315', sex: 'M', expiry: '331231' }))
  await expect(second.getByText('Filled from the MRZ.')).toBeVisible()
  await expect(second.getByLabel('Surname', { exact: true })).toHaveValue('LIM')
  await expect(second.getByLabel('Given names', { exact: true })).toHaveValue('WEI JIE')
  await expect(second.getByLabel('Document number', { exact: true })).toHaveValue('K7654321')
  const child = region.getByRole('group', { name: 'Child 1' })
  await fillTraveller(child, { surname: 'TAN', given: 'XIN YI', sex: 'Female', birthday: '10/08/2019', number: 'E7654321' })
  await fillContact(region)
  if (options.mistype) {
    // A child's birthday that makes them an adult: caught in the field, in words, and Continue does not go on.
    const birthday = child.getByLabel('Date of birth', { exact: true })
    await birthday.fill('10/08/1990')
    await region.getByRole('button', { name: 'Continue' }).click()
    await expect(birthday).toHaveAttribute('aria-invalid', 'true')
    await expect(child.getByText(/a child is 2 to 11/)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Review' })).toHaveCount(0)
    await birthday.fill('10/08/2019')
  }
  await region.getByRole('button', { name: 'Continue' }).click()
}

test.describe('booking an offer', () => {
  test('family round trip: priced, a seat and a bag, passengers (an MRZ, a mistyped field), booked, paid once, ticketed; the balance moved by the total', async ({ page }) => {
    test.setTimeout(240_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0, issuanceDelayMs: 8_000 })
      const before = await balanceCents(page)

      await priceCheapestFamilyTrip(page)
      const price = page.getByRole('region', { name: 'Price' })
      await expect(price.getByText('The price and conditions are the same as in the search.')).toBeVisible({ timeout: 30_000 })
      await expect(price.getByRole('rowheader', { name: 'Adult × 2' })).toBeVisible()
      await expect(price.getByRole('rowheader', { name: 'Child × 1' })).toBeVisible()
      await expect(page.getByRole('timer')).toHaveText(/^Price held for (30:0\d|29:\d\d)$/)
      expect(await serious(page)).toEqual([])
      await price.getByRole('button', { name: 'Continue' }).click()

      // Seats and bags: a seat for adult 1 on the first flight, a bag for adult 1.
      const extras = page.getByRole('region', { name: 'Seats and bags' })
      await expect(page).toHaveURL(/\/extras$/)
      const seatMap = extras.getByRole('grid', { name: /^Seats, / })
      await expect(seatMap).toBeVisible({ timeout: 30_000 })
      const fare = Number(await extras.getByTestId('extras-total').getAttribute('data-total'))
      await seatMap.locator('[role="gridcell"][aria-disabled="false"]').first().click()
      await expect(extras.getByRole('radio', { name: /^Adult 1: \d+[A-K]$/ })).toBeVisible()
      await extras.getByRole('group', { name: 'Adult 1' }).getByRole('combobox').first().selectOption('1')
      await expect.poll(async () => Number(await extras.getByTestId('extras-total').getAttribute('data-total'))).toBeGreaterThan(fare)
      expect(await serious(page)).toEqual([])
      await extras.getByRole('button', { name: 'Continue' }).click()

      await fillPassengers(page, { mistype: true })
      const review = page.getByRole('region', { name: 'Review' })
      await expect(review.getByRole('button', { name: 'Book' })).toBeEnabled({ timeout: 20_000 })
      await expect(review).toContainText('TAN / MEI LING')
      await expect(review).toContainText('LIM / WEI JIE')
      const total = (await review.getByTestId('book-total').getAttribute('data-total'))!
      expect(Number(total)).toBeGreaterThan(fare)
      expect(await serious(page)).toEqual([])
      await review.getByRole('button', { name: 'Book' }).click()

      // The order page: number, amount booked, the deadline counting down, Pay.
      await expect(page).toHaveURL(/#\/order\/\d+$/, { timeout: 60_000 })
      const orderNo = await page.getByLabel('Order number').inputValue()
      expect(orderNo).toMatch(/^\d+$/)
      await expect(page.getByTestId('order-amount')).toHaveText(yuan(cents(total)))
      await expect(page.getByTestId('pay-deadline-left')).toHaveText(/left to pay$/)
      const payRegion = page.getByRole('region', { name: 'Pay' })
      await expect(payRegion.getByTestId('pay-amount')).toHaveText(yuan(cents(total)), { timeout: 20_000 })
      // Available to spend before and after: apart by exactly the amount.
      expect((await centsOf(payRegion.getByTestId('available-before'))) - (await centsOf(payRegion.getByTestId('available-after')))).toBe(cents(total))
      expect(await serious(page)).toEqual([])

      // A double-click on Pay pays once.
      await pay(page, (button) => button.dblclick())
      await expect(page.getByTestId('order-state')).toHaveText('Ticketing', { timeout: 30_000 })
      await expect(page.getByText('FR24 is issuing the tickets.')).toBeVisible()
      await expect(page.getByTestId('order-state')).toHaveText('Ticketed', { timeout: 60_000 })
      await expect(page.getByTestId('ticket-number')).toHaveCount(3)
      expect(await serious(page)).toEqual([])
      expect(await balanceCents(page)).toBe(before - cents(total))

      // The agent's own view of the balance says the same.
      await page.getByRole('link', { name: 'Balance' }).click()
      await page.getByRole('button', { name: 'Refresh now' }).click()
      await expect(page.getByTestId('figure-balance')).toHaveText(cny(before - cents(total)))

      // The order is found again from the Orders screen.
      await page.getByRole('link', { name: 'Orders' }).click()
      await expect(page.getByRole('link', { name: orderNo })).toBeVisible()
      expect(await serious(page)).toEqual([])
    } finally {
      await desk.stop()
    }
  })

  test('a price that changed since the search is shown as a diff and acknowledged before going on', async ({ page }) => {
    test.setTimeout(120_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0 })
      await control(page, 'forcePricing', { outcome: 'priceChange' })
      await priceCheapestFamilyTrip(page)
      const price = page.getByRole('region', { name: 'Price' })
      const changes = price.getByTestId('price-changes')
      await expect(changes).toBeVisible({ timeout: 30_000 })
      await expect(changes).toContainText(/Total CN¥[\d,]+\.\d{2} → CN¥[\d,]+\.\d{2}/)
      const proceed = price.getByRole('button', { name: 'Continue' })
      await expect(proceed).toBeDisabled()
      expect(await serious(page)).toEqual([])
      // Enter does not go past an unacknowledged change either.
      await page.getByRole('checkbox', { name: 'I have read the changes and go on at this price' }).focus()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(/\/price$/)
      await page.keyboard.press('Space')
      await expect(proceed).toBeEnabled()
      await page.keyboard.press('Enter')
      await expect(page.getByRole('region', { name: 'Seats and bags' })).toBeVisible()
      // Escape goes back one step, and the acknowledgement is kept.
      await page.getByRole('heading', { level: 1 }).focus()
      await page.keyboard.press('Escape')
      await expect(page).toHaveURL(/\/price$/)
      await expect(proceed).toBeEnabled()
    } finally {
      await desk.stop()
    }
  })

  test('a price check that lapses is checked again before anything else, keeping what was chosen', async ({ page }) => {
    test.setTimeout(180_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      // The window's clock is the page's: Playwright moves it past the 30 minutes.
      await page.clock.install()
      await desk.open(page)
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0 })
      await priceCheapestFamilyTrip(page)
      const price = page.getByRole('region', { name: 'Price' })
      await expect(price.getByRole('button', { name: 'Continue' })).toBeEnabled({ timeout: 30_000 })
      await price.getByRole('button', { name: 'Continue' }).click()
      await continueWithoutExtras(page)
      await fillPassengers(page)
      const book = page.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Book' })
      await expect(book).toBeEnabled({ timeout: 20_000 })

      // Leaving the flow and coming back finds it where it was.
      await page.getByRole('link', { name: 'Orders' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
      await page.goBack()
      await expect(page).toHaveURL(/\/review$/)
      await expect(book).toBeEnabled()
      await expect(page.getByRole('region', { name: 'Review' })).toContainText('LIM / WEI JIE')

      // Thirty-one minutes later: back on the price, checked again, before Book can be pressed.
      await page.clock.fastForward('31:00')
      await expect(page).toHaveURL(/\/price$/)
      await expect(page.getByText('The earlier price check had expired and the price was checked again.')).toBeVisible({ timeout: 30_000 })
      await expect(page.getByRole('timer')).toHaveText(/^Price held for (30:0\d|29:\d\d)$/)
      expect(await serious(page)).toEqual([])
      await price.getByRole('button', { name: 'Continue' }).click()
      await continueWithoutExtras(page)
      // The passengers typed before are still there.
      await expect(page.getByRole('group', { name: 'Adult 2' }).getByLabel('Surname', { exact: true })).toHaveValue('LIM')
    } finally {
      await desk.stop()
    }
  })

  test('no seats left at the price: back to the results, the offer marked sold out', async ({ page }) => {
    test.setTimeout(120_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0 })
      await control(page, 'forcePricing', { outcome: 'noSeats' })
      await priceCheapestFamilyTrip(page)
      const price = page.getByRole('region', { name: 'Price' })
      await expect(price.getByRole('heading', { name: 'No seats left on this offer' })).toBeVisible({ timeout: 30_000 })
      const back = price.getByRole('button', { name: 'Back to the results' })
      await expect(back).toBeFocused()
      expect(await serious(page)).toEqual([])
      await page.keyboard.press('Enter')
      const first = page.getByRole('grid', { name: 'Offers' }).getByRole('row').first()
      await expect(first).toContainText('Sold out')
      await expect(page.getByRole('grid', { name: 'Offers' }).getByText('Sold out')).toHaveCount(1)
    } finally {
      await desk.stop()
    }
  })

  test('a lost booking answer: the desk says it is looking the order up, booking again is blocked, and one order comes of it', async ({ page }) => {
    test.setTimeout(180_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0 })
      await priceCheapestFamilyTrip(page)
      const price = page.getByRole('region', { name: 'Price' })
      await expect(price.getByRole('button', { name: 'Continue' })).toBeEnabled({ timeout: 30_000 })
      await price.getByRole('button', { name: 'Continue' }).click()
      await continueWithoutExtras(page)
      await fillPassengers(page)
      const review = page.getByRole('region', { name: 'Review' })
      const book = review.getByRole('button', { name: 'Book' })
      await expect(book).toBeEnabled({ timeout: 20_000 })

      // FR24 books, then the connection drops; and FR24 cannot be asked about the order for now.
      await control(page, 'fault', { op: 'booking', kind: 'dropAfter', count: 1 })
      await control(page, 'fault', { op: 'orderDetail', kind: 'http', status: 503, count: 1000 })
      await book.click()
      await expect(review.getByRole('heading', { name: 'Did the booking go through?' })).toBeVisible({ timeout: 60_000 })
      await expect(review.getByText(/booking again is blocked until it knows/)).toBeVisible()
      await expect(book).toBeDisabled()
      await book.click({ force: true })
      expect(await serious(page)).toEqual([])

      // FR24 answers again: the desk finds the order it booked, and there is exactly one.
      await control(page, 'clearFaults')
      await expect(page).toHaveURL(/#\/order\/\d+$/, { timeout: 60_000 })
      const orderNo = await page.getByLabel('Order number').inputValue()
      const state = (await control(page, 'state')) as { orders: { orderNo: string }[] }
      expect(state.orders.map((o) => String(o.orderNo))).toEqual([orderNo])
    } finally {
      await desk.stop()
    }
  })

  test('a lost payment answer: the page says not to pay again, follows the order, and the balance moves once', async ({ page }) => {
    test.setTimeout(180_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0, issuanceDelayMs: 2_000 })
      const before = await balanceCents(page)
      await priceCheapestFamilyTrip(page)
      const price = page.getByRole('region', { name: 'Price' })
      await expect(price.getByRole('button', { name: 'Continue' })).toBeEnabled({ timeout: 30_000 })
      await price.getByRole('button', { name: 'Continue' }).click()
      await continueWithoutExtras(page)
      await fillPassengers(page)
      const review = page.getByRole('region', { name: 'Review' })
      await expect(review.getByRole('button', { name: 'Book' })).toBeEnabled({ timeout: 20_000 })
      const total = cents((await review.getByTestId('book-total').getAttribute('data-total'))!)
      await review.getByRole('button', { name: 'Book' }).click()
      await expect(page).toHaveURL(/#\/order\/\d+$/, { timeout: 60_000 })

      // FR24 takes the payment, then the connection drops; FR24 cannot be asked about the order for now.
      await control(page, 'fault', { op: 'ticketing', kind: 'dropAfter', count: 1 })
      await control(page, 'fault', { op: 'orderDetail', kind: 'http', status: 503, count: 1000 })
      await pay(page, (button) => button.click())
      const payRegion = page.getByRole('region', { name: 'Pay' })
      await expect(payRegion.getByText(/do not pay again until it knows/)).toBeVisible({ timeout: 60_000 })
      await expect(payRegion.getByRole('button', { name: 'Pay', exact: true })).toHaveCount(0)
      expect(await serious(page)).toEqual([])

      await control(page, 'clearFaults')
      await expect(page.getByTestId('order-state')).toHaveText('Ticketed', { timeout: 60_000 })
      await expect(payRegion.getByText('Paid.')).toBeVisible()
      expect(await balanceCents(page)).toBe(before - total)
    } finally {
      await desk.stop()
    }
  })

  test('the same travellers already booked on an overlapping trip: warned, Book only with “Book anyway”', async ({ page }) => {
    test.setTimeout(240_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'setSettings', { priceChangeRate: 0, noSeatsRate: 0 })
      const bookOnce = async () => {
        await priceCheapestFamilyTrip(page)
        const price = page.getByRole('region', { name: 'Price' })
        await expect(price.getByRole('button', { name: 'Continue' })).toBeEnabled({ timeout: 30_000 })
        await price.getByRole('button', { name: 'Continue' }).click()
        await continueWithoutExtras(page)
        await fillPassengers(page)
      }
      await bookOnce()
      const review = page.getByRole('region', { name: 'Review' })
      await review.getByRole('button', { name: 'Book' }).click()
      await expect(page).toHaveURL(/#\/order\/\d+$/, { timeout: 60_000 })
      const first = await page.getByLabel('Order number').inputValue()

      // The same family again, on a new search of the same trip.
      await page.getByRole('link', { name: 'Search' }).click()
      await bookOnce()
      const warning = review.getByRole('group', { name: 'Possible duplicate booking' })
      await expect(warning).toBeVisible({ timeout: 20_000 })
      await expect(warning).toContainText(`order ${first}`)
      const book = review.getByRole('button', { name: 'Book' })
      await expect(book).toBeDisabled()
      expect(await serious(page)).toEqual([])
      await warning.getByRole('checkbox', { name: 'Book anyway: these are not duplicates' }).check()
      await expect(book).toBeEnabled()
      await book.click()
      await expect(page).toHaveURL(/#\/order\/\d+$/, { timeout: 60_000 })
      await expect(page.getByLabel('Order number')).not.toHaveValue(first)
    } finally {
      await desk.stop()
    }
  })
})
