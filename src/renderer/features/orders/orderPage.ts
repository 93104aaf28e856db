import type { OrderView, PayOutcome, PayQuote, PayRequest } from '../../../shared/domain/booking'
import type { DeskError, Result } from '../../../shared/errors'
import { cmp, DecimalString } from '../../../shared/money'

/**
 * One order page as plain data, and the pure steps that move it (the zustand store in
 * orderStore.ts runs the calls). Paying is a state of its own: `paying` holds until main answers,
 * and only a `quoted` state with the amount confirmed can start it, so a second click, or Pay
 * while the order is already paid or being followed, has nothing to start from.
 */
export type OrderLoad = { kind: 'loading' } | { kind: 'shown'; order: OrderView } | { kind: 'failed'; error: DeskError }

export type PayState =
  | { kind: 'idle' }
  | { kind: 'quoting' }
  | { kind: 'quoted'; quote: PayQuote; typed: string }
  | { kind: 'quoteFailed'; error: DeskError }
  | { kind: 'paying'; quote: PayQuote; request: PayRequest }
  | { kind: 'paid'; already: boolean }
  | { kind: 'uncertain' }
  | { kind: 'payFailed'; quote: PayQuote; error: DeskError; typed: string }

export interface OrderPage {
  load: OrderLoad
  pay: PayState
}

export const openingPage: OrderPage = { load: { kind: 'loading' }, pay: { kind: 'idle' } }

/** A newer view of the order replaces the one shown; an older one (answers can cross) does not. */
export function orderAnswered(page: OrderPage, answer: Result<OrderView>): OrderPage {
  if (!answer.ok) return page.load.kind === 'shown' ? page : { ...page, load: { kind: 'failed', error: answer.error } }
  const shown = page.load.kind === 'shown' ? page.load.order : undefined
  if (shown && answer.value.updatedAt < shown.updatedAt) return page
  return { load: { kind: 'shown', order: answer.value }, pay: settledPayment(page.pay, answer.value) }
}

/** A payment whose answer was lost, once FR24's view of the order settles it: paid, or not (Pay again). */
function settledPayment(pay: PayState, order: OrderView): PayState {
  if (pay.kind !== 'uncertain') return pay
  if (order.payment === 'paid' || order.state === 'ticketing' || order.state === 'ticketed') return { kind: 'paid', already: false }
  if (order.payment === 'failed' && order.state === 'unpaid') return { kind: 'idle' }
  return pay
}

/** Whether Pay is on offer at all: booked, not paid, no payment under way or in doubt, deadline not passed. */
export function isPayable(order: OrderView, now: number): boolean {
  if (order.state !== 'unpaid') return false
  if (order.payment !== 'none' && order.payment !== 'failed') return false
  return order.payDeadline === undefined || now < order.payDeadline
}

/** The page follows FR24 (orderView with refresh) while the outcome is not final. */
export function needsFollowing(order: OrderView): boolean {
  return order.state === 'ticketing' || order.state === 'unknown' || order.payment === 'pending' || order.payment === 'uncertain'
}

export function quoteStarted(page: OrderPage): OrderPage {
  return page.pay.kind === 'paying' ? page : { ...page, pay: { kind: 'quoting' } }
}

export function quoteAnswered(page: OrderPage, answer: Result<PayQuote>): OrderPage {
  if (page.pay.kind !== 'quoting') return page
  return { ...page, pay: answer.ok ? { kind: 'quoted', quote: answer.value, typed: '' } : { kind: 'quoteFailed', error: answer.error } }
}

/** The amount typed again (Production). */
export function amountTyped(page: OrderPage, typed: string): OrderPage {
  if (page.pay.kind !== 'quoted' && page.pay.kind !== 'payFailed') return page
  return { ...page, pay: { ...page.pay, typed } }
}

/** "2,480.00", "2480", "CNY 2480.0" as typed: the amount, or undefined when it is not one. */
export function readAmount(typed: string): string | undefined {
  const text = typed.replace(/[\s,\u00a0]/g, '').replace(/^[A-Za-z¥$€£]+/, '')
  return DecimalString.safeParse(text).success ? text : undefined
}

export type PayCheck = { ok: true; request: PayRequest } | { ok: false; reason: 'short' | 'mismatch' }

/**
 * The request Pay would send: never when the balance is short; in Production only when the agent
 * typed the amount again and it is the amount quoted.
 */
export function payCheck(quote: PayQuote, typed: string): PayCheck {
  if (quote.shortBy !== undefined) return { ok: false, reason: 'short' }
  const request: PayRequest = { orderNo: quote.orderNo, amount: quote.amount, currency: quote.currency }
  if (quote.environment !== 'production') return { ok: true, request }
  const amount = readAmount(typed)
  if (amount === undefined || cmp(amount, quote.amount) !== 0) return { ok: false, reason: 'mismatch' }
  return { ok: true, request: { ...request, confirmedAmount: quote.amount } }
}

/** Pay: only from a quote (or after a refused payment), only when payCheck allows; the request is fixed here. */
export function payStarted(page: OrderPage): OrderPage {
  const pay = page.pay
  if (pay.kind !== 'quoted' && pay.kind !== 'payFailed') return page
  const check = payCheck(pay.quote, pay.typed)
  return check.ok ? { ...page, pay: { kind: 'paying', quote: pay.quote, request: check.request } } : page
}

/**
 * Only a refusal main stands behind means nothing was paid; a lost answer may have paid, so the
 * page follows the order with FR24 instead of offering Pay again.
 */
export function payAnswered(page: OrderPage, answer: Result<PayOutcome>): OrderPage {
  if (page.pay.kind !== 'paying') return page
  if (!answer.ok) {
    const refused = answer.error.kind === 'validation' || answer.error.kind === 'auth' || answer.error.kind === 'fr24'
    if (refused && answer.error.action !== 'check-order') return { ...page, pay: { kind: 'payFailed', quote: page.pay.quote, error: answer.error, typed: '' } }
    return { ...page, pay: { kind: 'uncertain' } }
  }
  const outcome = answer.value
  const load: OrderLoad = { kind: 'shown', order: outcome.order }
  return outcome.state === 'paid' ? { load, pay: { kind: 'paid', already: outcome.already } } : { load, pay: { kind: 'uncertain' } }
}
