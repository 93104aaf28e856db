import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, startDesk, test } from './fixtures'
import { day, sandboxControl } from './steps/booking'

/**
 * Searching and reading the offers as an agent does, by label, role and key, against the browser
 * host and its embedded Sandbox: a family round trip filtered, sorted and opened; a multi-city trip;
 * a search stopped while FR24 is slow; a city code; the keyboard alone; the same in Chinese; and
 * an axe scan of the results and of an open offer.
 */

const place = (scope: Page | Locator, name: string) => scope.getByRole('combobox', { name, exact: true })
const offers = (page: Page, name = 'Offers') => page.getByRole('grid', { name })
/** The price a row shows first (its total), as a number. */
const totalOf = async (row: Locator) => Number((await row.locator('.price-total').textContent())!.replace(/[^\d.]/g, ''))

async function oneWay(page: Page, from: string, to: string, offset = 30) {
  await page.getByRole('radio', { name: 'One way' }).check()
  await place(page, 'From').fill(from)
  await place(page, 'To').fill(to)
  await page.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(offset))
}

async function resultsShown(page: Page, name = 'Offers'): Promise<number> {
  const grid = offers(page, name)
  await expect(grid).toBeVisible({ timeout: 30_000 })
  const count = Number(await grid.getAttribute('aria-rowcount'))
  expect(count).toBeGreaterThan(0)
  return count
}

test('SIN → HKG round trip for 2 adults and a child: nonstop only, by price, an offer’s fare rules and bags', async ({ page, desk }) => {
  test.setTimeout(90_000)
  await desk.open(page)
  await page.getByRole('radio', { name: 'Round trip' }).check()
  await place(page, 'From').fill('SIN')
  await place(page, 'To').fill('HKG')
  await page.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(30))
  await page.getByRole('textbox', { name: 'Return date', exact: true }).fill(day(37))
  await page.getByRole('spinbutton', { name: 'Adults' }).fill('2')
  await page.getByRole('spinbutton', { name: 'Children' }).fill('1')
  await page.getByRole('button', { name: 'Search', exact: true }).click()

  const all = await resultsShown(page)
  const grid = offers(page)
  const first = grid.getByRole('row').first()
  // Each row: both legs, a price per adult and per child in the offer's currency.
  await expect(first).toContainText('SIN')
  await expect(first).toContainText('HKG')
  await expect(first).toContainText(/Adult CN¥[\d,]+\.\d{2}/)
  await expect(first).toContainText(/Child CN¥[\d,]+\.\d{2}/)

  // Nonstop: the count beside it is what the grid then shows, and every row shown is nonstop both ways.
  const filters = page.getByRole('region', { name: 'Filters' })
  const nonstop = filters.getByRole('checkbox', { name: /^Nonstop/ })
  const said = Number(/\((\d+)\)/.exec((await nonstop.locator('xpath=..').textContent()) ?? '')?.[1])
  expect(said).toBeGreaterThan(0)
  await nonstop.check()
  await expect(grid).toHaveAttribute('aria-rowcount', String(said))
  expect(said).toBeLessThanOrEqual(all)
  for (const row of await grid.getByRole('row').all()) {
    const stops = row.locator('.cell-stops .leg-line')
    await expect(stops).toHaveText(['Nonstop', 'Nonstop'])
  }

  // By duration, then by price again: the rows drawn go up in price.
  const sort = page.getByRole('combobox', { name: 'Sort by' })
  await sort.selectOption({ label: 'Duration' })
  await sort.selectOption({ label: 'Price' })
  const rows = await grid.getByRole('row').all()
  const prices = await Promise.all(rows.slice(0, 8).map(totalOf))
  expect(prices).toEqual([...prices].sort((a, b) => a - b))

  // The cheapest offer in full: flights, the fare rules in words, bags per passenger type, the price per type.
  await grid.getByRole('row').first().click()
  const detail = page.getByRole('region', { name: /SIN–HKG, HKG–SIN/ })
  await expect(detail.getByRole('heading', { name: 'Fare rules' })).toBeVisible()
  await expect(detail.getByRole('heading', { name: 'Refund' })).toBeVisible()
  await expect(detail.getByRole('heading', { name: 'Change' })).toBeVisible()
  await expect(detail.getByRole('heading', { name: 'Baggage' })).toBeVisible()
  await expect(detail.getByRole('heading', { name: 'Adult', exact: true })).toBeVisible()
  await expect(detail.getByRole('heading', { name: 'Child', exact: true })).toBeVisible()
  await expect(detail).toContainText(/Checked: /)
  await expect(detail.getByRole('rowheader', { name: 'Adult × 2' })).toBeVisible()
  await expect(detail.getByRole('rowheader', { name: 'Child × 1' })).toBeVisible()
  await expect(detail).toContainText(/Outbound: SIN–HKG/)

  // Price this offer goes on to the booking route for that search and offer.
  await detail.getByRole('button', { name: 'Price this offer' }).click()
  await expect(page).toHaveURL(/#\/book\/[^/]+\/[^/]+\/price$/)
})

