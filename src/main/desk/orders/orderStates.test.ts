import { describe, expect, it } from 'vitest'
import type { MoneyMovement } from '../../../shared/domain/moneyMovement'
import { lostCallIsOver, SERVER_MAY_STILL_ACT_MS } from './orderChecks'
import { isPaidState, orderStateOf, paymentStateOf, withTickets } from './orderStates'

const T0 = Date.UTC(2026, 2, 10, 2, 0)

const ticketing = (state: MoneyMovement['state'], at = T0): MoneyMovement => ({
  id: `mv_${state}_${at}`,
  profileId: 'sandbox',
  kind: 'ticketing',
  amount: '100',
  currency: 'CNY',
  direction: 'debit',
  state,
  createdAt: at
})

describe('orderStateOf', () => {
  it('reads FR24’s ticket-order codes in the agent’s words', () => {
    expect(['11', '12', '13', '14', '15', '67'].map(orderStateOf)).toEqual(['unpaid', 'ticketing', 'ticketed', 'ticketing', 'cancelled', 'ticketing'])
    expect(orderStateOf(' 13 ')).toBe('ticketed')
  })

  it('never reads a code that may mean "paid" as unpaid', () => {
    for (const code of ['12', '13', '14', '67', '25', '30', '36', '38']) expect(orderStateOf(code)).not.toBe('unpaid')
  })

  it('has no word for a code it does not know (the order keeps its state)', () => {
    expect(orderStateOf('99')).toBeUndefined()
    expect(orderStateOf(undefined)).toBeUndefined()
  })
})

describe('paymentStateOf', () => {
  it('follows the newest ticketing row, and a paid order reads paid whatever the rows', () => {
    expect(paymentStateOf([], 'unpaid')).toBe('none')
    expect(paymentStateOf([ticketing('pending')], 'unpaid')).toBe('pending')
    expect(paymentStateOf([ticketing('uncertain')], 'unpaid')).toBe('uncertain')
    expect(paymentStateOf([ticketing('failed')], 'unpaid')).toBe('failed')
    expect(paymentStateOf([ticketing('failed'), ticketing('succeeded', T0 + 1)], 'unpaid')).toBe('paid')
    expect(paymentStateOf([], 'ticketed')).toBe('paid')
    expect(isPaidState('cancelled')).toBe(false)
  })
})

describe('withTickets', () => {
  it('puts each passenger’s ticket numbers on the traveller with that paxId (1-based, booking order)', () => {
    const travellers = [
      { name: 'TAN/WEI', paxType: 'ADT' as const, birthday: '1985-06-15' },
      { name: 'TAN/MEI', paxType: 'CHD' as const, birthday: '2018-05-01' }
    ]
    expect(withTickets(travellers, [{ paxId: '2', ticketNo: ['618-2400000002'] }, { paxId: 1, ticketNo: ['618-2400000001', null] }]).map((t) => t.ticketNo)).toEqual([
      '618-2400000001',
      '618-2400000002'
    ])
    expect(withTickets(travellers, null)).toEqual(travellers)
  })
})

describe('lostCallIsOver', () => {
  it('at once when an answer of some kind came back (the server had finished)', () => {
    for (const note of ['http', 'not-json', 'truncated', 'shape RESPONSE_SHAPE']) expect(lostCallIsOver({ state: 'uncertain', note, createdAt: T0 }, T0)).toBe(true)
  })

  it('only after FR24 can no longer be working on it when the desk stopped waiting first', () => {
    for (const movement of [
      { state: 'uncertain' as const, note: 'timeout', createdAt: T0 },
      { state: 'uncertain' as const, note: 'reset', createdAt: T0 },
      { state: 'uncertain' as const, note: 'the desk stopped before the answer arrived', createdAt: T0 },
      { state: 'pending' as const, createdAt: T0 }
    ]) {
      expect(lostCallIsOver(movement, T0 + SERVER_MAY_STILL_ACT_MS - 1)).toBe(false)
      expect(lostCallIsOver(movement, T0 + SERVER_MAY_STILL_ACT_MS)).toBe(true)
    }
  })
})
