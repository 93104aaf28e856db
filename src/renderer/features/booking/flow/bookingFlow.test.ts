import { describe, expect, it } from 'vitest'
import type { DeskError } from '../../../../shared/errors'
import type { OfferExtras, SeatPick } from '../../../../shared/domain/booking'
import {
  acknowledge,
  askExtras,
  bookAnswered,
  bookStarted,
  bookTotal,
  canBook,
  continueFromExtras,
  continueFromPrice,
  duplicatesAnswered,
  extrasAnswered,
  extrasPicked,
  extrasUnasked,
  followRoute,
  goBack,
  hasLapsed,
  lookUpStarted,
  needsAcknowledgement,
  passengersEntered,
  PRICE_WINDOW_MARGIN_MS,
  priceAgain,
  pricingAnswered,
  pricingLapsed,
  setBookAnyway,
  startPricing,
  stepOf,
  type Booking,
  type ChoosingExtras,
  type EnteringPassengers,
  type Priced,
  type Reviewing
} from './bookingFlow'
import { emptyExtras, type ExtrasState } from '../extras/extrasState'
import { contact, orderView, passenger, pricedOffer } from './testOffer'

const NOW = 5_000_000
const offer = pricedOffer()
const seat: SeatPick = { passenger: 0, segmentId: 'g1', seatNo: '31A', price: '120.00' }
const bag = { passenger: 0, auxId: 'bag20', price: '150.50' }
const picked: ExtrasState = { ...emptyExtras, seats: [seat], bags: [{ ...bag, quantity: 1 }] }
const extras: OfferExtras = {
  pricingId: 'p_1',
  seatMaps: [
    {
      segmentId: 'g1',
      columns: ['A', 'B'],
      aisleAfter: [],
      currency: 'CNY',
      rows: [{ rowNo: 31, exit: false, seats: [{ seatNo: '31A', column: 'A', state: 'free', price: '120.00', characteristics: [] }, null] }]
    }
  ],
  bags: [{ auxId: 'bag20', segmentIds: ['g1'], price: '150.50', currency: 'CNY' }]
}
const refused: DeskError = { kind: 'fr24', message: 'FR24 refused the passengers', code: '1002' }
const lost: DeskError = { kind: 'network', message: 'The connection dropped' }

function priced(changes = offer.changes): Priced {
  const state = pricingAnswered(startPricing('r1'), 'r1', { ok: true, value: { ...offer, changes } }, NOW)
  if (state.kind !== 'priced') throw new Error('not priced')
  return state
}
function choosing(): ChoosingExtras {
  const next = continueFromPrice(priced(), 'r2')
  if (next.kind !== 'extras') throw new Error('not on extras')
  return extrasAnswered(next, 'r2', { ok: true, value: extras })
}
function entering(): EnteringPassengers {
  const next = continueFromExtras(extrasPicked(choosing(), picked))
  if (next.kind !== 'passengers') throw new Error('not on passengers')
  return next
}
function reviewing(): Reviewing {
  return passengersEntered(entering(), [passenger], contact)
}
function booking(): Booking {
  const next = bookStarted(duplicatesAnswered(reviewing(), { ok: true, value: { duplicates: [] } }))
  if (next.kind !== 'booking') throw new Error('not booking')
  return next
}

