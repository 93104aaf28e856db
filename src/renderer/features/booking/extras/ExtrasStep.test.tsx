import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { BagOption, BookSegment, OfferExtras, SeatMapView } from '../../../../shared/domain/booking'
import { i18next, initI18n } from '../../../i18n'
import { emptyExtras, pickSeat, setBags, type ExtrasState, type Traveller } from './extrasState'
import { ExtrasStep, type ExtrasStepProps } from './ExtrasStep'

const segments: BookSegment[] = [
  { segmentId: 'seg-out', leg: 0, from: 'SIN', to: 'HKG', carrier: 'SQ', flightNo: '890', departLocal: '2027-01-12T08:05' },
  { segmentId: 'seg-back', leg: 1, from: 'HKG', to: 'SIN', carrier: 'SQ', flightNo: 'SQ891', departLocal: '2027-01-19T14:40' }
]

const seatMap: SeatMapView = {
  segmentId: 'seg-out',
  columns: ['A', 'C', 'D', 'F'],
  aisleAfter: ['C'],
  currency: 'SGD',
  rows: [
    {
      rowNo: 12,
      exit: true,
      seats: [
        { seatNo: '12A', column: 'A', state: 'free', price: '35.00', characteristics: ['window', 'exit', 'extraLegroom'] },
        { seatNo: '12C', column: 'C', state: 'free', price: undefined, characteristics: ['aisle'] },
        { seatNo: '12D', column: 'D', state: 'taken', price: '8.00', characteristics: ['aisle'] },
        null
      ]
    },
    {
      rowNo: 14,
      exit: false,
      seats: [
        { seatNo: '14A', column: 'A', state: 'free', price: '0', characteristics: ['window'] },
        { seatNo: '14C', column: 'C', state: 'free', price: '0', characteristics: ['aisle'] },
        { seatNo: '14D', column: 'D', state: 'free', price: '0', characteristics: ['aisle'] },
        { seatNo: '14F', column: 'F', state: 'free', price: '8.00', characteristics: ['window', 'MysteryCode'] }
      ]
    }
  ]
}
const bag: BagOption = { auxId: 'bag20', segmentIds: ['seg-out', 'seg-back'], price: '45.35', currency: 'SGD', weightKg: 20, pieces: 1, limitPerPassenger: 2, type: 'CHECK_IN' }
const extras: OfferExtras = { pricingId: 'p1', seatMaps: [seatMap], bags: [bag] }
const passengers: Traveller[] = [
  { paxType: 'ADT', label: 'Adult 1' },
  { paxType: 'CHD', label: 'Child 1' },
  { paxType: 'INF', label: 'Infant 1' }
]

const noop = () => undefined
function render(over: Partial<ExtrasStepProps> = {}): string {
  const props: ExtrasStepProps = {
    extras,
    segments,
    passengers,
    currency: 'SGD',
    fareTotal: '1200.50',
    state: emptyExtras,
    onState: noop,
    onContinue: noop,
    onBack: noop,
    onRetry: noop,
    ...over
  }
  return renderToStaticMarkup(<ExtrasStep {...props} />)
}

