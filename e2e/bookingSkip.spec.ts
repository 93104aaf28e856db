import { expect, startDesk, test } from './fixtures'
import { continueFromPrice, PREDICTABLE_SANDBOX, priceCheapestNonstop, sandboxControl } from './steps/booking'

/**
 * Skipping seats and bags while FR24 is still looking them up, as an agent does it: one Continue
 * goes on to the passengers with no picks, the review says no seats or bags were chosen, and back
 * on the step the seat maps are looked up again. The Sandbox holds its first seat map answer
 * (a latency fault) so the step is surely still loading when Continue is pressed.
 */

const CONTROL_TOKEN = 'e2e-booking-skip-control-token'
/** Longer than the test takes to press Continue: the seat maps cannot arrive first. */
const SEAT_MAP_HELD_MS = 60_000

const control = sandboxControl(CONTROL_TOKEN)

test('Continue while seats and bags are loading skips them in one press; back on the step they load again', async ({ page }) => {
  test.setTimeout(120_000)
  const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
  try {
    await desk.open(page)
    await control(page, 'setSettings', PREDICTABLE_SANDBOX)
    await control(page, 'fault', { op: 'seatMap', kind: 'latency', latencyMs: SEAT_MAP_HELD_MS, count: 1 })
    await priceCheapestNonstop(page, { kind: 'one way', adults: 1, children: 0 })
    await continueFromPrice(page)

    const step = page.getByRole('region', { name: 'Seats and bags' })
    await expect(step.getByRole('status').filter({ hasText: 'Looking up seat maps and bags at FR24…' })).toBeVisible()
    await expect(step).toContainText('Continue now to book without seats and bags.')
    await step.getByRole('button', { name: 'Continue' }).click()

    // One press: on to the passengers, no picks.
    await expect(page).toHaveURL(/#\/book\/[^/]+\/[^/]+\/passengers$/)
    const passengers = page.getByRole('region', { name: 'Passengers' })
    const adult = passengers.getByRole('group', { name: 'Adult 1' })
    await adult.getByLabel('Surname', { exact: true }).fill('TAN')
    await adult.getByLabel('Given names', { exact: true }).fill('MEI LING')
    await adult.getByLabel('Sex', { exact: true }).selectOption({ label: 'Female' })
    await adult.getByLabel('Date of birth', { exact: true }).fill('14/03/1985')
    await adult.getByLabel('Document type', { exact: true }).selectOption({ label: 'Passport' })
    await adult.getByLabel('Document number', { exact: true }).fill('E1234567')
    await adult.getByLabel('Issuing country', { exact: true }).selectOption('SG')
    await adult.getByLabel('Nationality', { exact: true }).selectOption('SG')
    await adult.getByLabel('Document expiry', { exact: true }).fill('31/12/2033')
    await passengers.getByLabel('Contact name').fill('Lion City Travel')
    await passengers.getByLabel('Phone area code').fill('65')
    await passengers.getByLabel('Phone number').fill('6123 4567')
    await passengers.getByLabel('Email').fill('desk@lioncity.example')
    await passengers.getByRole('button', { name: 'Continue' }).click()

    // The review says so in one line, and books the fare alone.
    const review = page.getByRole('region', { name: 'Review' })
    await expect(review.getByTestId('review-extras-none')).toHaveText('No seats or bags chosen: skipped before they loaded.')
    await expect(review.getByRole('button', { name: 'Book' })).toBeEnabled({ timeout: 20_000 })
    const total = await review.getByTestId('book-total').getAttribute('data-total')
    expect(Number(total)).toBeGreaterThan(0)

    // Back to seats and bags: FR24 is asked again (the held answer was for the cancelled call), and the maps come.
    await review.getByRole('button', { name: 'Back', exact: true }).click()
    await expect(page).toHaveURL(/\/passengers$/)
    await passengers.getByRole('button', { name: 'Back', exact: true }).click()
    await expect(page).toHaveURL(/\/extras$/)
    await expect(step.getByRole('grid', { name: /^Seats, SIN → HKG / })).toBeVisible({ timeout: 30_000 })
    await expect(step.getByTestId('extras-total')).toHaveAttribute('data-total', total!)
  } finally {
    await desk.stop()
  }
})
