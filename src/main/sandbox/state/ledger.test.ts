import { describe, expect, it } from 'vitest'
import { Rng } from '../world/prng'
import { Ledger, openLedger, resummedView } from './ledger'

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

  it('keeps its running totals equal to a full re-sum of the holds through random days, to the cent', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rng = new Rng('ledger totals', seed)
      const state = openLedger('CNY', '5000.00', seed % 2 === 0 ? '3000' : '0', 0)
      const ledger = new Ledger(state)
      const open: string[] = []
      const cents = (max: number): string => (rng.int(1, max * 100) / 100).toFixed(2)
      for (let step = 1; step <= 600; step++) {
        const roll = rng.next()
        if (roll < 0.4) {
          const ref = `O${step}`
          // Odd amounts, a third of a cent included, as fares and fees multiplied out can be.
          const amount = rng.chance(0.2) ? (rng.int(1, 90_000) / 300).toFixed(6) : cents(900)
          if (ledger.freeze(ref, amount, step, 'pay')) open.push(ref)
        } else if (roll < 0.6 && open.length > 0) {
          ledger.deduct(open.splice(rng.int(0, open.length - 1), 1)[0] as string, step, 'issued')
        } else if (roll < 0.7 && open.length > 0) {
          ledger.release(open.splice(rng.int(0, open.length - 1), 1)[0] as string, step, 'released')
        } else if (roll < 0.85) {
          ledger.credit(`R${step}`, cents(400), step, 'refund')
        } else if (roll < 0.9) {
          ledger.setBalance(cents(6000), step)
        } else if (roll < 0.95) {
          ledger.settlePayable(step)
        } else {
          ledger.setCreditLimit(String(rng.int(0, 4000)), step)
        }
        expect(ledger.view()).toEqual(resummedView(state))
      }
      // Opened again from what is saved (a restart), the wallet sums its holds once and agrees.
      const reopened = new Ledger(JSON.parse(JSON.stringify(state)))
      expect(reopened.view()).toEqual(ledger.view())
      expect(Object.keys(state.holds).sort()).toEqual([...open].sort())
    }
  })
})
