import { describe, expect, it } from 'vitest'
import { applyFilters } from './filters'
import { fareMatrix } from './matrix'
import { leg, row } from './testing/rows'

const rows = [
  row('sq-0', { price: '900', carriers: ['SQ'] }),
  row('sq-0-cheap', { price: '850.50', carriers: ['SQ'] }),
  row('cx-1', { price: '700', carriers: ['CX'], legs: [leg({ via: [['TPE', 90]] })] }),
  row('cx-br-2', { price: '500', carriers: ['CX', 'BR'], legs: [leg({ via: [['TPE', 60], ['MNL', 400]] })] })
]

describe('fareMatrix', () => {
  it('carrier × stops, the cheapest of each, carriers cheapest first (ties by code)', () => {
    const m = fareMatrix(rows)
    expect(m.columns.map((c) => [c.carrier, c.cheapest])).toEqual([
      ['BR', '500'],
      ['CX', '500'],
      ['SQ', '850.50']
    ])
    const sq = m.columns.find((c) => c.carrier === 'SQ')!
    expect(sq.cells).toEqual({ nonstop: { cheapest: '850.50', offerId: 'sq-0-cheap', count: 2 } })
    expect(m.columns.find((c) => c.carrier === 'CX')!.cells).toEqual({
      one: { cheapest: '700', offerId: 'cx-1', count: 1 },
      twoPlus: { cheapest: '500', offerId: 'cx-br-2', count: 1 }
    })
    expect(m.stops).toEqual(['nonstop', 'one', 'twoPlus'])
    expect(m.cheapestByStops.twoPlus).toEqual({ cheapest: '500', offerId: 'cx-br-2', count: 1 })
  })

  it('a cell holds exactly the rows its carrier and stops filter shows', () => {
    const m = fareMatrix(rows)
    for (const column of m.columns)
      for (const [stops, cell] of Object.entries(column.cells))
        expect(applyFilters(rows, { carriers: [column.carrier], stops: [stops as 'nonstop'] })).toHaveLength(cell!.count)
  })

  it('no rows, no columns', () => {
    expect(fareMatrix([])).toEqual({ columns: [], stops: [], cheapestByStops: {} })
  })
})
