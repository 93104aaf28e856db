import Big from 'big.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MINUTE } from '../world/time'
import { adult, balance, book, testSandbox, type TestSandbox, type Trip } from '../testing/fixtures'
import type { Wire } from '../testing/client'

let t: TestSandbox
beforeEach(async () => {
  t = await testSandbox()
})
afterEach(async () => {
  await t.close()
})

/** A ticketed order: booked, paid and issued. */
async function ticketed(trip: Trip = {}): Promise<Wire> {
  const { booking } = await book(t.client, trip)
  await t.client.ok('ticketing', { orderNo: booking.orderNo, currency: 'CNY', totalPrice: booking.totalPrice, paymentMethod: '0' })
  await t.sandbox.control.advanceClock(2 * MINUTE)
  return t.client.ok('orderDetail', { orderNo: booking.orderNo })
}

const pax = (order: Wire, i = 0) => ({ paxId: order.passengers[i].paxId, name: order.passengers[i].name })
const flight = (s: Wire) => ({ carrier: s.carrier, flightNo: s.flightNo, depAirport: s.depAirport, depTime: s.depTime, arrAirport: s.arrAirport, arrTime: s.arrTime })

describe('refunds', () => {
  it('quotes, confirms and credits the balance when the refund completes', async () => {
    // The flexible fare refunds without penalty: easy to check to the cent.
    const order = await ticketed({ pick: (offers) => offers.find((o: Wire) => o.rules.refund[0].refundPolicy === 'withNoPenalty') })
    const before = await balance(t.client)
    const quote = await t.client.ok('refundRequest', { tktOrderNo: order.orderNo, partnerOrderNo: '', passengers: [pax(order)], segments: order.segments.map(flight) })
    expect(quote.orderStatus).toBe('73')
    expect(quote.tktOrderNo).toBe(order.orderNo)
    const price = order.offer.pricePerPax[0]
    expect(quote.refundAmount).toBe(Number(new Big(price.baseFare).plus(price.totalTax).toFixed(2)))
    expect(quote.refundFee).toBe(0)

    const confirmed = await t.client.ok('refundConfirming', { refundOrderNo: quote.refundOrderNo, tktOrderNo: order.orderNo, refundReason: '0' })
    expect(confirmed).toMatchObject({ refundOrderNo: quote.refundOrderNo, orderStatus: '25', refundAmount: quote.refundAmount })
    await t.sandbox.control.advanceClock(5 * MINUTE)
    expect((await t.client.ok('orderDetail', { orderNo: quote.refundOrderNo })).orderStatus).toBe('27')
    await t.sandbox.control.advanceClock(5 * MINUTE)
    const done = await t.client.ok('orderDetail', { orderNo: quote.refundOrderNo })
    expect(done).toMatchObject({ orderType: 'refund', orderStatus: '30', originalOrderNo: order.orderNo, refundAmount: quote.refundAmount })
    expect(await balance(t.client)).toBe(new Big(before).plus(String(quote.refundAmount)).toFixed(2))

    const twice = await t.client.call('refundRequest', { tktOrderNo: order.orderNo, passengers: [pax(order)] })
    expect(twice.code).toBe('10200001')
  })

  it('keeps the penalty of a fare with conditions and returns only taxes of a non-refundable one', async () => {
    const conditional = await ticketed({ pick: (offers) => offers.find((o: Wire) => o.rules.refund[0].refundPolicy === 'withCondition') })
    const q1 = await t.client.ok('refundRequest', { tktOrderNo: conditional.orderNo, passengers: [pax(conditional)] })
    const p1 = conditional.offer.pricePerPax[0]
    expect(q1.refundFee).toBe(Math.min(conditional.offer.rules.refund[0].refundFee, p1.baseFare))
    expect(q1.refundAmount).toBe(Number(new Big(p1.baseFare).plus(p1.totalTax).minus(q1.refundFee).toFixed(2)))

    const strict = await ticketed({ pick: (offers) => offers.find((o: Wire) => o.rules.refund[0].refundPolicy === 'notAllowed') })
    const q2 = await t.client.ok('refundRequest', { tktOrderNo: strict.orderNo, passengers: [pax(strict)] })
    expect(q2.refundAmount).toBe(strict.offer.pricePerPax[0].totalTax)
  })

  it('answers 72 while quoting when a quote delay is set, and refuses to confirm until 73', async () => {
    t.sandbox.control.setSettings({ refundQuoteDelayMs: 3 * MINUTE })
    const order = await ticketed()
    const quote = await t.client.ok('refundRequest', { tktOrderNo: order.orderNo, passengers: [pax(order)] })
    expect(quote.orderStatus).toBe('72')
    expect(quote.refundAmount).toBeUndefined()
    expect((await t.client.call('refundConfirming', { refundOrderNo: quote.refundOrderNo })).code).toBe('10200001')
    await t.sandbox.control.advanceClock(3 * MINUTE)
    const detail = await t.client.ok('orderDetail', { orderNo: quote.refundOrderNo })
    expect(detail.orderStatus).toBe('73')
    expect(typeof detail.refundAmount).toBe('number')
    expect((await t.client.call('refundConfirming', { refundOrderNo: quote.refundOrderNo })).code).toBe('000000')
  })

  it('takes a direct refund with proof uploaded through fileUpload', async () => {
    const order = await ticketed()
    const direct = { tktOrderNo: order.orderNo, passengers: [pax(order)], refundReason: '2', remarks: 'hospitalised' }
    const noProof = await t.client.call('refundConfirming', direct)
    expect(noProof.code).toBe('10100010')
    expect(noProof.message).toContain('fileId')
    const file = await t.client.ok('fileUpload', { fileName: 'certificate.pdf', fileType: 'application/pdf', content: Buffer.from('%PDF-1.4 proof').toString('base64') })
    expect(file.fileId).toMatch(/^[0-9a-f]{32}$/)
    expect(file.fileName).toBe('certificate.pdf')
    const unknownFile = await t.client.call('refundConfirming', { ...direct, fileId: [{ fileId: 'missing' }] })
    expect(unknownFile.code).toBe('10100010')
    const done = await t.client.ok('refundConfirming', { ...direct, fileId: [{ fileId: file.fileId }] })
    expect(done.orderStatus).toBe('25')
    // Illness refunds carry no penalty: base fare and taxes come back.
    const p = order.offer.pricePerPax[0]
    expect(done.refundAmount).toBe(Number(new Big(p.baseFare).plus(p.totalTax).toFixed(2)))
  })

  it('refuses files over 5 MB and refunds of unticketed orders', async () => {
    const big = await t.client.call('fileUpload', { fileName: 'x.bin', fileType: 'application/octet-stream', content: Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64') })
    expect(big.code).toBe('10100010')
    const { booking } = await book(t.client)
    const early = await t.client.call('refundRequest', { tktOrderNo: booking.orderNo, passengers: [{ paxId: '1', name: adult(1).name as string }] })
    expect(early.code).toBe('10200001')
  })
})

describe('voids', () => {
  const voidable = { pick: (offers: Wire[]) => offers.find((o) => o.productTag.voidingCondition) }

  it('voids on the day of issuance and gives everything back', async () => {
    const start = await balance(t.client)
    const order = await ticketed(voidable)
    const v = await t.client.ok('voidRequest', { tktOrderNo: order.orderNo, partnerOrderNo: '', passengers: [pax(order)] })
    expect(v).toMatchObject({ tktOrderNo: order.orderNo, orderStatus: '36' })
    await t.sandbox.control.advanceClock(10 * MINUTE)
    const detail = await t.client.ok('orderDetail', { orderNo: v.voidOrderNo })
    expect(detail).toMatchObject({ orderType: 'void', orderStatus: '38', originalOrderNo: order.orderNo, refundAmount: order.totalPrice })
    expect(await balance(t.client)).toBe(start)
  })

  it('closes the void window at the end of the China-time day of issuance', async () => {
    const order = await ticketed(voidable)
    // Issued 10:02 China time; 14 hours later it is the next day in China.
    await t.sandbox.control.advanceClock(14 * 60 * MINUTE)
    const late = await t.client.call('voidRequest', { tktOrderNo: order.orderNo, passengers: [pax(order)] })
    expect(late.code).toBe('10200002')
    expect(late.message).toMatch(/void window/)
  })

  it('does not void a fare that cannot be voided', async () => {
    const order = await ticketed({ pick: (offers) => offers.find((o: Wire) => !o.productTag.voidingCondition) })
    const answer = await t.client.call('voidRequest', { tktOrderNo: order.orderNo, passengers: [pax(order)] })
    expect(answer.code).toBe('10200002')
  })
})

describe('changes', () => {
  it('reshops, quotes a reissue and takes its payment through ticketing', async () => {
    const order = await ticketed({ pick: (offers) => offers.find((o: Wire) => o.rules.change[0].changePolicy === 'withCondition') })
    const seg = order.segments[0]
    const reshop = await t.client.ok('changeReshop', {
      orderNo: order.orderNo,
      originalSegments: [{ carrier: seg.carrier, flightNo: seg.flightNo, depTime: seg.depTime }],
      newLegs: [{ origin: seg.depAirport, destination: order.segments[order.segments.length - 1].arrAirport, depDate: '2026-04-18' }],
      adultNum: 1,
      childNum: 0,
      infantNum: 0,
      preferences: { cabin: '' }
    })
    expect(reshop.offers.length).toBeGreaterThan(0)
    const choice = reshop.offers[0]
    expect(choice.totalPrice).toBe(Number(new Big(choice.changeFee).plus(choice.fareDifference).toFixed(2)))
    const newSegments = choice.legId.split('^').flatMap((legId: string) => reshop.legs.find((l: Wire) => l.legId === legId).segmentIds).map((id: string) => reshop.segments.find((s: Wire) => s.segmentId === id))

    const quote = await t.client.ok('reissueRequest', {
      tktOrderNo: order.orderNo,
      partnerOrderNo: '',
      originalSegments: [{ carrier: seg.carrier, flightNo: seg.flightNo, depTime: seg.depTime }],
      newLegs: newSegments.map((s: Wire, i: number) => ({ carrier: s.carrier, flightNo: s.flightNo, depAirport: s.depAirport, depTime: s.depTime, arrAirport: s.arrAirport, arrTime: s.arrTime, cabin: choice.cabin[i] }))
    })
    expect(quote).toMatchObject({ tktOrderNo: order.orderNo, orderStatus: '48', currency: 'CNY', totalPrice: choice.totalPrice })
    expect(quote.reissueOrderNo).toMatch(/^\d{17}$/)

    const before = await balance(t.client)
    const paid = await t.client.ok('ticketing', { orderNo: quote.reissueOrderNo, currency: 'CNY', totalPrice: quote.totalPrice, paymentMethod: '0' })
    expect(paid.orderStatus).toBe('49')
    expect((await t.client.call('ticketing', { orderNo: quote.reissueOrderNo, currency: 'CNY', totalPrice: quote.totalPrice, paymentMethod: '0' })).code).toBe('54')
    await t.sandbox.control.advanceClock(2 * MINUTE)
    const reissued = await t.client.ok('orderDetail', { orderNo: quote.reissueOrderNo })
    expect(reissued).toMatchObject({ orderType: 'reissue', orderStatus: '61', originalOrderNo: order.orderNo })
    expect(reissued.ticketInfo[0].segmentIds[0]).toBe(newSegments.map((s: Wire) => s.segmentId).join('^'))
    expect(await balance(t.client)).toBe(new Big(before).minus(String(quote.totalPrice)).toFixed(2))
  })

  it('keeps the origin and destination of a change (11301002) and needs changeReshop first', async () => {
    const order = await ticketed({ pick: (offers) => offers.find((o: Wire) => o.rules.change[0].changePolicy !== 'notAllowed') })
    const seg = order.segments[0]
    const original = [{ carrier: seg.carrier, flightNo: seg.flightNo, depTime: seg.depTime }]
    const elsewhere = await t.client.call('changeReshop', { orderNo: order.orderNo, originalSegments: original, newLegs: [{ origin: 'SIN', destination: 'BKK', depDate: '2026-04-18' }], adultNum: 1 })
    expect(elsewhere.code).toBe('11301002')
    const noReshop = await t.client.call('reissueRequest', { tktOrderNo: order.orderNo, originalSegments: original, newLegs: [{ carrier: 'SQ', flightNo: '1', depAirport: 'SIN', depTime: '2026-04-18T10:00' }] })
    expect(noReshop.code).toBe('10200001')
    const unknownFlight = await t.client.call('changeReshop', { orderNo: order.orderNo, originalSegments: [{ carrier: 'ZZ', flightNo: '1', depTime: seg.depTime }], newLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-18' }], adultNum: 1 })
    expect(unknownFlight.code).toBe('10100010')
  })
})
