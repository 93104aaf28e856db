import { describe, expect, it } from 'vitest'
import { ManualClock } from '../util/clock'
import { Journal } from './journal'
import type { NewOrder } from './orders'

const T0 = Date.UTC(2026, 2, 1, 8, 0)
const HOUR = 3_600_000

function order(orderNo: string, more: Partial<NewOrder> = {}): NewOrder {
  return {
    profileId: 'sandbox',
    orderNo,
    partnerOrderNo: `P-${orderNo}`,
    environment: 'sandbox',
    route: 'SIN–HKG',
    departLocal: '2026-04-15T09:00',
    departZone: 'Asia/Singapore',
    tripStart: Date.UTC(2026, 3, 15, 1, 0),
    tripEnd: Date.UTC(2026, 3, 15, 5, 0),
    travellers: [{ name: 'TAN/WEI', paxType: 'ADT', birthday: '1985-06-15' }],
    extras: [],
    currency: 'CNY',
    total: '1000',
    state: 'unpaid',
    fr24Status: '11',
    payment: 'none',
    bookedAt: T0,
    ...more
  }
}

function openJournal() {
  const clock = new ManualClock(T0)
  return { clock, journal: new Journal(':memory:', clock) }
}

describe('OrdersRepo', () => {
  it('records an order once, with its first history entry; a second record of it answers the first', () => {
    const { journal } = openJournal()
    const first = journal.orders.record(order('101'))
    const again = journal.orders.record(order('101', { total: '9999' }))
    expect(again).toEqual(first)
    expect(journal.orders.history('sandbox', '101')).toEqual([{ state: 'unpaid', fr24Status: '11', payment: 'none', at: T0 }])
  })

  it('never writes what is not a name, type, birthday or ticket number of a traveller', () => {
    const { journal } = openJournal()
    const sneaky = { name: 'TAN/WEI', paxType: 'ADT' as const, birthday: '1985-06-15', cardNum: 'E12345678' }
    journal.orders.record(order('102', { travellers: [sneaky] }))
    expect(JSON.stringify(journal.orders.get('sandbox', '102'))).not.toContain('E12345678')
  })

  it('updates state, payment and tickets, adding history only when the state, FR24 status or payment moved', () => {
    const { journal, clock } = openJournal()
    journal.orders.record(order('103'))
    clock.advance(1000)
    journal.orders.update('sandbox', '103', { checkedAt: clock.now() })
    clock.advance(1000)
    journal.orders.update('sandbox', '103', { state: 'ticketing', fr24Status: '12', payment: 'paid' })
    clock.advance(1000)
    const done = journal.orders.update('sandbox', '103', {
      state: 'ticketed',
      fr24Status: '13',
      travellers: [{ name: 'TAN/WEI', paxType: 'ADT', birthday: '1985-06-15', ticketNo: '999-1234567890' }]
    })
    expect(done).toMatchObject({ state: 'ticketed', payment: 'paid', checkedAt: T0 + 1000, updatedAt: T0 + 3000 })
    expect(done.travellers[0]?.ticketNo).toBe('999-1234567890')
    expect(journal.orders.history('sandbox', '103').map((h) => [h.state, h.fr24Status, h.payment, h.at])).toEqual([
      ['unpaid', '11', 'none', T0],
      ['ticketing', '12', 'paid', T0 + 2000],
      ['ticketed', '13', 'paid', T0 + 3000]
    ])
  })

  it('lists a profile’s orders newest first, finds one by partner order number and by pricing', () => {
    const { journal } = openJournal()
    journal.orders.record(order('201', { bookedAt: T0 }))
    journal.orders.record(order('202', { bookedAt: T0 + HOUR, pricingId: 'pr_1' }))
    journal.orders.record(order('301', { profileId: 'other', bookedAt: T0 + 2 * HOUR }))
    expect(journal.orders.list('sandbox').map((o) => o.orderNo)).toEqual(['202', '201'])
    expect(journal.orders.byPartnerOrderNo('sandbox', 'P-201')?.orderNo).toBe('201')
    expect(journal.orders.byPartnerOrderNo('sandbox', 'P-301')).toBeUndefined()
    expect(journal.orders.byPricing('sandbox', 'pr_1')?.orderNo).toBe('202')
  })

  it('finds the live orders of the same traveller (name and birthday) on an overlapping trip only', () => {
    const { journal } = openJournal()
    const start = Date.UTC(2026, 3, 15, 1, 0)
    journal.orders.record(order('401', { tripStart: start, tripEnd: start + 4 * HOUR }))
    journal.orders.record(order('402', { tripStart: start + 48 * HOUR, tripEnd: start + 52 * HOUR }))
    journal.orders.record(order('403', { tripStart: start, tripEnd: start + 4 * HOUR, state: 'cancelled', fr24Status: '15' }))
    journal.orders.record(order('404', { tripStart: start, tripEnd: start + 4 * HOUR, travellers: [{ name: 'TAN/WEI', paxType: 'ADT', birthday: '1990-01-01' }] }))
    journal.orders.record(order('405', { profileId: 'other', tripStart: start, tripEnd: start + 4 * HOUR }))
    const found = journal.orders.liveOverlapping('sandbox', { name: 'TAN/WEI', birthday: '1985-06-15' }, { start: start + 2 * HOUR, end: start + 10 * HOUR })
    expect(found.map((o) => o.orderNo)).toEqual(['401'])
    // Touching ends count as overlapping; a later trip does not.
    expect(journal.orders.liveOverlapping('sandbox', { name: 'TAN/WEI', birthday: '1985-06-15' }, { start: start + 4 * HOUR, end: start + 5 * HOUR }).map((o) => o.orderNo)).toEqual(['401'])
    expect(journal.orders.liveOverlapping('sandbox', { name: 'TAN/WEI', birthday: '1985-06-15' }, { start: start + 5 * HOUR, end: start + 6 * HOUR })).toEqual([])
  })

  it('finds a traveller by the names FR24 last reported for the order, not the ones first booked', () => {
    const { journal } = openJournal()
    const start = Date.UTC(2026, 3, 15, 1, 0)
    const span = { start, end: start + HOUR }
    journal.orders.record(order('501', { tripStart: start, tripEnd: start + 4 * HOUR }))
    journal.orders.update('sandbox', '501', { travellers: [{ name: 'TAN/WEIMING', paxType: 'ADT', birthday: '1985-06-15' }] })
    expect(journal.orders.liveOverlapping('sandbox', { name: 'TAN/WEI', birthday: '1985-06-15' }, span)).toEqual([])
    expect(journal.orders.liveOverlapping('sandbox', { name: 'TAN/WEIMING', birthday: '1985-06-15' }, span).map((o) => o.orderNo)).toEqual(['501'])
  })
})
