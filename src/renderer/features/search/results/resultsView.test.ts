import { describe, expect, it } from 'vitest'
import type { OfferDetail } from '../../../../shared/domain/search'
import { applyFilters } from '../../../../shared/search'
import { leg, row } from '../../../../shared/search/testing/rows'
import { choiceCounts, DAY_WINDOWS, filterChoices, hasFilters, toggled, windowName, withWindow } from './filterChoices'
import { activeIndexIn, closeDetail, detailAnswered, emptyView, filterWith, moveActive, openDetail, sortBy, viewForSearch } from './resultsView'

const rows = [
  row('a', { price: '700', carriers: ['CX'], legs: [leg({ depart: '2026-04-15T07:00', via: [['TPE', 90]] })] }),
  row('b', { price: '500', carriers: ['SQ', 'BR'], legs: [leg({ depart: '2026-04-15T13:30', via: [['TPE', 60], ['MNL', 400]] })] }),
  row('c', { price: '900', carriers: ['SQ'], legs: [leg({ depart: '2026-04-15T22:10' })] })
]
const detail = (offerId: string) => ({ offerId }) as unknown as OfferDetail

describe('the results view', () => {
  it('starts again for new results and keeps itself for the same search', () => {
    const view = sortBy(viewForSearch(emptyView, 's1'), 'duration')
    expect(viewForSearch(view, 's1')).toBe(view)
    expect(viewForSearch(view, 's2')).toEqual({ ...emptyView, searchId: 's2' })
  })

  it('turns the order round on the same key, starts lowest first on another', () => {
    const byPrice = sortBy(emptyView, 'price')
    expect(byPrice.sort).toEqual({ key: 'price', dir: 'desc' })
    expect(sortBy(byPrice, 'stops').sort).toEqual({ key: 'stops', dir: 'asc' })
  })

  it('keeps the keyboard on its offer when the rows shown change, and on the first when it is gone', () => {
    const view = moveActive(emptyView, rows, 2)
    expect(view.activeOfferId).toBe('c')
    expect(activeIndexIn(view, [rows[2]!, rows[0]!])).toBe(0)
    expect(activeIndexIn(view, [rows[0]!, rows[1]!])).toBe(0)
    expect(activeIndexIn(view, [rows[1]!, rows[2]!])).toBe(1)
    expect(activeIndexIn(view, [])).toBe(-1)
    expect(moveActive(view, rows, 99).activeOfferId).toBe('c')
    expect(moveActive(view, rows, -5).activeOfferId).toBe('a')
  })

  it('opens the panel loading, shows only the answer for the offer still open, and follows the keyboard', () => {
    const opened = openDetail(emptyView, 'a')
    expect(opened.detail).toEqual({ kind: 'loading', offerId: 'a' })
    const moved = moveActive(opened, rows, 1)
    expect(moved.detail).toEqual({ kind: 'loading', offerId: 'b' })
    expect(detailAnswered(moved, 'a', { ok: true, value: detail('a') })).toBe(moved)
    const shown = detailAnswered(moved, 'b', { ok: true, value: detail('b') })
    expect(shown.detail).toEqual({ kind: 'shown', offerId: 'b', detail: detail('b') })
    expect(openDetail(shown, 'b')).toEqual(shown)
    const failed = detailAnswered(openDetail(shown, 'c'), 'c', { ok: false, error: { kind: 'internal', message: 'x' } })
    expect(failed.detail?.kind).toBe('failed')
    expect(openDetail(failed, 'c').detail).toEqual({ kind: 'loading', offerId: 'c' })
    expect(closeDetail(shown).detail).toBeUndefined()
  })

  it('a closed panel stays closed while the keyboard moves', () => {
    expect(moveActive(emptyView, rows, 1).detail).toBeUndefined()
  })

  it('filters are reset with new results', () => {
    const filtered = filterWith(viewForSearch(emptyView, 's1'), { stops: ['nonstop'] })
    expect(viewForSearch(filtered, 's2').filters).toEqual({})
  })
})

