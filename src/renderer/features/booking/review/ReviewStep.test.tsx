import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { i18next, initI18n } from '../../../i18n'
import { emptyExtras } from '../extras/extrasState'
import { bookAnswered, bookStarted, duplicatesAnswered, priceWindow, setBookAnyway, type Reviewing } from '../flow/bookingFlow'
import { contact, passenger, pricedOffer } from '../flow/testOffer'
import { ReviewStep } from './ReviewStep'

const offer = pricedOffer()
const review: Reviewing = {
  kind: 'review',
  window: priceWindow(offer, 0),
  extras: undefined,
  choices: { extras: { ...emptyExtras, seats: [{ passenger: 0, segmentId: 'g1', seatNo: '31A', price: '120.00' }] }, passengers: [passenger], contact },
  duplicates: { kind: 'checking' },
  bookAnyway: false
}
const none = () => {}
const draw = (state: Parameters<typeof ReviewStep>[0]['state']) =>
  renderToStaticMarkup(
    <ReviewStep state={state} travellerLabels={['Adult 1']} onBookAnyway={none} onBook={none} onBack={none} onCheckAgain={none} onLookUp={none} onPriceAgain={none} />
  )
const bookButton = (html: string) => /<button[^>]*>Book<\/button>/.exec(html)?.[0] ?? ''
const checked = duplicatesAnswered(review, { ok: true, value: { duplicates: [] } })

describe('the Review region', () => {
  beforeAll(async () => {
    await initI18n('en')
    await i18next.changeLanguage('en')
  })

  it('shows what is booked and its total, fare + seats + bags; Book waits for the duplicate check', () => {
    const html = draw(review)
    expect(html).toContain('TAN / MEI LING')
    expect(html).toContain('Adult 1: seat 31A on SIN → HKG CX 710')
    expect(html).toContain('data-total="2430"')
    expect(html).toContain('CN¥2,430.00')
    expect(html).toContain('Checking whether a traveller already holds an order')
    expect(bookButton(html)).toContain('aria-disabled="true"')
    expect(bookButton(draw(checked))).not.toContain('aria-disabled')
  })

  it('a duplicate traveller keeps Book off until “Book anyway”', () => {
    const warned = duplicatesAnswered(review, { ok: true, value: { duplicates: [{ passenger: 0, orderNo: '555', route: 'SIN–HKG–SIN', departLocal: '2027-01-10T08:00' }] } })
    const html = draw(warned)
    expect(html).toContain('TAN/MEI LING: order 555, SIN–HKG–SIN, departs 2027-01-10 08:00')
    expect(bookButton(html)).toContain('aria-disabled="true"')
    expect(bookButton(draw(setBookAnyway(warned, true)))).not.toContain('aria-disabled')
  })

  it('Book is off while the booking is in flight, and after a lost answer says booking again is blocked', () => {
    const booking = bookStarted(checked)
    if (booking.kind !== 'booking') throw new Error('not booking')
    const sending = draw(booking)
    expect(sending).toContain('Booking with FR24…')
    expect(bookButton(sending)).toContain('aria-disabled="true"')
    const uncertain = bookAnswered(booking, { ok: true, value: { state: 'uncertain', partnerOrderNo: 'FD123' } })
    const html = draw(uncertain)
    expect(html).toContain('booking again is blocked until it knows')
    expect(html).toContain('Desk reference FD123')
    expect(bookButton(html)).toContain('aria-disabled="true"')
  })

  it('says in one line when seats and bags were skipped while they loaded, and otherwise that none were added', () => {
    const bare: Reviewing = { ...review, choices: { ...review.choices, extras: emptyExtras } }
    const line = (html: string) => /<p data-testid="review-extras-none">([^<]*)<\/p>/.exec(html)?.[1]
    expect(line(draw({ ...bare, choices: { ...bare.choices, extrasSkipped: true } }))).toBe('No seats or bags chosen: skipped before they loaded.')
    expect(line(draw(bare))).toBe('No seats or bags added.')
    expect(line(draw(review))).toBeUndefined()
  })

  it('says it in Chinese too', async () => {
    await i18next.changeLanguage('zh-CN')
    expect(draw(review)).toContain('预订总额')
    expect(draw({ ...review, choices: { ...review.choices, extras: emptyExtras, extrasSkipped: true } })).toContain('未选座位或行李：在加载完成前跳过。')
    await i18next.changeLanguage('en')
  })
})