test('a multi-city search shows each flight of the trip on every offer', async ({ page, desk }) => {
  test.setTimeout(90_000)
  await desk.open(page)
  await page.getByRole('radio', { name: 'Multi-city' }).check()
  const first = page.getByRole('group', { name: 'Flight 1' })
  const second = page.getByRole('group', { name: 'Flight 2' })
  await place(first, 'From').fill('SIN')
  await place(first, 'To').fill('BKK')
  await first.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(20))
  await place(second, 'From').fill('BKK')
  await place(second, 'To').fill('HKG')
  await second.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(24))
  await page.getByRole('button', { name: 'Search', exact: true }).click()

  await resultsShown(page)
  const row = offers(page).getByRole('row').first()
  await expect(row.locator('.cell-time').first().locator('.leg-line')).toHaveCount(2)
  await expect(row.locator('.cell-time').first()).toContainText(/SIN[\s\S]*BKK/)
  await expect(row.locator('.cell-time').nth(1)).toContainText(/BKK[\s\S]*HKG/)
  // The departure filters are per flight.
  await expect(page.getByRole('group', { name: 'Departs, Flight 2' })).toBeVisible()
})

test('a search with a city code (LON) finds flights to London’s airports', async ({ page, desk }) => {
  test.setTimeout(90_000)
  await desk.open(page)
  await oneWay(page, 'SIN', 'LON')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await resultsShown(page)
  const arrivals = await offers(page).locator('.cell-time:nth-child(3) .leg-line').allTextContents()
  expect(arrivals.length).toBeGreaterThan(0)
  for (const arrival of arrivals) expect(arrival).toMatch(/\b(LHR|LGW|STN|LTN|LCY|SEN)$/)
})

test.describe('with the Sandbox under control', () => {
  const CONTROL_TOKEN = 'e2e-search-control-token'

  const control = sandboxControl(CONTROL_TOKEN)

  test('2,000 offers: the grid counts them all, draws only what is in view, and End reaches the last', async ({ page }) => {
    test.setTimeout(120_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'setOfferCount', { count: 2000 })
      await oneWay(page, 'SIN', 'HKG')
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      const count = await resultsShown(page)
      expect(count).toBeGreaterThanOrEqual(1500)
      const grid = offers(page)
      expect(await grid.getByRole('row').count()).toBeLessThan(60)
      await grid.getByRole('row').first().click()
      await page.keyboard.press('Escape')
      await page.keyboard.press('End')
      await expect(grid.getByRole('row', { selected: true })).toHaveAttribute('aria-rowindex', String(count))
      await page.keyboard.press('Home')
      await expect(grid.getByRole('row', { selected: true })).toHaveAttribute('aria-rowindex', '1')
    } finally {
      await desk.stop()
    }
  })

  test('a search can be stopped with Escape while the desk says it is still waiting for FR24, and a new search replaces one in flight', async ({ page }) => {
    test.setTimeout(90_000)
    const desk = await startDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })
    try {
      await desk.open(page)
      await control(page, 'fault', { op: 'shopping', kind: 'latency', latencyMs: 20_000, count: 5 })

      await oneWay(page, 'SIN', 'HKG')
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      const progress = page.getByTestId('search-progress')
      await expect(progress).toContainText('Waiting for FR24’s offers')
      await expect(progress).toContainText('Still waiting for FR24')
      await page.getByRole('heading', { level: 1 }).click()
      await page.keyboard.press('Escape')
      await expect(page.getByText('The search was stopped before FR24 answered.')).toBeVisible()
      await expect(progress).toBeHidden()
      await expect(offers(page)).toBeHidden()

      // A new search replaces one in flight: the first is held for a minute, the second answers at once.
      await control(page, 'clearFaults', {})
      await control(page, 'fault', { op: 'shopping', kind: 'latency', latencyMs: 60_000, count: 1 })
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      await expect(progress).toBeVisible()
      await page.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(31))
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      await resultsShown(page)
      await expect(progress).toBeHidden()
    } finally {
      await desk.stop()
    }
  })
})