describe('the price check', () => {
  it('prices, then counts the window from when the answer arrived, for main’s length less the margin', () => {
    const state = priced()
    expect(state.window.receivedAt).toBe(NOW)
    expect(state.window.endsAt).toBe(NOW + 30 * 60_000 - PRICE_WINDOW_MARGIN_MS)
    expect(stepOf(state)).toBe('price')
  })

  it('drops the answer of a run that was replaced', () => {
    const pricing = startPricing('r2')
    expect(pricingAnswered(pricing, 'r1', { ok: true, value: offer }, NOW)).toBe(pricing)
  })

  it('no seats (search-again) is sold out; any other failure can be priced again', () => {
    const soldOut = pricingAnswered(startPricing('r1'), 'r1', { ok: false, error: { kind: 'fr24', message: 'no seats', action: 'search-again' } }, NOW)
    expect(soldOut.kind).toBe('soldOut')
    const failed = pricingAnswered(startPricing('r1'), 'r1', { ok: false, error: refused }, NOW)
    expect(failed.kind).toBe('priceFailed')
    if (failed.kind !== 'priceFailed') return
    expect(priceAgain(failed, 'r3')).toEqual({ kind: 'pricing', requestId: 'r3', reason: 'again', choices: failed.choices })
  })

  it('changes hold Continue until the agent acknowledges them', () => {
    const state = priced([{ kind: 'total', before: '2310.00', after: '2480.00' }])
    expect(needsAcknowledgement(state)).toBe(true)
    expect(continueFromPrice(state, 'r2')).toBe(state)
    const seen = acknowledge(state, true)
    expect(needsAcknowledgement(seen)).toBe(false)
    expect(continueFromPrice(seen, 'r2').kind).toBe('extras')
  })

  it('with no changes Continue goes straight on to seats and bags, loading them', () => {
    const next = continueFromPrice(priced(), 'r2')
    expect(next).toMatchObject({ kind: 'extras', extras: { kind: 'loading', requestId: 'r2' } })
    expect(stepOf(next)).toBe('extras')
  })
})

describe('seats and bags', () => {
  it('takes the extras of its own run only', () => {
    const next = continueFromPrice(priced(), 'r2') as ChoosingExtras
    expect(extrasAnswered(next, 'r9', { ok: true, value: extras })).toBe(next)
    expect(extrasAnswered(next, 'r2', { ok: true, value: extras }).extras.kind).toBe('loaded')
  })

  it('Continue while the extras load skips them: on to passengers with no picks, said so, and the late answer finds no step', () => {
    // Picks kept from an earlier price check do not ride along unseen.
    const loading = extrasPicked(continueFromPrice(priced(), 'r2') as ChoosingExtras, picked)
    const next = continueFromExtras(loading)
    expect(next).toMatchObject({ kind: 'passengers', extras: undefined, choices: { extrasSkipped: true, extras: { seats: [], bags: [] } } })
    expect(stepOf(next)).toBe('passengers')
    const review = passengersEntered(next, [passenger], contact)
    expect(review.choices.extrasSkipped).toBe(true)
    expect(bookTotal(review.window, review.choices)).toBe(offer.detail.totalPrice)
  })

  it('back on seats and bags after a skip they are asked for again, and only the new run’s answer lands', () => {
    const skipped = continueFromExtras(continueFromPrice(priced(), 'r2') as ChoosingExtras)
    const back = goBack(skipped)
    expect(back).toMatchObject({ kind: 'extras', extras: { kind: 'unasked' } })
    if (back.kind !== 'extras') return
    expect(extrasUnasked(back)).toBe(true)
    const asking = askExtras(back, 'r3')
    expect(asking.extras).toEqual({ kind: 'loading', requestId: 'r3' })
    expect(extrasUnasked(asking)).toBe(false)
    expect(askExtras(asking, 'r4')).toBe(asking)
    // The cancelled run's answer (r2) is dropped; the new one is taken, and Continue then keeps the picks.
    expect(extrasAnswered(asking, 'r2', { ok: true, value: extras })).toBe(asking)
    const loaded = extrasPicked(extrasAnswered(asking, 'r3', { ok: true, value: extras }), picked)
    expect(continueFromExtras(loaded)).toMatchObject({ kind: 'passengers', extras, choices: { extrasSkipped: false, extras: { seats: [seat] } } })
  })

  it('failed extras go on without seats and bags (not a skip), and are asked for again on coming back', () => {
    const loading = continueFromPrice(priced(), 'r2') as ChoosingExtras
    const failed = extrasAnswered(extrasPicked(loading, picked), 'r2', { ok: false, error: refused })
    expect(askExtras(failed, 'r3').extras).toEqual({ kind: 'loading', requestId: 'r3' })
    const next = continueFromExtras(failed)
    expect(next).toMatchObject({ kind: 'passengers', extras: undefined, choices: { extrasSkipped: false, extras: { seats: [], bags: [] } } })
    expect(goBack(next)).toMatchObject({ kind: 'extras', extras: { kind: 'unasked' } })
  })

  it('after a re-pricing keeps only the picks still offered at the same price', () => {
    const earlier: ExtrasState = { ...emptyExtras, seats: [seat, { ...seat, passenger: 1, seatNo: '32B' }], bags: [{ ...bag, quantity: 1 }, { ...bag, passenger: 1, price: '99.00', quantity: 1 }] }
    const reloading: ChoosingExtras = { ...choosing(), choices: { extras: earlier }, extras: { kind: 'loading', requestId: 'r5' } }
    const after = extrasAnswered(reloading, 'r5', { ok: true, value: extras })
    expect(after.choices.extras.seats).toEqual([seat])
    expect(after.choices.extras.bags).toEqual([{ ...bag, quantity: 1 }])
    expect(after.dropped).toEqual({ seats: 1, bags: 1 })
  })

  it('the total is fare + seats + bags, exactly', () => {
    const state = extrasPicked(choosing(), { ...picked, seats: [seat, { ...seat, passenger: 1, seatNo: '31B', price: '0.10' }], bags: [{ ...bag, quantity: 2 }] })
    expect(bookTotal(state.window, state.choices)).toBe('2731.10')
  })
})

