import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../util/clock'
import { startSandbox, type RunningSandbox } from '../sandbox'
import { CallChain } from './chain'
import { createFr24Client, type Fr24ClientDeps } from './client'
import { DriftCounter } from './drift'
import { toDeskError } from './deskError'
import { Fr24Error } from './errors'
import type { Offer } from './schema/common'
import { parseServerTime } from './serverTime'
import { WireLog } from './wireLog'
import { silentLogger } from '../util/log'

/**
 * The client against the FR24 simulator over real HTTP: every operation, the happy paths of an
 * agent's day and the error codes of docs/fr24-inferences.md §5. Sandbox and client share no code;
 * they only share that document.
 */
const ACCOUNT = { appKey: 'desk-service-test', appSecret: 'service-secret-42', aesKey: 'fedcba9876543210', balance: '80000.00', currency: 'CNY' }
const CREDS = { appKey: ACCOUNT.appKey, appSecret: ACCOUNT.appSecret, aesKey: ACCOUNT.aesKey }
/** 2026-03-10 10:00 China time. */
const START = Date.UTC(2026, 2, 10, 2, 0, 0)
const CONTACT = { agentName: 'DESK/AGENT', agentEmail: 'desk@example.com', mobile: '13800000000', areaCode: '86' }
const MINUTE = 60_000

let sandbox: RunningSandbox
const clock = new ManualClock(START)
const drift = new DriftCounter()
const wireLog = new WireLog()

function client(over: Partial<Fr24ClientDeps> = {}) {
  return createFr24Client({
    baseUrl: sandbox.url,
    credentials: async () => CREDS,
    clock,
    drift,
    wireLog,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...over
  })
}

const adult = (paxId: number, name: string) =>
  ({ paxId, name, paxType: 'ADT', birthday: '1985-06-15', gender: 'M', cardNum: `E${String(paxId).padStart(8, '0')}`, cardType: 'PP', cardIssuedPlace: 'CN', cardExpiryDate: '2032-12-31', nationality: 'CN' }) as const

async function failure(p: Promise<unknown>): Promise<Fr24Error> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err
  )
  if (!(e instanceof Fr24Error)) throw new Error(`expected an Fr24Error, got ${String(e)}`)
  return e
}

const SEARCH = { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-15' }], adultNum: 1, preferences: { cabin: 'Y' as const } }
const changeable = (o: Offer) => !(o.rules?.change ?? []).some((r) => r.changePolicy === 'notAllowed')
const voidable = (o: Offer) => o.productTag?.voidingCondition === true
const refundable = (o: Offer) => !(o.rules?.refund ?? []).some((r) => r.refundPolicy === 'notAllowed')

/** Search, price and book one adult; returns the booking reply and the chain. */
async function bookOne(name: string, pick: (o: Offer) => boolean = () => true, partnerOrderNo = '') {
  const c = client()
  const chain = new CallChain()
  const shop = chain.record(await c.shopping(SEARCH, { series: chain.next() }))
  const offer = shop.data.offers.find(pick)
  if (!offer) throw new Error('no suitable offer in the sandbox answer')
  const price = chain.record(await c.pricing({ offerId: offer.offerId, adultNum: 1 }, { series: chain.next() }))
  const booking = chain.record(
    await c.booking({ offerId: price.data.offer[0]!.offerId, partnerOrderNo, passengers: [adult(1, name)], agentContact: CONTACT }, { series: chain.next() })
  )
  return { c, chain, shop, price, booking, offer }
}

async function issue(name: string, pick?: (o: Offer) => boolean) {
  const b = await bookOne(name, pick)
  const { orderNo, totalPrice, currency } = b.booking.data
  await b.c.ticketing({ orderNo, currency, totalPrice })
  await sandbox.control.advanceClock(30 * MINUTE)
  const detail = await b.c.orderDetail({ orderNo })
  expect(detail.data.orderStatus).toBe('13')
  return { ...b, detail }
}

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'fr24-client', account: ACCOUNT, clock, settings: { priceChangeRate: 0, noSeatsRate: 0 }, log: silentLogger })
})

afterAll(async () => {
  await sandbox?.close()
})

