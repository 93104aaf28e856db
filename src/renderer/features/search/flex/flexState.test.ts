import { describe, expect, it } from 'vitest'
import type { SearchRequest, SearchResults } from '../../../../shared/domain/search'
import type { DeskError } from '../../../../shared/errors'
import { row } from '../../../../shared/search/testing/rows'
import {
  canFlex,
  cheapestOf,
  dayAnswered,
  dayBeside,
  dayStarted,
  flexCancelled,
  flexDates,
  flexStarted,
  idleFlex,
  isFlexBusy,
  nextToStart,
  requestFor,
  runningRequestIds,
  selectDay,
  selectedDay,
  shiftDate,
  type FlexState
} from './flexState'

const request: SearchRequest = {
  tripType: 'oneWay',
  legs: [{ from: 'SIN', to: 'HKG', date: '2027-01-12' }],
  passengers: { adults: 1, children: 0, infants: 0 },
  cabin: 'Y'
}
const resultsWith = (searchId: string, prices: string[]): SearchResults => ({
  searchId,
  receivedAt: 1,
  expiresAt: 2,
  currency: 'CNY',
  offerCount: prices.length,
  rows: prices.map((price, i) => row(`${searchId}-${i}`, { price }))
})
const failure: DeskError = { kind: 'fr24', message: 'FR24 is unavailable.' }
const cancelledError: DeskError = { kind: 'cancelled', message: 'Stopped.' }

type Flex = Extract<FlexState, { kind: 'flex' }>
const asFlex = (state: FlexState): Flex => {
  if (state.kind !== 'flex') throw new Error('expected flexible dates')
  return state
}
const stateOf = (state: FlexState, date: string) => asFlex(state).days.find((d) => d.date === date)?.state

/** Starts every day the state machine says to start, naming each run after its date. */
const startNext = (state: FlexState): FlexState => nextToStart(state).reduce((s, date) => dayStarted(s, date, `r_${date}`), state)

describe('flexible dates: the days', () => {
  it('shifts calendar dates across months, years and a leap day', () => {
    expect(shiftDate('2027-01-12', -3)).toBe('2027-01-09')
    expect(shiftDate('2026-12-30', 3)).toBe('2027-01-02')
    expect(shiftDate('2028-03-01', -1)).toBe('2028-02-29')
    expect(shiftDate('2027-03-28', 1)).toBe('2027-03-29')
  })

  it('takes the chosen day and 3 either side, skipping days before today', () => {
    expect(flexDates('2027-01-12', '2027-01-01')).toEqual(['2027-01-09', '2027-01-10', '2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'])
    expect(flexDates('2027-01-12', '2027-01-11')).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'])
    expect(flexDates('2027-01-12', '2027-01-12')[0]).toBe('2027-01-12')
  })

  it('is for one way searches only', () => {
    expect(canFlex(request)).toBe(true)
    expect(canFlex({ tripType: 'roundTrip', legs: [request.legs[0]!, { from: 'HKG', to: 'SIN', date: '2027-01-19' }] })).toBe(false)
  })

  it('starts with every day queued and the chosen day selected; each day searches its own date', () => {
    const flex = asFlex(flexStarted(request, '2027-01-01', 'batch-1'))
    expect(flex.days).toHaveLength(7)
    expect(flex.days.every((d) => d.state.kind === 'queued')).toBe(true)
    expect(flex.selected).toBe('2027-01-12')
    expect(requestFor(flex, '2027-01-10')).toEqual({ ...request, legs: [{ from: 'SIN', to: 'HKG', date: '2027-01-10' }], batch: 'batch-1' })
    expect(isFlexBusy(flex)).toBe(true)
  })
})

