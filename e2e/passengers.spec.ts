import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, testWithDesk } from './fixtures'
import { continueFromPrice, PREDICTABLE_SANDBOX, sandboxControl, toSeatsAndBags } from './steps/booking'

/**
 * The passengers step as an agent fills it, against the browser host and its Sandbox: a priced
 * SIN → HKG round trip for 2 adults and a child; Continue on an empty step takes focus to the
 * first wrong field; one adult filled from a pasted passport MRZ (a mistyped one refused, naming
 * the part), one from a Chinese name's suggested spelling, the child by "SURNAME/GIVEN"; a child
 * too old caught with a clear message; the agency contact; Continue to the review and Back finds
 * everything kept; an axe scan; the agency contact remembered for the next offer booked.
 */

function day(offset: number): Date {
  const date = new Date()
  date.setDate(date.getDate() + offset)
  return date
}
const typed = (date: Date) => `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`

/** ICAO 9303 check digit (weights 7, 3, 1; A–Z as 10–35, `<` as 0). */
function checkDigit(text: string): string {
  let sum = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const value = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55
    sum += value * [7, 3, 1][i % 3]!
  }
  return String(sum % 10)
}

/** A Singapore passport's MRZ for TAN WEI MING, with its check digits computed (or the number's spoiled). */
function mrz(spoilNumber = false): string {
  const line1 = 'P<SGPTAN<<WEI<MING'.padEnd(44, '<')
  const number = 'K1234567A'
  const numberCd = spoilNumber ? String((Number(checkDigit(number)) + 1) % 10) : checkDigit(number)
  const birth = '850615'
  const expiry = '340301'
  const personal = '<'.repeat(14)
  const body = `${number}${numberCd}SGP${birth}${checkDigit(birth)}M${expiry}${checkDigit(expiry)}${personal}<`
  const composite = checkDigit(`${number}${numberCd}${birth}${checkDigit(birth)}${expiry}${checkDigit(expiry)}${personal}<`)
  return `${line1}\n${body}${composite}`
}

const CONTROL_TOKEN = 'e2e-passengers-control-token'
const control = sandboxControl(CONTROL_TOKEN)
const test = testWithDesk({ FR24_DESK_SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN })

/** The Sandbox pricing as searched; the family's cheapest nonstop priced, seats and bags skipped: the passengers step. */
async function toPassengers(page: Page): Promise<Locator> {
  await control(page, 'setSettings', PREDICTABLE_SANDBOX)
  const extras = await toSeatsAndBags(page, { kind: 'round trip', adults: 2, children: 1 })
  await expect(extras.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 30_000 })
  await extras.getByRole('button', { name: 'Continue' }).click()
  const step = page.getByRole('region', { name: 'Passengers' })
  await expect(step).toBeVisible()
  await expect(page).toHaveURL(/#\/book\/[^/]+\/[^/]+\/passengers$/)
  return step
}

const field = (group: Locator, label: string) => group.getByLabel(label, { exact: true })

async function documents(group: Locator, number: string, birthday: string, sex: 'F' | 'M') {
  await field(group, 'Sex').selectOption(sex)
  await field(group, 'Date of birth').fill(birthday)
  await field(group, 'Document number').fill(number)
  await field(group, 'Issuing country').selectOption('CN')
  await field(group, 'Nationality').selectOption('CN')
  await field(group, 'Document expiry').fill(typed(day(3 * 365)))
  await field(group, 'Document expiry').blur()
}