describe('review and book', () => {
  it('Book waits for the duplicate check', () => {
    const state = reviewing()
    expect(stepOf(state)).toBe('review')
    expect(canBook(state)).toBe(false)
    expect(bookStarted(state)).toBe(state)
  })

  it('a duplicate traveller needs “Book anyway”, and the request then says so', () => {
    const warned = duplicatesAnswered(reviewing(), {
      ok: true,
      value: { duplicates: [{ passenger: 0, orderNo: '99', route: 'SIN–HKG', departLocal: '2027-01-10T08:00' }] }
    })
    expect(canBook(warned)).toBe(false)
    const anyway = setBookAnyway(warned, true)
    expect(canBook(anyway)).toBe(true)
    const sent = bookStarted(anyway)
    expect(sent.kind).toBe('booking')
    if (sent.kind === 'booking') expect(sent.request.allowDuplicates).toBe(true)
  })

  it('a failed duplicate check keeps Book off', () => {
    expect(canBook(duplicatesAnswered(reviewing(), { ok: false, error: lost }))).toBe(false)
  })

  it('books the amount on screen: fare + seats + bags, the pricing, the passengers and contact as entered', () => {
    const { request } = booking()
    expect(request).toEqual({
      pricingId: 'p_1',
      passengers: [passenger],
      contact,
      seats: [seat],
      bags: [bag],
      expectedTotal: '2580.50',
      allowDuplicates: false
    })
  })

  it('booked goes to the order', () => {
    const order = orderView()
    expect(bookAnswered(booking(), { ok: true, value: { state: 'booked', order, recovered: false } })).toEqual({ kind: 'booked', order, recovered: false })
  })

  it('a lost answer is uncertain; asking again looks the order up with the same request', () => {
    const sent = booking()
    const uncertain = bookAnswered(sent, { ok: true, value: { state: 'uncertain', partnerOrderNo: 'd_7', traceId: 't1' } })
    expect(uncertain).toMatchObject({ kind: 'uncertain', partnerOrderNo: 'd_7', request: sent.request, lookingUp: false })
    const dropped = bookAnswered(sent, { ok: false, error: lost })
    expect(dropped.kind).toBe('uncertain')
    if (uncertain.kind !== 'uncertain') return
    const looking = lookUpStarted(uncertain)
    expect(looking.lookingUp).toBe(true)
    expect(lookUpStarted(looking)).toBe(looking)
    // Main still cannot tell (uncertain, check-order), or the account cannot be used: still uncertain, ids kept.
    const stillOpen: DeskError = { kind: 'uncertain', message: 'still looking', action: 'check-order' }
    expect(bookAnswered(looking, { ok: false, error: stillOpen })).toMatchObject({ kind: 'uncertain', partnerOrderNo: 'd_7', lookingUp: false })
    expect(bookAnswered(looking, { ok: false, error: { kind: 'auth', message: 'keychain locked' } })).toMatchObject({ kind: 'uncertain', partnerOrderNo: 'd_7' })
    // Main refuses only once it settled the earlier booking as not made: a plain failure.
    expect(bookAnswered(looking, { ok: false, error: { kind: 'validation', message: 'expired', action: 'reprice' } }).kind).toBe('failed')
    expect(bookAnswered(looking, { ok: true, value: { state: 'booked', order: orderView(), recovered: true } })).toMatchObject({ kind: 'booked', recovered: true })
  })

  it('a refusal of the first booking is a failure the agent can go back from', () => {
    const failed = bookAnswered(booking(), { ok: false, error: refused })
    expect(failed.kind).toBe('failed')
    if (failed.kind !== 'failed') return
    expect(goBack(failed)).toMatchObject({ kind: 'passengers', choices: { passengers: [passenger] } })
  })
})