/** Attribute values are HTML-escaped in the markup (and Intl puts a no-break space after a currency code); compared as the agent hears them. */
const unescape = (text: string) => text.replace(/\u00a0/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
const cellLabels = (html: string) => [...html.matchAll(/role="gridcell"[^>]*aria-label="([^"]*)"/g)].map((m) => unescape(m[1]!))
const attr = (html: string, name: string, role: string) => unescape(new RegExp(`role="${role}"[^>]*${name}="([^"]*)"`).exec(html)?.[1] ?? '')
const text = (html: string) => unescape(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()

describe('the seats and bags step', () => {
  beforeAll(async () => {
    await initI18n('en')
  })
  beforeEach(async () => {
    await i18next.changeLanguage('en')
  })

  it('is a region named by its heading, with Back and Continue', () => {
    const html = render()
    const titleId = /<section[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1]
    expect(titleId).toBeTruthy()
    expect(html).toContain(`<h2 id="${titleId}" tabindex="-1">Seats and bags</h2>`)
    expect(html).toMatch(/<button type="button">Back<\/button>/)
    expect(html).toMatch(/<button type="button" class="primary">Continue<\/button>/)
  })

  it('names the seat map after its flight and every cell after what it is', () => {
    const html = render()
    expect(attr(html, 'aria-label', 'grid')).toBe('Seats, SIN → HKG SQ 890')
    expect(cellLabels(html)).toEqual([
      '12A, window, exit row, extra legroom, SGD 35.00',
      '12C, aisle, price unknown, cannot be picked',
      '12D, aisle, taken',
      'No seat',
      '14A, window, free of charge',
      '14C, aisle, free of charge',
      '14D, aisle, free of charge',
      '14F, window, MysteryCode, SGD 8.00'
    ])
    const rowNames = [...html.matchAll(/<span role="rowheader"[^>]*><span class="xs-sr">([^<]*)<\/span>/g)].map((m) => m[1])
    expect(rowNames).toEqual(['Row 12, exit row', 'Row 14'])
  })

  it('puts one seat in the Tab order and marks the ones that cannot be picked', () => {
    const html = render()
    const cells = [...html.matchAll(/<div role="gridcell"[^>]*>/g)].map((m) => m[0])
    expect(cells.filter((c) => c.includes('tabindex="0"'))).toHaveLength(1)
    expect(cells.find((c) => c.includes('tabindex="0"'))).toContain('data-seat="12A"')
    expect(cells.filter((c) => c.includes('aria-disabled="true"')).map((c) => /data-seat="(\w+)"/.exec(c)?.[1])).toEqual(['12C', '12D'])
    // The aisle after C is drawn as a gap on the C cells.
    expect(cells.filter((c) => c.includes('xs-aisle')).map((c) => /data-seat="(\w+)"/.exec(c)?.[1])).toEqual(['12C', '14C'])
  })

  it('says whose a picked seat is, starts the cursor there, and adds its price to the total', () => {
    const picked = pickSeat(emptyExtras, { map: seatMap, currency: 'SGD', passengers }, 1, '14F')
    if (picked.kind !== 'picked') throw new Error('14F should be pickable')
    const child: ExtrasState = { ...picked.state, passenger: 1 }
    const html = render({ state: setBags(child, bag, 'SGD', 0, 2) })
    expect(cellLabels(html)).toContain('14F, window, MysteryCode, SGD 8.00, picked for Child 1')
    expect(html).toMatch(/<div role="gridcell" tabindex="0"[^>]*aria-selected="true"[^>]*data-seat="14F"/)
    expect(cellLabels(render({ state: { ...child, passenger: 0 } }))).toContain('14F, window, MysteryCode, SGD 8.00, picked for Child 1, not available to others')
    // 1200.50 + 8.00 + 2 × 45.35 = 1299.20
    const total = /<p class="xs-total"[^>]*>(.*?)<\/p>/.exec(html)
    expect(total?.[0]).toContain('aria-live="polite"')
    expect(text(total?.[1] ?? '')).toBe('Total to book: Fare SGD 1,200.50 + seats SGD 8.00 + bags SGD 90.70 = total SGD 1,299.20')
  })

  it('seats adults and children only, and has a tab per flight', () => {
    const html = render()
    const who = /<fieldset class="xs-who">(.*?)<\/fieldset>/.exec(html)?.[1] ?? ''
    expect(text(who)).toBe('Who is being seated Adult 1: no seat yet Child 1: no seat yet Infants sit on an adult’s lap and get no seat of their own.')
    expect(attr(html, 'aria-label', 'tablist')).toBe('Flights')
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*aria-selected="(true|false)"[^>]*>([^<]*)<\/button>/g)].map((m) => [m[2], m[1]])
    expect(tabs).toEqual([
      ['SIN → HKG SQ 890', 'true'],
      ['HKG → SIN SQ 891', 'false']
    ])
    expect(html).toContain('role="tabpanel"')
  })

  it('says when a flight has no seat map, and when seats or bags are not on offer', () => {
    expect(text(render({ state: { ...emptyExtras, segment: 1 } }))).toContain('No seat map for this flight; you can still book without a seat on it.')
    const gaps = text(render({ extras: { pricingId: 'p1', seatMaps: [], bags: [], seatsGap: 'not-offered', bagsGap: 'failed' } }))
    expect(gaps).toContain('Seat selection is not available for this offer; you can still book.')
    expect(gaps).toContain('FR24 could not give the bags for this offer; you can still book without extra bags.')
    expect(render({ extras: { pricingId: 'p1', seatMaps: [], bags: [] } })).not.toContain('role="grid"')
  })

  it('offers each passenger the bag with its weight, pieces and price, up to its limit', () => {
    const html = render()
    const labels = [...html.matchAll(/<label for="[^"]+">(.*?)<\/label>/g)].map((m) => text(m[1]!))
    expect(labels).toEqual(Array(3).fill('Checked bag, 20 kg, 1 piece, SGD 45.35 each'))
    const legends = [...html.matchAll(/<legend>([^<]*)<\/legend>/g)].map((m) => unescape(m[1]!))
    expect(legends).toEqual(['Who is being seated', 'Adult 1', 'For all flights', 'Child 1', 'For all flights', 'Infant 1', 'For all flights'])
    const firstSelect = /<select[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? ''
    expect([...firstSelect.matchAll(/<option value="(\d)"/g)].map((m) => m[1])).toEqual(['0', '1', '2'])
  })

  it('is loading (Continue skips it), or failed with a way to try again, and Continue is there either way', () => {
    const loading = render({ extras: undefined })
    expect(loading).toContain('<p role="status" class="xs-loading">Looking up seat maps and bags at FR24…</p>')
    expect(loading).toContain('>Continue</button>')
    // Continue while loading skips the step: the step says so.
    expect(text(loading)).toContain('Continue now to book without seats and bags.')
    const failed = render({ extras: undefined, loadError: { kind: 'network', message: 'FR24 did not answer.' } })
    expect(failed).toContain('role="alert"')
    expect(failed).toContain('>Try again</button>')
    expect(failed).toContain('>Continue</button>')
    expect(text(failed)).toContain('Fare SGD 1,200.50 + seats SGD 0.00 + bags SGD 0.00 = total SGD 1,200.50')
  })

  it('speaks Chinese', async () => {
    await i18next.changeLanguage('zh-CN')
    const html = render()
    expect(attr(html, 'aria-label', 'grid')).toBe('座位，SIN → HKG SQ 890')
    expect(cellLabels(html)[1]).toBe('12C，靠过道，价格未知，不能选')
    expect(html).toContain('>继续</button>')
  })
})