describe('filter choices', () => {
  it('lists every carrier and connection airport of the search, sorted', () => {
    expect(filterChoices(rows)).toEqual({
      carriers: [
        { code: 'BR', name: 'BR Airways' },
        { code: 'CX', name: 'CX Airways' },
        { code: 'SQ', name: 'SQ Airways' }
      ],
      connectionAirports: ['MNL', 'TPE']
    })
  })

  it('sets and clears one leg’s window, and names it back', () => {
    const set = withWindow({}, 'departWindows', 1, 'evening')
    expect(set.departWindows).toEqual([undefined, DAY_WINDOWS.evening])
    expect(windowName(set.departWindows?.[1])).toBe('evening')
    expect(windowName({ from: 5, to: 10 })).toBeUndefined()
    expect(withWindow(set, 'departWindows', 1, undefined).departWindows).toBeUndefined()
  })

  it('toggles a value in a list; an empty list is no filter', () => {
    expect(toggled(undefined, 'SQ', true)).toEqual(['SQ'])
    expect(toggled(['SQ'], 'SQ', false)).toBeUndefined()
    expect(toggled(['SQ'], 'CX', true)).toEqual(['SQ', 'CX'])
    expect(hasFilters({})).toBe(false)
    expect(hasFilters({ stops: undefined })).toBe(false)
    expect(hasFilters({ bagsIncluded: true })).toBe(true)
  })

  it('counts each window and layover choice as the grid would then show it', () => {
    const counts = choiceCounts(rows, { carriers: ['SQ'] }, 1)
    expect(counts.depart[0]).toEqual({ night: 0, morning: 0, afternoon: 1, evening: 1 })
    expect(counts.layover[2]).toBe(1)
    expect(counts.layover[10]).toBe(2)
    for (const [name, n] of Object.entries(counts.depart[0]!)) {
      expect(applyFilters(rows, withWindow({ carriers: ['SQ'] }, 'departWindows', 0, name as keyof typeof DAY_WINDOWS))).toHaveLength(n)
    }
  })

  it('every window and layover count of a round trip is what filtering with that choice shows, whatever else is set', () => {
    const out = (depart: string, via: [string, number][] = []) => leg({ depart: `2026-04-15T${depart}`, arrive: '2026-04-15T23:00', via })
    const back = (depart: string, arrive: string) => leg({ from: 'HKG', to: 'SIN', depart: `2026-04-20T${depart}`, arrive: `2026-04-20T${arrive}` })
    const trips = [
      row('r1', { carriers: ['SQ'], legs: [out('07:00'), back('09:00', '13:00')] }),
      row('r2', { carriers: ['CX'], legs: [out('13:30', [['TPE', 200]]), back('19:00', '23:30')], bagsIncluded: true }),
      row('r3', { carriers: ['SQ'], legs: [out('22:10', [['MNL', 500]]), back('01:00', '05:00')] }),
      row('r4', { carriers: ['BR'], legs: [out('05:59'), back('12:00', '18:00')], bagsIncluded: true }),
      row('r5', { carriers: ['SQ'], legs: [out('18:00', [['TPE', 100]]), back('06:00', '11:59')] })
    ]
    const filterSets = [
      {},
      { carriers: ['SQ'] },
      { departWindows: [DAY_WINDOWS.morning] },
      { departWindows: [undefined, DAY_WINDOWS.night], arriveWindows: [DAY_WINDOWS.evening] },
      { arriveWindows: [undefined, DAY_WINDOWS.afternoon], maxLayoverMinutes: 240 },
      { bagsIncluded: true, departWindows: [DAY_WINDOWS.afternoon, DAY_WINDOWS.evening] }
    ]
    for (const filters of filterSets) {
      const counts = choiceCounts(trips, filters, 2)
      for (const side of ['departWindows', 'arriveWindows'] as const)
        for (const legIndex of [0, 1])
          for (const name of Object.keys(DAY_WINDOWS) as (keyof typeof DAY_WINDOWS)[]) {
            const shown = applyFilters(trips, withWindow(filters, side, legIndex, name)).length
            expect(counts[side === 'departWindows' ? 'depart' : 'arrive'][legIndex]![name], `${JSON.stringify(filters)} ${side} ${legIndex} ${name}`).toBe(shown)
          }
      for (const h of [2, 4, 6, 10]) expect(counts.layover[h]).toBe(applyFilters(trips, { ...filters, maxLayoverMinutes: h * 60 }).length)
    }
  })
})