test('the keyboard alone: search, move through offers, sort, open and close an offer, filter', async ({ page, desk }) => {
  test.setTimeout(90_000)
  await desk.open(page)
  await page.getByRole('heading', { level: 1 }).focus()
  await page.keyboard.press('/')
  await expect(place(page, 'From')).toBeFocused()
  // One way: the trip type radios are reached with Shift+Tab from From and chosen with the arrows.
  await page.keyboard.type('SIN')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab') // the swap button
  await page.keyboard.press('Tab')
  await expect(place(page, 'To')).toBeFocused()
  await page.keyboard.type('HKG')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Departure date', exact: true })).toBeFocused()
  await page.keyboard.type(day(30))
  const back = page.getByRole('textbox', { name: 'Return date', exact: true })
  for (let i = 0; i < 6 && !(await back.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(back).toBeFocused()
  await page.keyboard.type(day(35))
  const search = page.getByRole('button', { name: 'Search', exact: true })
  for (let i = 0; i < 25 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(search).toBeFocused()
  await page.keyboard.press('Enter')

  await resultsShown(page)
  const grid = offers(page)
  await expect(grid.getByRole('row', { selected: true })).toHaveAttribute('aria-rowindex', '1')
  await page.keyboard.press('j')
  await expect(grid).toBeFocused()
  await expect(grid.getByRole('row', { selected: true })).toHaveAttribute('aria-rowindex', '2')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('k')
  await expect(grid.getByRole('row', { selected: true })).toHaveAttribute('aria-rowindex', '2')
  await expect(grid).toHaveAttribute('aria-activedescendant', 'offer-row-1')

  // s then d: by duration, shortest first.
  await page.keyboard.press('s')
  await page.keyboard.press('d')
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('duration')
  // s then p: by price again.
  await page.keyboard.press('s')
  await page.keyboard.press('p')
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('price')

  // Enter opens the offer on the keyboard, Escape closes it and the grid has focus again.
  await page.keyboard.press('Enter')
  const detail = page.getByRole('region', { name: /SIN–HKG/ })
  await expect(detail.getByRole('heading', { name: 'Fare rules' })).toBeVisible()
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(detail).toBeHidden()
  await expect(grid).toBeFocused()

  // f goes to the filters; Space ticks Nonstop, and the grid shows as many offers as the count beside it.
  await page.keyboard.press('f')
  const nonstop = page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Nonstop/ })
  await expect(nonstop).toBeFocused()
  const said = /\((\d+)\)/.exec((await nonstop.locator('xpath=..').textContent()) ?? '')?.[1]
  await page.keyboard.press('Space')
  await expect(nonstop).toBeChecked()
  await expect(grid).toHaveAttribute('aria-rowcount', said ?? 'no count')
  for (const row of await grid.getByRole('row').all()) await expect(row.locator('.cell-stops .leg-line').first()).toHaveText('Nonstop')
})

test('the results in Chinese: grid, filters, prices and the offer’s rules', async ({ page, desk }) => {
  test.setTimeout(90_000)
  await desk.open(page)
  await page.evaluate(() => window.desk!.setPreferences({ language: 'zh-CN', theme: 'system' }))
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.getByRole('radio', { name: '单程' }).check()
  await place(page, '出发地').fill('SIN')
  await place(page, '目的地').fill('HKG')
  await page.getByRole('textbox', { name: '出发日期', exact: true }).fill(day(30, 'zh'))
  await page.getByRole('button', { name: '搜索', exact: true }).click()

  await resultsShown(page, '报价')
  const grid = offers(page, '报价')
  await expect(grid.getByRole('row').first()).toContainText(/成人 ¥[\d,]+\.\d{2}/)
  await expect(page.getByRole('region', { name: '筛选' }).getByRole('checkbox', { name: /^直飞/ })).toBeVisible()
  await expect(page.getByRole('combobox', { name: '排序方式' })).toHaveValue('price')
  await grid.getByRole('row').first().click()
  const detail = page.getByRole('region', { name: /SIN–HKG/ })
  await expect(detail.getByRole('heading', { name: '退改规则' })).toBeVisible()
  await expect(detail.getByRole('heading', { name: '行李' })).toBeVisible()
  await expect(detail.getByRole('button', { name: '为此报价核价' })).toBeVisible()
})

test('axe finds no serious or critical problem on the results, nor with an offer open', async ({ page, desk }) => {
  test.setTimeout(90_000)
  await desk.open(page)
  await page.getByRole('radio', { name: 'Round trip' }).check()
  await place(page, 'From').fill('SIN')
  await place(page, 'To').fill('HKG')
  await page.getByRole('textbox', { name: 'Departure date', exact: true }).fill(day(30))
  await page.getByRole('textbox', { name: 'Return date', exact: true }).fill(day(34))
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await resultsShown(page)

  const serious = async () => {
    const scan = await new AxeBuilder({ page }).analyze()
    return scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }
  expect(await serious()).toEqual([])
  await offers(page).getByRole('row').first().click()
  await expect(page.getByRole('region', { name: /SIN–HKG/ }).getByRole('heading', { name: 'Fare rules' })).toBeVisible()
  expect(await serious()).toEqual([])
})