describe('the window lapsing', () => {
  const lapsedAt = NOW + 30 * 60_000 - PRICE_WINDOW_MARGIN_MS

  it('lapses at its end, not a millisecond before, and only before booking', () => {
    expect(hasLapsed(reviewing(), lapsedAt - 1)).toBe(false)
    expect(hasLapsed(reviewing(), lapsedAt)).toBe(true)
    expect(hasLapsed(booking(), lapsedAt + 60_000)).toBe(false)
    expect(hasLapsed(startPricing('r1'), lapsedAt)).toBe(false)
  })

  it('from any step before booking, re-prices first and keeps the choices', () => {
    for (const state of [priced(), choosing(), entering(), reviewing()]) {
      const again = pricingLapsed(state, 'r9')
      expect(again).toEqual({ kind: 'pricing', requestId: 'r9', reason: 'expired', choices: state.choices })
    }
    const repriced = pricingAnswered(pricingLapsed(reviewing(), 'r9'), 'r9', { ok: true, value: { ...offer, changes: [{ kind: 'total', before: '2310.00', after: '2480.00' }] } }, lapsedAt)
    expect(repriced).toMatchObject({ kind: 'priced', reason: 'expired', acknowledged: false, choices: { passengers: [passenger], extras: { seats: [seat] } } })
    if (repriced.kind === 'priced') expect(repriced.window.endsAt).toBe(lapsedAt + 30 * 60_000 - PRICE_WINDOW_MARGIN_MS)
  })
})

describe('going back and the route', () => {
  it('Escape steps back one step, keeping what was entered', () => {
    expect(goBack(choosing())).toMatchObject({ kind: 'priced', acknowledged: true })
    expect(goBack(entering())).toMatchObject({ kind: 'extras', extras: { kind: 'loaded' }, choices: { extras: { seats: [seat] } } })
    expect(goBack(reviewing())).toMatchObject({ kind: 'passengers', choices: { passengers: [passenger], contact } })
  })

  it('the route steps back to an earlier step, never ahead', () => {
    expect(stepOf(followRoute(reviewing(), 'extras'))).toBe('extras')
    expect(stepOf(followRoute(choosing(), 'review'))).toBe('extras')
    expect(followRoute(booking(), 'price').kind).toBe('booking')
  })
})

describe('illegal steps do not compile', () => {
  // tsc (tsconfig.web.json) checks this file: an @ts-expect-error whose line compiles fails the typecheck.
  // The calls are never run: they are about types, and would make no sense at run time.
  it('rejects each at the type level', () => {
    const pricing = startPricing('r1')
    const illegal = () => {
      // @ts-expect-error: no Continue from a price check still running
      continueFromPrice(pricing, 'r2')
      // @ts-expect-error: no booking from the price step
      bookStarted(priced())
      // @ts-expect-error: no booking from passengers before the review
      bookStarted(entering())
      // @ts-expect-error: booking twice: a booking in flight cannot start another
      bookStarted(booking())
      // @ts-expect-error: a booking in flight is not re-priced, whatever the clock says
      pricingLapsed(booking(), 'r3')
      const uncertain = bookAnswered(booking(), { ok: false, error: lost })
      if (uncertain.kind === 'uncertain') {
        // @ts-expect-error: an uncertain booking cannot be re-priced (and so booked again)
        pricingLapsed(uncertain, 'r3')
        // @ts-expect-error: nor sent back to the review to book again
        goBack(uncertain)
      }
      // @ts-expect-error: no acknowledging on the seats step
      acknowledge(choosing(), true)
      // @ts-expect-error: passengers are entered on their own step only
      passengersEntered(choosing(), [passenger], contact)
    }
    expect(typeof illegal).toBe('function')
    expect(pricing.kind).toBe('pricing')
  })
})
