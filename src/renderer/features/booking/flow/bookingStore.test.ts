import { describe, expect, it } from 'vitest'
import { create } from 'zustand'
import { calls } from '../../../../shared/contract'
import type { OfferExtras } from '../../../../shared/domain/booking'
import { createDeskCaller, type DeskPort } from '../../../desk/deskCaller'
import { useSearchStore } from '../../search/results/searchStore'
import { emptyExtras } from '../extras/extrasState'
import { bookingFlows, flowKey, type BookingStore } from './bookingStore'
import { contact, orderView, passenger, pricedOffer } from './testOffer'

/**
 * The flow's store over the app's own desk caller (answers checked against the contract, request
 * ids, cancel by request id), with only `window.desk` stood in for: each call waits until the test
 * answers it, so the test decides what arrives when.
 */
interface Sent {
  name: string
  request: Record<string, unknown>
  answer(raw: unknown): void
}

function standInDesk() {
  const sent: Sent[] = []
  const port: DeskPort = {
    call: (name, request) =>
      new Promise((resolve) => {
        sent.push({ name, request: request as Record<string, unknown>, answer: resolve })
        // main answers a cancel at once; the run it stopped answers `cancelled` on its own.
        if (name === 'cancel') resolve({ ok: true, value: { cancelled: true } })
      }),
    onProgress: () => () => {}
  }
  const caller = createDeskCaller(calls, port)
  const store = create<BookingStore>()(bookingFlows({ callDesk: caller.call, startLongCall: caller.startLongCall }))
  const named = (name: string) => sent.filter((s) => s.name === name)
  /** The last call of that name, which must have been sent. */
  const last = (name: string): Sent => {
    const found = named(name).at(-1)
    if (!found) throw new Error(`no ${name} call was sent`)
    return found
  }
  return { store, sent, named, last }
}

/** Lets the answers handed over reach the store (they go through the caller's promise chain). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const offer = pricedOffer()
const key = flowKey(offer.searchId, offer.offerId)
const extras: OfferExtras = {
  pricingId: offer.pricingId,
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
const seat = { passenger: 0, segmentId: 'g1', seatNo: '31A', price: '120.00' }

/** A desk whose flow is on seats and bags, the extras call sent and not yet answered. */
async function onSeatsAndBags() {
  const desk = standInDesk()
  const { store, last } = desk
  store.getState().enter(offer.searchId, offer.offerId)
  last('priceOffer').answer({ ok: true, value: offer })
  await settle()
  expect(store.getState().flows[key]?.kind).toBe('priced')
  store.getState().continueFromPrice(key)
  return desk
}

