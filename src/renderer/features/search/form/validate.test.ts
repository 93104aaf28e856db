import { describe, expect, it } from 'vitest'
import type { Place, SearchRequest } from '../../../../shared/domain/search'
import { MESSAGE_KEYS } from '../../../../shared/text'
import { fieldErrors } from '../../../components/form/fieldErrors'
import {
  addLeg,
  draftFromRequest,
  EMPTY_DRAFT,
  pickPlace,
  removeLeg,
  setLegText,
  setTripType,
  swapPlaces,
  type SearchDraft
} from './draft'
import { carrierCodes, checkDraft, FORM_MESSAGES, NO_INTERACTION, shownIssues, type Checked } from './validate'

const TODAY = '2026-12-01'
const EN = { language: 'en', today: TODAY } as const

function draft(change: Partial<SearchDraft> = {}): SearchDraft {
  return { ...EMPTY_DRAFT, tripType: 'oneWay', legs: [{ from: 'sin', to: 'HKG', date: '15/12/2026' }], ...change }
}

function rules(checked: Checked): Record<string, string> {
  return checked.ok ? {} : Object.fromEntries(checked.issues.map((issue) => [issue.path[0], issue.params.rule]))
}

describe('the search form → SearchRequest', () => {
  it('one way: one leg, codes in capitals, the date as FR24 takes it', () => {
    expect(checkDraft(draft(), EN)).toEqual({
      ok: true,
      request: { tripType: 'oneWay', legs: [{ from: 'SIN', to: 'HKG', date: '2026-12-15' }], passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'Y' }
    })
  })

  it('round trip: the return flies back the same way on the return date', () => {
    const checked = checkDraft(
      draft({ tripType: 'roundTrip', returnDate: '20DEC', passengers: { adults: '2', children: '1', infants: '0' }, cabin: 'C', maxStops: '0' }),
      EN
    )
    expect(checked).toEqual({
      ok: true,
      request: {
        tripType: 'roundTrip',
        legs: [
          { from: 'SIN', to: 'HKG', date: '2026-12-15' },
          { from: 'HKG', to: 'SIN', date: '2026-12-20' }
        ],
        passengers: { adults: 2, children: 1, infants: 0 },
        cabin: 'C',
        maxStops: 0
      }
    })
  })

  it('multi-city: every leg in order, up to 6, with carriers to prefer and to leave out', () => {
    let d = setTripType(draft(), 'multiCity')
    // The second flight starts where the first lands.
    expect(d.legs[1]).toMatchObject({ from: 'HKG', to: '' })
    d = setLegText(setLegText(d, 1, 'to', 'tyo'), 1, 'date', '2026-12-18')
    for (let i = 0; i < 10; i++) d = addLeg(d)
    expect(d.legs).toHaveLength(6)
    d = removeLeg(removeLeg(removeLeg(removeLeg(d, 5), 4), 3), 2)
    d = { ...d, preferredCarriers: 'cx, sq', excludedCarriers: 'MU' }
    const checked = checkDraft(d, EN)
    expect(checked).toEqual({
      ok: true,
      request: {
        tripType: 'multiCity',
        legs: [
          { from: 'SIN', to: 'HKG', date: '2026-12-15' },
          { from: 'HKG', to: 'TYO', date: '2026-12-18' }
        ],
        passengers: { adults: 1, children: 0, infants: 0 },
        cabin: 'Y',
        carriers: { include: ['CX', 'SQ'], exclude: ['MU'] }
      }
    })
    // A multi-city trip keeps at least two flights.
    expect(removeLeg(d, 0).legs).toHaveLength(2)
  })

  it('refuses past dates, dates out of order and a return before the departure', () => {
    expect(rules(checkDraft(draft({ legs: [{ from: 'SIN', to: 'HKG', date: '30/11/2026' }] }), EN))).toEqual({ 'date-0': 'date-past' })
    expect(rules(checkDraft(draft({ legs: [{ from: 'SIN', to: 'HKG', date: '01/12/2026' }] }), EN))).toEqual({})
    expect(rules(checkDraft(draft({ tripType: 'roundTrip', returnDate: '10/12/2026' }), EN))).toEqual({ returnDate: 'return-order' })
    const multi = draft({
      tripType: 'multiCity',
      legs: [
        { from: 'SIN', to: 'HKG', date: '15/12/2026' },
        { from: 'HKG', to: 'NRT', date: '14/12/2026' }
      ]
    })
    expect(rules(checkDraft(multi, EN))).toEqual({ 'date-1': 'date-order' })
  })

  it('says what is wrong with each place, date and count, keeping the text as typed', () => {
    const bad = draft({
      tripType: 'roundTrip',
      legs: [{ from: 'hong', to: '', date: '15 of dec' }],
      returnDate: '',
      passengers: { adults: '1', children: '3', infants: '2' },
      preferredCarriers: 'cathay',
      excludedCarriers: ''
    })
    expect(rules(checkDraft(bad, EN))).toEqual({
      'from-0': 'place-format',
      'to-0': 'place-required',
      'date-0': 'date-format',
      returnDate: 'date-required',
      children: 'children-per-adult',
      infants: 'infants-per-adult',
      preferredCarriers: 'carrier-format'
    })
    expect(bad.legs[0]).toEqual({ from: 'hong', to: '', date: '15 of dec' })
    expect(rules(checkDraft(draft({ legs: [{ from: 'HKG', to: 'hkg', date: '15/12/2026' }] }), EN))).toEqual({ 'to-0': 'same-place' })
    expect(rules(checkDraft(draft({ preferredCarriers: 'CX', excludedCarriers: 'cx KA' }), EN))).toEqual({ excludedCarriers: 'carrier-both' })
  })

  it('shows only what the agent has reached: rules as typed, the rest once the field is left or Search pressed', () => {
    const checked = checkDraft(draft({ legs: [{ from: 'hong', to: 'HKG', date: '30/11/2026' }], passengers: { adults: '1', children: '0', infants: '2' } }), EN)
    expect(checked.ok).toBe(false)
    const issues = checked.ok ? [] : checked.issues
    expect(shownIssues(issues, NO_INTERACTION)).toEqual([])
    const typing = { edited: new Set(['from-0', 'date-0', 'infants']), left: new Set<string>(), submitted: false }
    expect(shownIssues(issues, typing).map((i) => i.path[0])).toEqual(['date-0', 'infants'])
    expect(shownIssues(issues, { ...typing, left: new Set(['from-0']) }).map((i) => i.path[0])).toEqual(['from-0', 'date-0', 'infants'])
    expect(shownIssues(issues, { ...NO_INTERACTION, submitted: true })).toHaveLength(3)
  })

  it('gives every rule a sentence in the text system, through the form kit', () => {
    const checked = checkDraft(draft({ legs: [{ from: '', to: 'x', date: '' }], passengers: { adults: '0', children: '0', infants: '0' } }), EN)
    const errors = fieldErrors(checked.ok ? [] : checked.issues, FORM_MESSAGES)
    expect(errors).toEqual({
      'from-0': 'searchForm.error.placeRequired',
      'to-0': 'searchForm.error.placeFormat',
      'date-0': 'searchForm.error.dateRequired',
      adults: 'searchForm.error.countRange'
    })
    for (const key of Object.values(FORM_MESSAGES)) {
      const message = typeof key === 'function' ? undefined : key
      if (message) expect(MESSAGE_KEYS.has(message)).toBe(true)
    }
  })
})

