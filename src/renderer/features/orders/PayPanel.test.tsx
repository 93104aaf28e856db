import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PayQuote } from '../../../shared/domain/booking'
import { i18next, initI18n } from '../../i18n'
import { PayPanel } from './PayPanel'

const quote: PayQuote = {
  orderNo: '1234567890',
  amount: '2480.00',
  currency: 'CNY',
  environment: 'sandbox',
  balance: '10000.00',
  availableBefore: '10000.00',
  availableAfter: '7520.00',
  amountChanged: false
}
const none = () => {}
const draw = (pay: Parameters<typeof PayPanel>[0]['pay']) => renderToStaticMarkup(<PayPanel pay={pay} onQuote={none} onType={none} onPay={none} />)
const payButton = (html: string) => /<button[^>]*>Pay<\/button>/.exec(html)?.[0] ?? ''

describe('the Pay region', () => {
  beforeAll(async () => {
    await initI18n('en')
    await i18next.changeLanguage('en')
  })

  it('shows the amount, the balance and available to spend before and after; Pay is on', () => {
    const html = draw({ kind: 'quoted', quote, typed: '' })
    expect(html).toContain('CN¥2,480.00')
    expect(html).toContain('Available to spend now</dt><dd data-testid="available-before">CN¥10,000.00')
    expect(html).toContain('Available to spend after paying</dt><dd data-testid="available-after">CN¥7,520.00')
    expect(html).toContain('Pay CN¥2,480.00 from the account’s FR24 balance.')
    expect(payButton(html)).not.toContain('aria-disabled')
  })

  it('in Production says it is real money and wants the amount typed again', () => {
    const production = { ...quote, environment: 'production' as const }
    const blank = draw({ kind: 'quoted', quote: production, typed: '' })
    expect(blank).toContain('This is a real payment of CN¥2,480.00 from your live FR24 balance. It cannot be undone.')
    expect(blank).toContain('Type the amount to confirm')
    expect(payButton(blank)).toContain('aria-disabled="true"')
    const wrong = draw({ kind: 'quoted', quote: production, typed: '2408.00' })
    expect(wrong).toContain('This is not the amount to pay: type 2480.00.')
    expect(payButton(draw({ kind: 'quoted', quote: production, typed: '2,480.00' }))).not.toContain('aria-disabled')
  })

  it('a short balance says how much is missing and Pay stays off', () => {
    const html = draw({ kind: 'quoted', quote: { ...quote, availableAfter: '-80.00', shortBy: '80.00' }, typed: '' })
    expect(html).toContain('The balance is short by CN¥80.00')
    expect(payButton(html)).toContain('aria-disabled="true"')
  })

  it('Pay is off while the payment is in flight, and says so', () => {
    const html = draw({ kind: 'paying', quote, request: { orderNo: quote.orderNo, amount: quote.amount, currency: 'CNY' } })
    expect(html).toContain('Paying with FR24…')
    expect(payButton(html)).toContain('aria-disabled="true"')
  })
})