test('passengers filled by MRZ, a Chinese name’s spelling and SURNAME/GIVEN, a wrong age caught, kept across Back', async ({ page, desk }) => {
  test.setTimeout(150_000)
  await desk.open(page)
  const step = await toPassengers(page)
  const adult1 = step.getByRole('group', { name: 'Adult 1', exact: true })
  const adult2 = step.getByRole('group', { name: 'Adult 2', exact: true })
  const child = step.getByRole('group', { name: 'Child 1', exact: true })
  await expect(child.getByLabel('Travels with', { exact: true })).toHaveValue('0')
  await expect(adult1.getByLabel('Travels with', { exact: true })).toHaveCount(0)

  // Continue on an empty step: focus on the first wrong field, which says what is wrong.
  await step.getByRole('button', { name: 'Continue' }).click()
  const surname1 = field(adult1, 'Surname')
  await expect(surname1).toBeFocused()
  await expect(surname1).toHaveAttribute('aria-invalid', 'true')
  await expect(surname1).toHaveAccessibleDescription('Enter the name as it is in the passport.')
  await expect(page).toHaveURL(/\/passengers$/)

  // Adult 1 from a passport's MRZ: a mistyped one fills nothing and names the part.
  const paste1 = field(adult1, 'Paste MRZ')
  await paste1.fill(mrz(true))
  await expect(adult1.getByRole('alert')).toHaveText('The MRZ check digit of the document number does not match: the MRZ was mistyped or misread.')
  await expect(surname1).toHaveValue('')
  await paste1.fill(mrz())
  await expect(surname1).toHaveValue('TAN')
  await expect(field(adult1, 'Given names')).toHaveValue('WEI MING')
  await expect(field(adult1, 'Sex')).toHaveValue('M')
  await expect(field(adult1, 'Date of birth')).toHaveValue('15/06/1985')
  await expect(field(adult1, 'Document type')).toHaveValue('PP')
  await expect(field(adult1, 'Document number')).toHaveValue('K1234567A')
  await expect(field(adult1, 'Issuing country')).toHaveValue('SG')
  await expect(field(adult1, 'Nationality')).toHaveValue('SG')
  await expect(field(adult1, 'Document expiry')).toHaveValue('01/03/2034')
  await expect(surname1).not.toHaveAttribute('aria-invalid')
  await expect(adult1.getByText('Filled from the MRZ. Check each field against the passport.')).toBeVisible()

  // Adult 2 typed in characters: refused as typed, a spelling suggested, taken only when the agent says so.
  const surname2 = field(adult2, 'Surname')
  await surname2.fill('王小明')
  await expect(surname2).toHaveAccessibleDescription('Use Latin letters A–Z, with a space or hyphen between names, as in the passport.')
  await expect(surname2).toHaveValue('王小明')
  await adult2.getByRole('button', { name: 'Use WANG / XIAOMING' }).click()
  await expect(surname2).toHaveValue('WANG')
  await expect(field(adult2, 'Given names')).toHaveValue('XIAOMING')
  await documents(adult2, 'E76543210', '20/02/1990', 'F')

  // The child by SURNAME/GIVEN; a date of birth that makes them 12 is caught in the field.
  await field(child, 'Paste name (SURNAME/GIVEN)').fill('WANG/XIAOHU MSTR')
  await child.getByRole('button', { name: 'Split name' }).click()
  await expect(field(child, 'Surname')).toHaveValue('WANG')
  await expect(field(child, 'Given names')).toHaveValue('XIAOHU')
  const twelve = day(30)
  twelve.setFullYear(twelve.getFullYear() - 12)
  await documents(child, 'E11223344', typed(twelve), 'M')
  const birthday = field(child, 'Date of birth')
  await expect(birthday).toHaveAttribute('aria-invalid', 'true')
  await expect(birthday).toHaveAccessibleDescription(/^12 years old on \d{4}-\d{2}-\d{2} \(the first flight\): a child is 2 to 11\./)
  await birthday.fill('01/06/2018')
  await birthday.blur()
  await expect(birthday).not.toHaveAttribute('aria-invalid')

  // The agency contact, then the review.
  await field(step, 'Contact name').fill('Lion Travel Desk')
  await field(step, 'Phone area code').fill('65')
  await field(step, 'Phone number').fill('6123 4567')
  await field(step, 'Email').fill('desk@lion-travel.example')

  const scan = await new AxeBuilder({ page }).include('.passengers-step').analyze()
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])

  await step.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/\/review$/, { timeout: 30_000 })
  await expect(page.getByRole('region', { name: 'Review' })).toBeVisible()

  // Back: everything as it was typed.
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/passengers$/)
  const again = page.getByRole('region', { name: 'Passengers' })
  await expect(field(again.getByRole('group', { name: 'Adult 1', exact: true }), 'Surname')).toHaveValue('TAN')
  await expect(field(again.getByRole('group', { name: 'Adult 2', exact: true }), 'Given names')).toHaveValue('XIAOMING')
  await expect(field(again.getByRole('group', { name: 'Child 1', exact: true }), 'Date of birth')).toHaveValue('01/06/2018')
  await expect(field(again, 'Email')).toHaveValue('desk@lion-travel.example')

  // Another offer on the same profile: the agency contact is filled in from the one remembered.
  await page.getByRole('link', { name: 'Search' }).click()
  const offers = page.getByRole('grid', { name: 'Offers' })
  await expect(offers).toBeVisible()
  // The next offer down, by the grid's keys (the first one's detail is still open over the list).
  await offers.focus()
  await page.keyboard.press('j')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Price this offer' }).click()
  await continueFromPrice(page)
  const extras = page.getByRole('region', { name: 'Seats and bags' })
  await expect(extras.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 30_000 })
  await extras.getByRole('button', { name: 'Continue' }).click()
  const next = page.getByRole('region', { name: 'Passengers' })
  await expect(field(next, 'Contact name')).toHaveValue('Lion Travel Desk')
  await expect(field(next, 'Phone area code')).toHaveValue('65')
  await expect(field(next, 'Phone number')).toHaveValue('6123 4567')
  await expect(field(next, 'Email')).toHaveValue('desk@lion-travel.example')
  // A new offer's passengers start blank.
  await expect(field(next.getByRole('group', { name: 'Adult 1', exact: true }), 'Surname')).toHaveValue('')
})
