import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The booking steps an agent takes, by label and role, shared by the Chromium booking e2e
 * (e2e/booking.spec.ts) and the real-Electron one (e2e/electron/booking.spec.ts): both drive the
 * same renderer, only the way the desk is started differs.
 */

/** A calendar day counted from today on this machine, as the search form reads it (en dd/mm/yyyy, zh yyyy-mm-dd). */
export function day(offset: number, language: 'en' | 'zh' = 'en'): string {
  const date = new Date()
  date.setDate(date.getDate() + offset)
  const dd = String(date.getDate()).padStart(2, '0')
  const mm = String(date.getMonth() + 1).padStart(2, '0')
  return language === 'en' ? `${dd}/${mm}/${date.getFullYear()}` : `${date.getFullYear()}-${mm}-${dd}`
}

/**
 * The desk's Sandbox control API (on only when the desk was started with
 * FR24_DESK_SANDBOX_CONTROL_TOKEN): its URL is the Sandbox profile's, as the window's desk lists it.
 */
export function sandboxControl(token: string) {
  return async (page: Page, op: string, params: Record<string, unknown> = {}): Promise<unknown> => {
    const list = await page.evaluate(() => window.desk!.listProfiles())
    if (!list.ok) throw new Error(list.error.message)
    const baseUrl = list.value.profiles.find((p) => p.id === 'sandbox')?.baseUrl
    const response = await fetch(`${baseUrl}/__control/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-control-token': token },
      body: JSON.stringify(params)
    })
    expect(response.ok).toBe(true)
    return ((await response.json()) as { result: unknown }).result
  }
}

export const cents = (amount: string) => Math.round(Number(amount) * 100)
const plain = (c: number) => (c / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
/** As the Balance screen and the header write an amount. */
export const cny = (c: number) => `CNY ${plain(c)}`
/** As the booking screens write an amount (Intl's currency style). */
export const yuan = (c: number) => `CN¥${plain(c)}`
/** An amount as shown on screen, in cents. */
export const centsOf = async (locator: Locator) => cents((await locator.textContent())!.replace(/[^\d.-]/g, ''))

const place = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true })

export interface Trip {
  kind: 'round trip' | 'one way'
  adults: number
  children: number
}

/** SIN → HKG (and back on a round trip), nonstop, cheapest first; the cheapest priced. */
export async function priceCheapestNonstop(page: Page, trip: Trip): Promise<void> {
  await page.getByRole('radio', { name: trip.kind === 'round trip' ? 'Round trip' : 'One way' }).check()
  await place(page, 'From').fill('SIN')
  await place(page, 'To').fill('HKG')
  await page.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(30))
  if (trip.kind === 'round trip') await page.getByRole('textbox', { name: 'Return date', exact: true }).fill(day(37))
  await page.getByRole('spinbutton', { name: 'Adults' }).fill(String(trip.adults))
  await page.getByRole('spinbutton', { name: 'Children' }).fill(String(trip.children))
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  const grid = page.getByRole('grid', { name: 'Offers' })
  await expect(grid).toBeVisible({ timeout: 30_000 })
  await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Nonstop/ }).check()
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Price' })
  await grid.getByRole('row').first().click()
  const detail = trip.kind === 'round trip' ? /SIN–HKG, HKG–SIN/ : /SIN–HKG/
  await page.getByRole('region', { name: detail }).getByRole('button', { name: 'Price this offer' }).click()
  await expect(page).toHaveURL(/#\/book\/[^/]+\/[^/]+\/price$/)
}

/** The Price step answered: its changes acknowledged when there are any, then Continue. */
export async function continueFromPrice(page: Page): Promise<void> {
  const price = page.getByRole('region', { name: 'Price' })
  await expect(price.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 30_000 })
  const acknowledge = price.getByRole('checkbox', { name: /I have read the changes/ })
  if (await acknowledge.isVisible()) await acknowledge.check()
  await price.getByRole('button', { name: 'Continue' }).click()
}

/** The cheapest nonstop of the trip priced and on to Seats and bags: that step's region. */
export async function toSeatsAndBags(page: Page, trip: Trip): Promise<Locator> {
  await priceCheapestNonstop(page, trip)
  await continueFromPrice(page)
  const step = page.getByRole('region', { name: 'Seats and bags' })
  await expect(step).toBeVisible()
  await expect(page).toHaveURL(/#\/book\/[^/]+\/[^/]+\/extras$/)
  return step
}

/**
 * A desk whose Sandbox neither re-prices nor sells out at random (its default does, now and then):
 * for the specs about a step, not about those outcomes. Started with its control token.
 */
export const PREDICTABLE_SANDBOX = { priceChangeRate: 0, noSeatsRate: 0 } as const

/** One TD3 passport MRZ (2 × 44) with its check digits, as a reader would scan it. */
export function mrz(p: { surname: string; given: string; number: string; country: string; birth: string; sex: 'M' | 'F'; expiry: string }): string {
  const value = (c: string) => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55)
  const check = (s: string) => String([...s].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) % 10)
  const pad = (s: string, n: number) => s.padEnd(n, '<').slice(0, n)
  const line1 = pad(`P<${p.country}${p.surname}<<${p.given.replace(/ /g, '<')}`, 44)
  const number = pad(p.number, 9)
  const personal = pad('', 14)
  const parts = `${number}${check(number)}`
  const birth = `${p.birth}${check(p.birth)}`
  const expiry = `${p.expiry}${check(p.expiry)}`
  const personalPart = `${personal}${check(personal)}`
  const line2 = `${parts}${p.country}${birth}${p.sex}${expiry}${personalPart}${check(parts + birth + expiry + personalPart)}`
  return `${line1}\n${line2}`
}

export interface Traveller {
  surname: string
  given: string
  sex: 'Female' | 'Male'
  birthday: string
  number: string
}

/** One traveller's fields typed in by hand: a Singapore passport. */
export async function fillTraveller(form: Locator, p: Traveller): Promise<void> {
  await form.getByLabel('Surname', { exact: true }).fill(p.surname)
  await form.getByLabel('Given names', { exact: true }).fill(p.given)
  await form.getByLabel('Sex', { exact: true }).selectOption({ label: p.sex })
  await form.getByLabel('Date of birth', { exact: true }).fill(p.birthday)
  await form.getByLabel('Document type', { exact: true }).selectOption({ label: 'Passport' })
  await form.getByLabel('Document number', { exact: true }).fill(p.number)
  await form.getByLabel('Issuing country', { exact: true }).selectOption('SG')
  await form.getByLabel('Nationality', { exact: true }).selectOption('SG')
  await form.getByLabel('Document expiry', { exact: true }).fill('31/12/2033')
}

export async function fillContact(region: Locator): Promise<void> {
  await region.getByLabel('Contact name').fill('Lion City Travel')
  await region.getByLabel('Phone area code').fill('65')
  await region.getByLabel('Phone number').fill('6123 4567')
  await region.getByLabel('Email').fill('desk@lioncity.example')
}

/** Seats and bags, once FR24's seat maps are shown (Continue waits for them), with nothing picked. */
export async function continueWithoutExtras(page: Page): Promise<void> {
  const extras = page.getByRole('region', { name: 'Seats and bags' })
  await expect(extras.getByRole('grid', { name: /^Seats, / })).toBeVisible({ timeout: 30_000 })
  await extras.getByRole('button', { name: 'Continue' }).click()
}

/** Pay on the order page, once the amount is quoted; `click` is how the agent presses it. */
export async function pay(page: Page, click: (button: Locator) => Promise<void>): Promise<void> {
  const payRegion = page.getByRole('region', { name: 'Pay' })
  await expect(payRegion.getByTestId('pay-amount')).toBeVisible({ timeout: 20_000 })
  await click(payRegion.getByRole('button', { name: 'Pay', exact: true }))
}
