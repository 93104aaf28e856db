import { describe, expect, it } from 'vitest'
import { Ledger, openLedger } from './ledger'

describe('ledger', () => {
  it('freezes, deducts and credits to the cent', () => {
    const state = openLedger('CNY', '1000.10', '0', 0)
    const ledger = new Ledger(state)
    expect(ledger.freeze('A', '333.33', 1, 'pay A')).toBe(true)
    expect(ledger.view()).toMatchObject({ accountBalance: '666.77', frozen: '333.33' })
    ledger.deduct('A', 2, 'issued')
    expect(ledger.view()).toMatchObject({ accountBalance: '666.77', frozen: '0.00' })
    ledger.credit('R', '100.01', 3, 'refund')
    expect(ledger.view().accountBalance).toBe('766.78')
    expect(state.entries.map((e) => e.kind)).toEqual(['opening', 'freeze', 'deduct', 'credit'])
  })

  it('refuses what neither cash nor credit can cover, and holds once per order', () => {
    const ledger = new Ledger(openLedger('CNY', '100', '0', 0))
    expect(ledger.freeze('A', '100.01', 1, '')).toBe(false)
    expect(ledger.view().accountBalance).toBe('100.00')
    expect(ledger.freeze('A', '100', 1, '')).toBe(true)
    expect(() => ledger.freeze('A', '1', 1, '')).toThrow()
    ledger.release('A', 2, 'released')
    expect(ledger.view().accountBalance).toBe('100.00')
  })

  it('uses credit after cash; credits repay the credit used first', () => {
    const ledger = new Ledger(openLedger('USD', '100', '500', 0))
    expect(ledger.freeze('A', '250', 1, '')).toBe(true)
    expect(ledger.view()).toMatchObject({ accountBalance: '0.00', availableCreditLimit: '350.00', accountPayable: '0.00' })
    ledger.deduct('A', 2, '')
    expect(ledger.view()).toMatchObject({ accountBalance: '0.00', availableCreditLimit: '350.00', accountPayable: '150.00' })
    ledger.credit('R', '200', 3, '')
    expect(ledger.view()).toMatchObject({ accountBalance: '50.00', availableCreditLimit: '500.00', accountPayable: '0.00' })
    expect(ledger.freeze('B', '550.01', 4, '')).toBe(false)
    expect(ledger.freeze('B', '550', 4, '')).toBe(true)
  })

  it('sets the balance around what is frozen', () => {
    const ledger = new Ledger(openLedger('CNY', '1000', '0', 0))
    ledger.freeze('A', '400', 1, '')
    ledger.setBalance('50', 2)
    expect(ledger.view()).toMatchObject({ accountBalance: '50.00', frozen: '400.00' })
    ledger.deduct('A', 3, '')
    expect(ledger.view().accountBalance).toBe('50.00')
  })
})