describe('the booking store', () => {
  it('prices on entering, once, and takes the answer of its own run', async () => {
    const { store, named, last } = standInDesk()
    store.getState().enter(offer.searchId, offer.offerId)
    store.getState().enter(offer.searchId, offer.offerId)
    expect(named('priceOffer')).toHaveLength(1)
    const pricing = last('priceOffer')
    expect(pricing.request).toMatchObject({ searchId: offer.searchId, offerId: offer.offerId })
    expect(store.getState().flows[key]).toMatchObject({ kind: 'pricing', requestId: pricing.request.requestId })
    pricing.answer({ ok: true, value: offer })
    await settle()
    expect(store.getState().flows[key]).toMatchObject({ kind: 'priced', window: { offer: { pricingId: offer.pricingId } } })
  })

  it('no seats at this price marks the offer sold out in the results', async () => {
    const { store, last } = standInDesk()
    const other = pricedOffer({ offerId: 'o_sold' })
    store.getState().enter(other.searchId, other.offerId)
    last('priceOffer').answer({ ok: false, error: { kind: 'fr24', message: 'no seats', action: 'search-again' } })
    await settle()
    expect(store.getState().flows[flowKey(other.searchId, other.offerId)]?.kind).toBe('soldOut')
    expect(useSearchStore.getState().soldOut[other.searchId]).toContain('o_sold')
  })

  it('Continue while the extras load cancels their call by its request id and goes on without seats and bags', async () => {
    const { store, last, named } = await onSeatsAndBags()
    const asked = last('offerExtras')
    expect(asked.request).toMatchObject({ pricingId: offer.pricingId })
    expect(store.getState().flows[key]).toMatchObject({ kind: 'extras', extras: { kind: 'loading', requestId: asked.request.requestId } })

    store.getState().continueFromExtras(key)
    expect(named('cancel').map((c) => c.request)).toEqual([{ requestId: asked.request.requestId }])
    expect(store.getState().flows[key]).toMatchObject({ kind: 'passengers', extras: undefined, choices: { extrasSkipped: true, extras: { seats: [], bags: [] } } })

    // The cancelled run answers late (here with the extras, as if FR24 had been quicker than the cancel): dropped.
    const before = store.getState().flows[key]
    asked.answer({ ok: true, value: extras })
    await settle()
    expect(store.getState().flows[key]).toBe(before)
  })

  it('back on seats and bags after a skip asks for the extras again, and only that run’s answer lands', async () => {
    const { store, last, named } = await onSeatsAndBags()
    const first = last('offerExtras')
    store.getState().continueFromExtras(key)
    store.getState().back(key)
    expect(named('offerExtras')).toHaveLength(2)
    const second = last('offerExtras')
    expect(second.request.requestId).not.toBe(first.request.requestId)
    expect(store.getState().flows[key]).toMatchObject({ kind: 'extras', extras: { kind: 'loading', requestId: second.request.requestId } })

    first.answer({ ok: true, value: { ...extras, bags: [] } })
    await settle()
    expect(store.getState().flows[key]).toMatchObject({ kind: 'extras', extras: { kind: 'loading' } })
    second.answer({ ok: true, value: extras })
    await settle()
    expect(store.getState().flows[key]).toMatchObject({ kind: 'extras', extras: { kind: 'loaded', extras: { bags: [{ auxId: 'bag20' }] } } })

    // With the extras there, Continue keeps the picks and cancels nothing.
    store.getState().pickExtras(key, { ...emptyExtras, seats: [seat] })
    store.getState().continueFromExtras(key)
    expect(named('cancel')).toHaveLength(1)
    expect(store.getState().flows[key]).toMatchObject({ kind: 'passengers', choices: { extrasSkipped: false, extras: { seats: [seat] } } })
  })

  it('the route stepping back to seats and bags after a skip asks again too', async () => {
    const { store, named } = await onSeatsAndBags()
    store.getState().continueFromExtras(key)
    const next = store.getState().followRoute(key, 'extras')
    expect(next).toMatchObject({ kind: 'extras', extras: { kind: 'loading' } })
    expect(named('offerExtras')).toHaveLength(2)
  })

  it('passengers, the duplicate check, then Book sends one booking however often it is pressed', async () => {
    const { store, last, named } = await onSeatsAndBags()
    last('offerExtras').answer({ ok: true, value: extras })
    await settle()
    store.getState().continueFromExtras(key)
    store.getState().continueWithPassengers(key, [passenger], contact)
    expect(last('checkDuplicates').request).toMatchObject({ pricingId: offer.pricingId, travellers: [{ surname: passenger.surname, givenNames: passenger.givenNames, birthday: passenger.birthday }] })
    store.getState().book(key)
    expect(named('bookOffer')).toHaveLength(0)

    last('checkDuplicates').answer({ ok: true, value: { duplicates: [] } })
    await settle()
    store.getState().book(key)
    store.getState().book(key)
    expect(named('bookOffer')).toHaveLength(1)
    expect(last('bookOffer').request).toMatchObject({ pricingId: offer.pricingId, expectedTotal: offer.detail.totalPrice, seats: [], bags: [] })

    const order = orderView()
    last('bookOffer').answer({ ok: true, value: { state: 'booked', order, recovered: false } })
    await settle()
    expect(store.getState().flows[key]).toMatchObject({ kind: 'booked', order: { orderNo: order.orderNo } })
  })

  it('a lapsed price check is priced again before Continue is taken', async () => {
    const { store, named } = await onSeatsAndBags()
    store.getState().checkWindow(key, Date.now() + 31 * 60_000)
    expect(named('priceOffer')).toHaveLength(2)
    expect(store.getState().flows[key]).toMatchObject({ kind: 'pricing', reason: 'expired' })
  })
})