describe('editing the draft', () => {
  const hkg: Place = { code: 'HKG', kind: 'airport', name: 'Hong Kong International Airport', city: 'Hong Kong', country: 'Hong Kong' }

  it('swaps From and To with what was picked for each', () => {
    const picked = pickPlace(draft(), 0, 'to', hkg)
    expect(swapPlaces(picked, 0).legs[0]).toEqual({ from: 'HKG', to: 'sin', date: '15/12/2026', fromPlace: hkg, toPlace: undefined })
  })

  it('forgets a picked place once its code is typed over', () => {
    const picked = pickPlace(draft(), 0, 'to', hkg)
    expect(setLegText(picked, 0, 'to', 'hkg').legs[0]?.toPlace).toBe(hkg)
    expect(setLegText(picked, 0, 'to', 'HK').legs[0]?.toPlace).toBeUndefined()
  })

  it('keeps the hidden legs and return date when the trip type changes, so switching back brings them back', () => {
    const round = draft({ tripType: 'roundTrip', returnDate: '20/12/2026' })
    const multi = setTripType(round, 'multiCity')
    expect(multi.legs[1]).toMatchObject({ from: 'HKG', to: 'sin', date: '20/12/2026' })
    const oneWay = setTripType(multi, 'oneWay')
    expect(checkDraft(oneWay, EN).ok).toBe(true)
    expect(setTripType(oneWay, 'multiCity').legs).toEqual(multi.legs)
    expect(setTripType(oneWay, 'roundTrip').returnDate).toBe('20/12/2026')
  })

  it('brings a recent search back in the agent’s date format', () => {
    const request = {
      tripType: 'roundTrip',
      legs: [
        { from: 'SIN', to: 'HKG', date: '2026-12-15' },
        { from: 'HKG', to: 'SIN', date: '2026-12-20' }
      ],
      passengers: { adults: 2, children: 1, infants: 0 },
      cabin: 'P',
      carriers: { exclude: ['MU', 'CZ'] },
      maxStops: 1
    } satisfies SearchRequest
    const back = draftFromRequest(request, 'zh-CN')
    expect(back).toMatchObject({ legs: [{ from: 'SIN', to: 'HKG', date: '2026-12-15' }], returnDate: '2026-12-20', excludedCarriers: 'MU, CZ', maxStops: '1' })
    expect(checkDraft(back, { language: 'zh-CN', today: TODAY })).toEqual({ ok: true, request })
    expect(draftFromRequest(request, 'en').returnDate).toBe('20/12/2026')
  })

  it('reads carrier lists typed with commas, spaces or slashes, each once', () => {
    expect(carrierCodes(' cx,sq  ka/CX;3u ')).toEqual(['CX', 'SQ', 'KA', '3U'])
    expect(carrierCodes('')).toEqual([])
  })
})