describe('flexible dates: at most 2 at a time', () => {
  it('starts the chosen day and its nearest neighbour first, never more than 2', () => {
    const start = flexStarted(request, '2027-01-01', 'batch-1')
    expect(nextToStart(start)).toEqual(['2027-01-12', '2027-01-11'])
    const running = startNext(start)
    expect(runningRequestIds(running)).toEqual(['r_2027-01-11', 'r_2027-01-12'])
    expect(nextToStart(running)).toEqual([])
  })

  it('starts one more as each day lands, until all 7 are in', () => {
    let state = startNext(flexStarted(request, '2027-01-01', 'batch-1'))
    let answered = 0
    while (runningRequestIds(state).length > 0) {
      expect(runningRequestIds(state).length).toBeLessThanOrEqual(2)
      const [first] = runningRequestIds(state)
      state = dayAnswered(state, first!, { ok: true, value: resultsWith(`s${answered}`, ['300.00', '120.50']) })
      answered++
      state = startNext(state)
    }
    expect(answered).toBe(7)
    expect(isFlexBusy(state)).toBe(false)
    expect(asFlex(state).days.map((d) => d.state.kind)).toEqual(Array(7).fill('done'))
  })

  it('takes a limit', () => {
    expect(nextToStart(flexStarted(request, '2027-01-01', 'batch-1'), 3)).toEqual(['2027-01-12', '2027-01-11', '2027-01-13'])
    expect(nextToStart(idleFlex)).toEqual([])
  })
})

describe('flexible dates: answers', () => {
  it('keeps the cheapest total of each day, "no offers" as no price, a failure as failed', () => {
    let state = startNext(flexStarted(request, '2027-01-01', 'batch-1'))
    state = dayAnswered(state, 'r_2027-01-12', { ok: true, value: resultsWith('s12', ['980.00', '1020.5', '99.90']) })
    state = dayAnswered(state, 'r_2027-01-11', { ok: false, error: failure })
    expect(stateOf(state, '2027-01-12')).toMatchObject({ kind: 'done', searchId: 's12', cheapest: { amount: '99.90', currency: 'CNY' } })
    expect(stateOf(state, '2027-01-11')).toEqual({ kind: 'failed', error: failure })
    state = startNext(state)
    state = dayAnswered(state, 'r_2027-01-13', { ok: true, value: resultsWith('s13', []) })
    expect(stateOf(state, '2027-01-13')).toMatchObject({ kind: 'done', cheapest: undefined })
  })

  it('compares prices as decimals, not as text', () => {
    expect(cheapestOf(resultsWith('s', ['1000.00', '999.99', '1200']))).toEqual({ amount: '999.99', currency: 'CNY' })
  })

  it('drops an answer of a run it does not know (or one already settled)', () => {
    const state = startNext(flexStarted(request, '2027-01-01', 'batch-1'))
    expect(dayAnswered(state, 'r_other', { ok: true, value: resultsWith('x', ['1']) })).toBe(state)
    const stopped = flexCancelled(state)
    expect(dayAnswered(stopped, 'r_2027-01-12', { ok: true, value: resultsWith('late', ['1']) })).toBe(stopped)
  })

  it('reads a cancelled answer as cancelled, not failed', () => {
    const state = dayAnswered(startNext(flexStarted(request, '2027-01-01', 'batch-1')), 'r_2027-01-12', { ok: false, error: cancelledError })
    expect(stateOf(state, '2027-01-12')).toEqual({ kind: 'cancelled' })
  })
})

describe('flexible dates: stop and choose', () => {
  it('stop cancels every queued and running day and keeps the days already in', () => {
    let state = startNext(flexStarted(request, '2027-01-01', 'batch-1'))
    state = startNext(dayAnswered(state, 'r_2027-01-12', { ok: true, value: resultsWith('s12', ['500']) }))
    const stopped = flexCancelled(state)
    expect(stateOf(stopped, '2027-01-12')).toMatchObject({ kind: 'done' })
    expect(asFlex(stopped).days.filter((d) => d.state.kind === 'cancelled')).toHaveLength(6)
    expect(isFlexBusy(stopped)).toBe(false)
    expect(runningRequestIds(stopped)).toEqual([])
    expect(nextToStart(stopped)).toEqual([])
  })

  it('selects a day of the strip only, and moves by arrows held at the ends', () => {
    const state = flexStarted(request, '2027-01-01', 'batch-1')
    const chosen = selectDay(state, '2027-01-14')
    expect(selectedDay(chosen)?.date).toBe('2027-01-14')
    expect(selectDay(state, '2027-02-01')).toBe(state)
    expect(dayBeside(chosen, 1)).toBe('2027-01-15')
    expect(dayBeside(chosen, 5)).toBe('2027-01-15')
    expect(dayBeside(chosen, -1)).toBe('2027-01-13')
    expect(dayBeside(chosen, -9)).toBe('2027-01-09')
    expect(dayBeside(idleFlex, 1)).toBeUndefined()
  })
})
