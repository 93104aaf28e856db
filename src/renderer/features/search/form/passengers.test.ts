import { describe, expect, it } from 'vitest'
import { Passengers } from '../../../../shared/domain/search'
import { maxAllowed, passengerCounts, passengerRules, stepCount } from './passengers'

const pax = (adults: string, children = '0', infants = '0') => ({ adults, children, infants })

describe('passenger counts as the agent types them', () => {
  it('accepts what FR24 accepts', () => {
    expect(passengerRules(pax('1'))).toEqual({})
    expect(passengerRules(pax('9'))).toEqual({})
    expect(passengerRules(pax('3', '6', '0'))).toEqual({})
    expect(passengerRules(pax('4', '1', '4'))).toEqual({})
    expect(passengerCounts(pax('2', '1', '1'))).toEqual({ adults: 2, children: 1, infants: 1 })
  })

  it('reads an empty Children or Infants field as none, but wants the adults typed', () => {
    expect(passengerCounts(pax('2', '', ' '))).toEqual({ adults: 2, children: 0, infants: 0 })
    expect(passengerRules(pax(''))).toEqual({ adults: 'count-format' })
  })

  it('says which field is not a count, or out of its own range', () => {
    expect(passengerRules(pax('two'))).toEqual({ adults: 'count-format' })
    expect(passengerRules(pax('1.5', '-1'))).toEqual({ adults: 'count-format', children: 'count-format' })
    expect(passengerRules(pax('0'))).toEqual({ adults: 'count-range' })
    expect(passengerRules(pax('10'))).toEqual({ adults: 'count-range' })
    expect(passengerRules(pax('1', '0', '12'))).toEqual({ infants: 'count-range' })
  })

  it('allows at most 2 children and 1 infant per adult', () => {
    expect(passengerRules(pax('1', '3'))).toEqual({ children: 'children-per-adult' })
    expect(passengerRules(pax('2', '0', '3'))).toEqual({ infants: 'infants-per-adult' })
    expect(passengerRules(pax('1', '2', '1'))).toEqual({})
  })

  it('says “more than 9” on the field the agent changed last', () => {
    expect(passengerRules(pax('5', '3', '2'), 'infants')).toEqual({ infants: 'total' })
    expect(passengerRules(pax('5', '3', '2'), 'children')).toEqual({ children: 'total' })
    expect(passengerRules(pax('5', '3', '2'))).toEqual({ adults: 'total' })
    // The field changed last has its own problem already: the total goes on the next one.
    expect(passengerRules(pax('3', '7', '0'), 'children')).toEqual({ children: 'children-per-adult', adults: 'total' })
  })

  it('agrees with the request schema main checks, count for count', () => {
    for (let adults = 0; adults <= 10; adults++) {
      for (let children = 0; children <= 10; children++) {
        for (let infants = 0; infants <= 10; infants++) {
          const form = passengerCounts(pax(String(adults), String(children), String(infants)))
          const schema = Passengers.safeParse({ adults, children, infants }).success
          expect(form !== undefined, `${adults}/${children}/${infants}`).toBe(schema)
        }
      }
    }
  })

  it('steps an arrow key only into counts the rules allow', () => {
    expect(maxAllowed('infants', pax('2', '0', '0'))).toBe(2)
    expect(maxAllowed('children', pax('1', '0', '0'))).toBe(2)
    expect(maxAllowed('adults', pax('1', '4', '1'))).toBe(4)
    expect(stepCount('infants', pax('2', '0', '2'), 1)).toBe('2')
    expect(stepCount('adults', pax('1'), -1)).toBe('1')
    expect(stepCount('children', pax('3', '1'), 1)).toBe('2')
    expect(stepCount('children', pax('3', 'x'), 1)).toBe('0')
    // Over the limit already (the adults went down): one step down lands inside it.
    expect(stepCount('infants', pax('2', '0', '5'), -1)).toBe('2')
  })
})
