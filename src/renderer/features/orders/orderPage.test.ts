import { describe, expect, it } from 'vitest'
import type { PayQuote } from '../../../shared/domain/booking'
import type { DeskError } from '../../../shared/errors'
import { orderView } from '../booking/flow/testOffer'
import {
  amountTyped,
  isPayable,
  needsFollowing,
  openingPage,
  orderAnswered,
  payAnswered,
  payCheck,
  payStarted,
  quoteAnswered,
  quoteStarted,
  readAmount,
  type OrderPage
} from './orderPage'

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
const production = { ...quote, environment: 'production' as const }
const lost: DeskError = { kind: 'network', message: 'dropped' }

function quoted(q: PayQuote = quote): OrderPage {
  return quoteAnswered(quoteStarted(orderAnswered(openingPage, { ok: true, value: orderView() })), { ok: true, value: q })
}

describe('the order page', () => {
  it('shows the newest view of the order; an older one crossing it is dropped', () => {
    const newer = orderAnswered(openingPage, { ok: true, value: orderView({ updatedAt: 20, state: 'ticketing' }) })
    expect(orderAnswered(newer, { ok: true, value: orderView({ updatedAt: 10 }) })).toBe(newer)
    expect(orderAnswered(newer, { ok: false, error: lost })).toBe(newer)
    expect(orderAnswered(openingPage, { ok: false, error: lost }).load.kind).toBe('failed')
  })

  it('offers Pay only on an unpaid order with no payment under way, before the deadline', () => {
    expect(isPayable(orderView(), 1_999_999)).toBe(true)
    expect(isPayable(orderView(), 2_000_000)).toBe(false)
    expect(isPayable(orderView({ state: 'ticketing' }), 0)).toBe(false)
    expect(isPayable(orderView({ payment: 'uncertain' }), 0)).toBe(false)
    expect(isPayable(orderView({ payment: 'failed' }), 0)).toBe(true)
  })

  it('follows the order while ticketing or in doubt, and stops once ticketed', () => {
    expect(needsFollowing(orderView({ state: 'ticketing', payment: 'paid' }))).toBe(true)
    expect(needsFollowing(orderView({ payment: 'uncertain' }))).toBe(true)
    expect(needsFollowing(orderView({ state: 'ticketed', payment: 'paid' }))).toBe(false)
    expect(needsFollowing(orderView())).toBe(false)
  })
})

describe('paying', () => {
  it('pays the amount quoted; a short balance cannot pay', () => {
    expect(payCheck(quote, '')).toEqual({ ok: true, request: { orderNo: '1234567890', amount: '2480.00', currency: 'CNY' } })
    expect(payCheck({ ...quote, shortBy: '80.00' }, '')).toEqual({ ok: false, reason: 'short' })
  })

  it('in Production asks for the amount typed again, as the agent types it', () => {
    expect(payCheck(production, '')).toEqual({ ok: false, reason: 'mismatch' })
    expect(payCheck(production, '2,480.01')).toEqual({ ok: false, reason: 'mismatch' })
    expect(payCheck(production, '2,480')).toEqual({ ok: true, request: { orderNo: '1234567890', amount: '2480.00', currency: 'CNY', confirmedAmount: '2480.00' } })
    expect(readAmount('CNY 2 480.00')).toBe('2480.00')
    expect(readAmount('two')).toBeUndefined()
  })

  it('starts once: a second Pay while paying sends nothing', () => {
    const paying = payStarted(quoted())
    expect(paying.pay.kind).toBe('paying')
    expect(payStarted(paying)).toBe(paying)
    expect(quoteStarted(paying)).toBe(paying)
    const unconfirmed = quoted(production)
    expect(payStarted(unconfirmed)).toBe(unconfirmed)
    expect(payStarted(amountTyped(unconfirmed, '2480.00')).pay.kind).toBe('paying')
  })

  it('paid shows the order ticketing; already paid says nothing was paid again', () => {
    const order = orderView({ state: 'ticketing', payment: 'paid', updatedAt: 2 })
    const paid = payAnswered(payStarted(quoted()), { ok: true, value: { state: 'paid', order, already: true } })
    expect(paid).toEqual({ load: { kind: 'shown', order }, pay: { kind: 'paid', already: true } })
  })

  it('a lost answer is uncertain (no Pay again); a refusal can be tried again', () => {
    expect(payAnswered(payStarted(quoted()), { ok: false, error: lost }).pay).toEqual({ kind: 'uncertain' })
    const uncertain = payAnswered(payStarted(quoted()), { ok: true, value: { state: 'uncertain', order: orderView({ payment: 'uncertain' }) } })
    expect(uncertain.pay).toEqual({ kind: 'uncertain' })
    expect(payStarted(uncertain)).toBe(uncertain)
    const refused = payAnswered(payStarted(quoted()), { ok: false, error: { kind: 'fr24', message: 'refused', action: 'top-up-balance' } })
    expect(refused.pay.kind).toBe('payFailed')
    expect(payStarted(refused).pay.kind).toBe('paying')
  })

  it('a payment in doubt is settled by the next view of the order: paid, or not paid (Pay again)', () => {
    const uncertain = payAnswered(payStarted(quoted()), { ok: false, error: lost })
    const paid = orderAnswered(uncertain, { ok: true, value: orderView({ state: 'ticketing', payment: 'paid', updatedAt: 9_000_000 }) })
    expect(paid.pay).toEqual({ kind: 'paid', already: false })
    const notPaid = orderAnswered(uncertain, { ok: true, value: orderView({ payment: 'failed', updatedAt: 9_000_000 }) })
    expect(notPaid.pay).toEqual({ kind: 'idle' })
    const stillOpen = orderAnswered(uncertain, { ok: true, value: orderView({ payment: 'uncertain', updatedAt: 9_000_000 }) })
    expect(stillOpen.pay).toEqual({ kind: 'uncertain' })
  })

  it('an answer with no payment in flight is dropped', () => {
    const page = quoted()
    expect(payAnswered(page, { ok: false, error: lost })).toBe(page)
  })
})