describe('against the sandbox: an agent’s day', () => {
  it('selectBalance reads the misspelt currency key and decimal amounts without drift', async () => {
    const reply = await client().selectBalance()
    expect(reply.data.accountCurrency).toBe('CNY')
    expect(reply.data.accountBalance).toMatch(/^\d+(\.\d+)?$/)
    expect(parseServerTime(reply.data.time)).toBeTypeOf('number')
    expect(reply.traceId).toMatch(/^balance_NEWAPI\d{12}/)
    expect(drift.counts('selectBalance')).toEqual([])
  })

  it('search → fare details → extras → seat map → price → book → pay-check → pay → ticketed', async () => {
    const c = client()
    const chain = new CallChain()
    const shop = chain.record(await c.shopping(SEARCH, { series: chain.next() }))
    expect(shop.data.offers.length).toBeGreaterThan(0)
    const offer = shop.data.offers[0]!
    expect(offer.totalPrice).toMatch(/^\d+(\.\d+)?$/)
    expect(shop.data.legs?.[0]?.segmentIds.length).toBeGreaterThan(0)
    expect(shop.traceId).toMatch(/^queryFlight_NEWAPI/)

    const extras = await c.presaleAncillaryShopping({ offerId: offer.offerId })
    expect(extras.data.currency).toBe('CNY')
    const seats = await c.seatMap({ offerId: offer.offerId, passengers: [{ count: 1, paxType: 'ADT' }] })
    const map = seats.data.seatMaps[0]!
    expect(map.columns?.length).toBeGreaterThan(0)
    const free = map.rows.flatMap((r) => r.seats).find((s) => s.available)
    expect(free?.seatNo).toMatch(/^\d+[A-Z]$/)

    const price = chain.record(await c.pricing({ offerId: offer.offerId, adultNum: 1 }, { series: chain.next() }))
    const priced = price.data.offer[0]!
    expect(priced.offerId).not.toBe(offer.offerId)

    const bag = extras.data.auxes[0]
    const booking = chain.record(
      await c.booking(
        {
          offerId: priced.offerId,
          partnerOrderNo: 'DESK-FLOW-1',
          passengers: [adult(1, 'TRAVELLER/ALPHA')],
          agentContact: CONTACT,
          ...(bag ? { ancillary: [{ paxId: '1', segmentIds: bag.segmentIds!.filter((s): s is string => s !== null), auxId: bag.auxId, quantity: 1, auxType: 1 as const }] } : {})
        },
        { series: chain.next() }
      )
    )
    const order = booking.data
    expect(order.orderStatus).toBe('11')
    expect(order.partnerOrderNo).toBe('DESK-FLOW-1')
    expect(parseServerTime(order.payDeadline)).toBeGreaterThan(clock.now())

    const check = chain.record(await c.payVerify({ orderNo: order.orderNo, partnerOrderNo: 'DESK-FLOW-1', totalPrice: order.totalPrice, currency: order.currency }, { series: chain.next() }))
    expect(check.data.totalPrice).toBe(order.totalPrice)

    const paid = chain.record(await c.ticketing({ orderNo: order.orderNo, partnerOrderNo: 'DESK-FLOW-1', currency: order.currency, totalPrice: order.totalPrice }, { series: chain.next() }))
    expect(paid.data.orderStatus).toBe('12')

    const during = await c.orderDetail({ orderNo: order.orderNo }, { series: chain.next() })
    expect(during.data.orderStatus).toBe('12')
    expect(during.data.ticketInfo ?? []).toEqual([])

    await sandbox.control.advanceClock(30 * MINUTE)
    const after = await c.orderDetail({ orderNo: order.orderNo })
    expect(after.data).toMatchObject({ orderStatus: '13', orderType: 'ticket' })
    expect(after.data.ticketInfo?.[0]?.ticketNo?.length).toBeGreaterThan(0)
    expect(after.data.passengers?.[0]?.cardNum).toMatch(/^\*+0001$/)
    expect(drift.counts('orderDetail')).toEqual([])
    expect(drift.counts('booking')).toEqual([])
    expect(drift.counts('shopping')).toEqual([])
    expect(drift.counts('pricing')).toEqual([])
  })

  it('post-sale extras and seats: offers, book, pay, look up', async () => {
    const { c, detail } = await issue('TRAVELLER/BRAVO')
    const orderNo = detail.data.orderNo
    const extras = await c.postsaleAncillaryShopping({ orderNo })
    expect(extras.data.passengers?.[0]?.paxId).toBe('1')
    const seats = await c.seatMap({ orderNo, passengers: [{ count: 1, paxType: 'ADT' }] })
    expect(seats.data.seatMaps.length).toBeGreaterThan(0)
    const bag = extras.data.auxes[0]!
    const aux = await c.ancillaryBooking({
      orderNo,
      ancillary: [{ paxId: '1', segmentIds: bag.segmentIds!.filter((s): s is string => s !== null), auxId: bag.auxId, quantity: 1, auxType: 1 }],
      passengers: [{ paxId: '1', name: 'TRAVELLER/BRAVO' }],
      segments: detail.data.segments!.map((s) => ({ ...s }))
    })
    expect(aux.data.auxOrderStatus).toBe('1')
    expect(aux.data.totalPrice).toMatch(/^\d/)
    const paid = await c.ancillaryPurchase({ auxOrderNo: aux.data.auxOrderNo, orderNo, currency: aux.data.currency!, totalPrice: aux.data.totalPrice! })
    expect(paid.data.auxOrderStatus).toBe('2')
    const look = await c.ancillaryOrderDetail({ auxOrderNo: aux.data.auxOrderNo })
    expect(look.data.ancillary?.baggage?.[0]?.auxId).toBe(bag.auxId)
    expect(drift.counts('ancillaryOrderDetail')).toEqual([])
  })

  it('a change: search new flights, get the reissue quote, pay it with ticketing, see the reissue order', async () => {
    const { c, detail } = await issue('TRAVELLER/CHARLIE', changeable)
    const seg = detail.data.segments![0]!
    const original = [{ carrier: seg.carrier!, flightNo: seg.flightNo!, depTime: seg.depTime! }]
    const options = await c.changeReshop({ orderNo: detail.data.orderNo, originalSegments: original, newLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-16' }], adultNum: 1 })
    const choice = options.data.offers[0]!
    expect(choice.totalPrice).toMatch(/^\d/)
    const segIds = options.data.legs?.find((l) => choice.legId?.split('^').includes(l.legId))?.segmentIds ?? []
    const newSegs = segIds.map((id) => options.data.segments!.find((s) => s.segmentId === id)!)
    const quote = await c.reissueRequest({
      tktOrderNo: detail.data.orderNo,
      originalSegments: original,
      newLegs: newSegs.map((s) => ({ carrier: s.carrier!, flightNo: s.flightNo!, depAirport: s.depAirport!, depTime: s.depTime!, arrAirport: s.arrAirport!, arrTime: s.arrTime!, cabin: 'Y' as const }))
    })
    expect(quote.data.orderStatus).toBe('48')
    const pay = await c.ticketing({ orderNo: quote.data.reissueOrderNo, currency: quote.data.currency!, totalPrice: quote.data.totalPrice! })
    expect(pay.data.orderStatus).toBe('49')
    const reissue = await c.orderDetail({ orderNo: quote.data.reissueOrderNo })
    expect(reissue.data).toMatchObject({ orderType: 'reissue', originalOrderNo: detail.data.orderNo })
  })

  it('a refund: upload proof, ask for a quote, confirm it, follow the refund order', async () => {
    const { c, detail } = await issue('TRAVELLER/DELTA', refundable)
    const file = await c.fileUpload({ fileName: 'medical.pdf', fileType: 'application/pdf', bytes: Buffer.from('%PDF-1.4 certificate') })
    expect(file.data.fileId).toBeTruthy()
    const segs = detail.data.segments!.map((s) => ({ carrier: s.carrier!, flightNo: s.flightNo!, depAirport: s.depAirport!, depTime: s.depTime!, arrAirport: s.arrAirport!, arrTime: s.arrTime! }))
    const pax = [{ paxId: '1', name: 'TRAVELLER/DELTA', birthday: '1985-06-15', gender: 'M' as const }]
    const quote = await c.refundRequest({ tktOrderNo: detail.data.orderNo, passengers: pax, segments: segs, refundReason: '2', fileId: [{ fileId: file.data.fileId }] })
    expect(quote.data.orderStatus).toBe('73')
    expect(quote.data.refundAmount).toMatch(/^\d/)
    const confirm = await c.refundConfirming({ refundOrderNo: quote.data.refundOrderNo, refundReason: '2', fileId: [{ fileId: file.data.fileId }] })
    expect(confirm.data.orderStatus).toBe('25')
    const refund = await c.orderDetail({ orderNo: quote.data.refundOrderNo })
    expect(refund.data).toMatchObject({ orderType: 'refund', originalOrderNo: detail.data.orderNo })
  })

  it('a void of freshly issued tickets', async () => {
    const { c, detail } = await issue('TRAVELLER/ECHO', voidable)
    const reply = await c.voidRequest({ tktOrderNo: detail.data.orderNo, passengers: [{ paxId: '1', name: 'TRAVELLER/ECHO' }] })
    expect(reply.data.orderStatus).toBe('36')
    const v = await c.orderDetail({ orderNo: reply.data.voidOrderNo! })
    expect(v.data).toMatchObject({ orderType: 'void', originalOrderNo: detail.data.orderNo })
  })
})

describe('against the sandbox: error codes reach the agent as the right action', () => {
  it('credentials: unknown appKey, wrong secret, clock out of the window, wrong AES key', async () => {
    const unknown = await failure(client({ credentials: async () => ({ ...CREDS, appKey: 'nobody' }) }).selectBalance())
    expect(unknown).toMatchObject({ code: '10100002', action: 'check-credentials' })
    const badSign = await failure(client({ credentials: async () => ({ ...CREDS, appSecret: 'not-the-secret' }) }).selectBalance())
    expect(badSign).toMatchObject({ code: '10100003', action: 'check-credentials' })
    expect(toDeskError(badSign)).toMatchObject({ kind: 'auth', code: '10100003' })
    const skewed = await failure(client({ clock: new ManualClock(clock.now() + 400_000) }).selectBalance())
    expect(skewed).toMatchObject({ code: '10100004', action: 'check-credentials' })
    const c = client({ credentials: async () => ({ ...CREDS, aesKey: '0000000000000000' }) })
    const shop = await c.shopping(SEARCH)
    const price = await c.pricing({ offerId: shop.data.offers[0]!.offerId, adultNum: 1 })
    const wrongKey = await failure(c.booking({ offerId: price.data.offer[0]!.offerId, passengers: [adult(1, 'TRAVELLER/FOXTROT')], agentContact: CONTACT }))
    expect(wrongKey).toMatchObject({ code: '10100020', action: 'check-credentials', uncertain: false })
  })

  it('orders that do not exist, passengers that break a rule, pricing that expired or does not match', async () => {
    const c = client()
    expect(await failure(c.orderDetail({ orderNo: '99999999999999999' }))).toMatchObject({ code: '10100030', action: 'fix-input' })

    const shop = await c.shopping(SEARCH)
    const price = await c.pricing({ offerId: shop.data.offers[0]!.offerId, adultNum: 1 })
    const tooYoung = { ...adult(1, 'TRAVELLER/GOLF'), birthday: '2020-01-01' }
    expect(await failure(c.booking({ offerId: price.data.offer[0]!.offerId, passengers: [tooYoung], agentContact: CONTACT }))).toMatchObject({ code: '10100021', action: 'fix-input' })
    const two = [adult(1, 'TRAVELLER/HOTEL'), adult(2, 'TRAVELLER/INDIA')]
    expect(await failure(c.booking({ offerId: price.data.offer[0]!.offerId, passengers: two, agentContact: CONTACT }))).toMatchObject({ code: '20901997' })

    await sandbox.control.advanceClock(31 * MINUTE)
    expect(await failure(c.booking({ offerId: price.data.offer[0]!.offerId, passengers: [adult(1, 'TRAVELLER/JULIET')], agentContact: CONTACT }))).toMatchObject({
      code: '10701001',
      action: 'search-again'
    })
  })

  it('out-of-order calls, unknown flights and a change to another destination', async () => {
    const { c, booking } = await bookOne('TRAVELLER/ROMEO')
    const seg = booking.data.segments![0]!
    const flight = { carrier: seg.carrier!, flightNo: seg.flightNo!, depAirport: seg.depAirport!, depTime: seg.depTime!, arrAirport: seg.arrAirport!, arrTime: seg.arrTime! }
    const pax = [{ paxId: '1', name: 'TRAVELLER/ROMEO' }]
    // Not ticketed yet: a refund is out of order.
    expect(await failure(c.refundRequest({ tktOrderNo: booking.data.orderNo, passengers: pax, segments: [flight] }))).toMatchObject({ code: '10200001', action: 'read-docs', uncertain: false })

    const { detail } = await issue('TRAVELLER/SIERRA', changeable)
    const own = detail.data.segments![0]!
    const wrongFlight = [{ carrier: own.carrier!, flightNo: '9999', depTime: own.depTime! }]
    const e = await failure(c.changeReshop({ orderNo: detail.data.orderNo, originalSegments: wrongFlight, newLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-16' }], adultNum: 1 }))
    expect(e).toMatchObject({ code: '10100010', action: 'fix-input' })
    expect(e.fr24Message).toContain('originalSegments')
    const original = [{ carrier: own.carrier!, flightNo: own.flightNo!, depTime: own.depTime! }]
    const elsewhere = await failure(c.changeReshop({ orderNo: detail.data.orderNo, originalSegments: original, newLegs: [{ origin: 'SIN', destination: 'BKK', depDate: '2026-04-16' }], adultNum: 1 }))
    expect(elsewhere).toMatchObject({ code: '11301002', action: 'fix-input' })
  })

  it('no seats left at pricing means other options', async () => {
    const c = client()
    const shop = await c.shopping(SEARCH)
    sandbox.control.forcePricing('noSeats')
    expect(await failure(c.pricing({ offerId: shop.data.offers[0]!.offerId, adultNum: 1 }))).toMatchObject({ code: '21000001', action: 'try-other-options' })
  })

  it('payment codes: wrong amount, paying twice, not enough balance', async () => {
    const { c, booking } = await bookOne('TRAVELLER/KILO')
    const { orderNo, currency, totalPrice } = booking.data
    expect(await failure(c.ticketing({ orderNo, currency, totalPrice: '1.00' }))).toMatchObject({ code: '52', action: 'reprice', uncertain: false })
    await c.ticketing({ orderNo, currency, totalPrice })
    const again = await failure(c.ticketing({ orderNo, currency, totalPrice }))
    expect(['54', '58']).toContain(again.code)
    expect(again.action).toBe('check-order')

    const poor = await bookOne('TRAVELLER/LIMA')
    await sandbox.control.setBalance('0')
    const e = await failure(poor.c.ticketing({ orderNo: poor.booking.data.orderNo, currency: poor.booking.data.currency, totalPrice: poor.booking.data.totalPrice }))
    expect(e).toMatchObject({ code: '56', action: 'top-up-balance' })
    expect(toDeskError(e).kind).toBe('fr24')
    await sandbox.control.setBalance('80000.00')
  })

  it('a rate limit and a 502 on a read are retried; on a write they are not', async () => {
    sandbox.control.fault({ op: 'shopping', kind: 'rateLimit' })
    sandbox.control.fault({ op: 'shopping', kind: 'http', status: 502, skip: 1 })
    const before = wireLog.entries().length
    const shop = await client().shopping(SEARCH)
    expect(shop.data.offers.length).toBeGreaterThan(0)
    expect(wireLog.entries().slice(before).map((e) => e.outcome)).toEqual(['fr24-error', 'http-error', 'ok'])

    const { c, booking } = await bookOne('TRAVELLER/MIKE')
    sandbox.control.fault({ op: 'ticketing', kind: 'rateLimit' })
    const e = await failure(c.ticketing({ orderNo: booking.data.orderNo, currency: booking.data.currency, totalPrice: booking.data.totalPrice }))
    expect(e).toMatchObject({ code: '20500001', uncertain: false, action: 'retry-now' })
  })

  it('lost answers to writes are uncertain — and the order did change', async () => {
    const { c, booking } = await bookOne('TRAVELLER/NOVEMBER')
    const pay = { orderNo: booking.data.orderNo, currency: booking.data.currency, totalPrice: booking.data.totalPrice }
    sandbox.control.fault({ op: 'ticketing', kind: 'dropAfter' })
    const dropped = await failure(c.ticketing(pay))
    expect(dropped).toMatchObject({ uncertain: true, action: 'check-order' })
    expect(toDeskError(dropped).kind).toBe('uncertain')
    expect((await c.orderDetail({ orderNo: pay.orderNo })).data.orderStatus).toBe('12')

    const second = await bookOne('TRAVELLER/OSCAR')
    sandbox.control.fault({ op: 'ticketing', kind: 'truncated' })
    const cut = await failure(second.c.ticketing({ orderNo: second.booking.data.orderNo, currency: second.booking.data.currency, totalPrice: second.booking.data.totalPrice }))
    expect(cut).toMatchObject({ kind: 'truncated', uncertain: true })

    sandbox.control.fault({ op: 'booking', kind: 'malformed' })
    const third = await failure(bookOne('TRAVELLER/PAPA'))
    expect(third).toMatchObject({ kind: 'not-json', uncertain: true, action: 'check-order' })
  })

  it('a connection cut before the sandbox acted on a read is simply retried', async () => {
    sandbox.control.fault({ op: 'orderDetail', kind: 'dropBefore' })
    const { booking, c } = await bookOne('TRAVELLER/QUEBEC')
    const detail = await c.orderDetail({ orderNo: booking.data.orderNo })
    expect(detail.data.orderStatus).toBe('11')
  })

  it('the sandbox and the client agree on every answer shape: no drift at all', () => {
    expect(drift.counts()).toEqual([])
  })
})
