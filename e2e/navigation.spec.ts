import { expect, test } from './fixtures'

test('Back and Forward step between screens: the browser’s own and Alt+←/→', async ({ page, desk }) => {
  await desk.open(page)
  const heading = page.getByRole('heading', { level: 1 })
  await page.getByRole('link', { name: 'Orders' }).click()
  await expect(heading).toHaveText('Orders')
  await page.getByRole('link', { name: 'Balance' }).click()
  await expect(heading).toHaveText('Balance')

  await page.goBack()
  await expect(heading).toHaveText('Orders')
  await expect(page.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page')
  // The screen Back opened takes focus at its title, as any newly opened screen does.
  await expect(heading).toBeFocused()
  await page.goForward()
  await expect(heading).toHaveText('Balance')

  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading).toHaveText('Orders')
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading).toHaveText('Search flights')
  await page.keyboard.press('Alt+ArrowRight')
  await expect(heading).toHaveText('Orders')
  await expect(page).toHaveURL(/#\/orders$/)

  // Ctrl+1…4 add history entries too.
  await page.keyboard.press('Control+4')
  await expect(heading).toHaveText('Settings')
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading).toHaveText('Orders')
})

test('Alt+← inside a text field stays with the field', async ({ page, desk }) => {
  await desk.open(page)
  await page.getByRole('link', { name: 'Orders' }).click()
  await page.getByRole('link', { name: 'Balance' }).click()
  const heading = page.getByRole('heading', { level: 1 })
  const low = page.getByLabel(/^Low at or below/)
  await low.focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(low).toBeFocused()
  // One step back from outside the field lands on Orders: the press inside it took no step.
  await heading.focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading).toHaveText('Orders')
})

test('an order opened by its address shows its page under Orders, and Back returns to it', async ({ page, desk }) => {
  await page.goto(`${desk.openUrl}#/order/123`)
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Order 123')
  // No order 123 was booked from this desk: the page says so (main's words), under Orders.
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page')

  await page.getByRole('link', { name: 'Balance' }).click()
  await expect(heading).toHaveText('Balance')
  await page.goBack()
  await expect(heading).toHaveText('Order 123')
  await expect(page).toHaveURL(/#\/order\/123$/)

  // A damaged order address lands on the orders list, not on an error.
  await page.evaluate(() => {
    window.location.hash = '#/order/%E0%A4%A'
  })
  await expect(heading).toHaveText('Orders')
})

test('a link to a Settings section opens Settings with focus on that section', async ({ page, desk }) => {
  await page.goto(`${desk.openUrl}#/settings/diagnostics`)
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.getByRole('heading', { level: 2, name: 'Diagnostics' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page')
})
