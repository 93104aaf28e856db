import { describe, expect, it } from 'vitest'
import type { BookRequest, PassengerInput, SeatMapView } from '../../../shared/domain/booking'
import { checkCompanions, fr24Passenger, planBooking } from './bookingPlan'
import type { KeptPricing, PricedExtras } from './priced'

const adult = (surname: string, given = 'ONE'): PassengerInput => ({
  paxType: 'ADT',
  surname,
  givenNames: given,
  sex: 'M',
  birthday: '1985-06-15',
  documentType: 'PP',
  documentNumber: 'E12345678',
  issuingCountry: 'SG',
  nationality: 'SG',
  documentExpiry: '2032-12-31'
})
const minor = (paxType: 'CHD' | 'INF', accompaniedBy: number | undefined): PassengerInput => ({
  ...adult('KID', paxType),
  paxType,
  birthday: paxType === 'CHD' ? '2018-05-01' : '2025-10-01',
  ...(accompaniedBy !== undefined ? { accompaniedBy } : {})
})

const seatMap: SeatMapView = {
  segmentId: 'S1',
  columns: ['A', 'B'],
  aisleAfter: ['A'],
  currency: 'CNY',
  rows: [
    {
      rowNo: 12,
      exit: false,
      seats: [
        { seatNo: '12A', column: 'A', state: 'free', price: '35.50', characteristics: ['window'] },
        { seatNo: '12B', column: 'B', state: 'taken', price: '35.50', characteristics: [] }
      ]
    },
    { rowNo: 13, exit: false, seats: [{ seatNo: '13A', column: 'A', state: 'free', characteristics: [] }, null] }
  ]
}
const extras: PricedExtras = { seatMaps: [seatMap], bags: [{ auxId: 'BAG20', segmentIds: ['S1'], price: '120', currency: 'CNY', pieces: 1, weightKg: 20, limitPerPassenger: 1 }] }

/** planBooking reads only FR24's priced offer, its segments, the priced counts and the kept extras. */
function pricing(pax = { adults: 1, children: 0, infants: 0 }, kept: PricedExtras | null = extras): KeptPricing {
  return {
    pricingId: 'pr_1',
    pax,
    answer: { offer: [{ offerId: 'PRICED-1', totalPrice: '1000.10', currency: 'CNY' }], legs: [], segments: [{ segmentId: 'S1', depAirport: 'SIN', arrAirport: 'HKG' }] },
    ...(kept ? { extras: kept } : {})
  } as unknown as KeptPricing
}

function request(passengers: PassengerInput[], more: Partial<BookRequest> = {}): BookRequest {
  return {
    pricingId: 'pr_1',
    passengers,
    contact: { name: 'DESK AGENT', areaCode: '65', phone: '61234567', email: 'desk@example.com' },
    seats: [],
    bags: [],
    expectedTotal: '1000.10',
    allowDuplicates: false,
    ...more
  }
}

describe('planBooking', () => {
  it('books the priced offer id for the fare; seat and bag prices come from the kept extras; fare + seat + bag is the total', () => {
    const planned = planBooking(
      pricing(),
      request([adult('TAN', 'WEI')], { seats: [{ passenger: 0, segmentId: 'S1', seatNo: '12A', price: '35.5' }], bags: [{ passenger: 0, auxId: 'BAG20', price: '120.00' }], expectedTotal: '1155.60' })
    )
    expect(planned.ok).toBe(true)
    if (!planned.ok) return
    expect(planned.plan).toMatchObject({ offerId: 'PRICED-1', currency: 'CNY', fare: '1000.1', total: '1155.6' })
    expect(planned.plan.ancillary).toEqual([
      { paxId: '1', segmentIds: ['S1'], auxId: '12A', quantity: 1, auxType: 2, seatInfos: [{ paxId: '1', segmentId: 'S1', seatNo: '12A', price: '35.5', serviceFee: '0', currency: 'CNY' }] },
      { paxId: '1', segmentIds: ['S1'], auxId: 'BAG20', quantity: 1, auxType: 1 }
    ])
    expect(planned.plan.extras).toEqual([
      { traveller: 0, what: 'seat', label: '12A SIN–HKG' },
      { traveller: 0, what: 'bag', label: '1PC 20KG' }
    ])
    expect(planned.plan.agentContact).toEqual({ agentName: 'DESK AGENT', agentEmail: 'desk@example.com', mobile: '61234567', areaCode: '65' })
    expect(planned.plan.travellers).toEqual([{ name: 'TAN/WEI', paxType: 'ADT', birthday: '1985-06-15' }])
  })

  it('refuses a total other than its own sum (reprice)', () => {
    const planned = planBooking(pricing(), request([adult('TAN')], { expectedTotal: '1000.00' }))
    expect(planned).toMatchObject({ ok: false, error: { messageKey: 'desk.booking.totalChanged', action: 'reprice', params: { actual: '1000.1', expected: '1000', currency: 'CNY' } } })
  })

  it('refuses a seat or bag the extras no longer offer at that price, a taken seat, a seat without a known price, or picks without extras', () => {
    const changed = (more: Partial<BookRequest>, kept: PricedExtras | null = extras) => planBooking(pricing(undefined, kept), request([adult('TAN')], more))
    const extrasChanged = { ok: false, error: { messageKey: 'desk.booking.extrasChanged', action: 'reprice' } }
    expect(changed({ seats: [{ passenger: 0, segmentId: 'S1', seatNo: '12A', price: '30' }], expectedTotal: '1030.10' })).toMatchObject(extrasChanged)
    expect(changed({ seats: [{ passenger: 0, segmentId: 'S1', seatNo: '12B', price: '35.50' }], expectedTotal: '1035.60' })).toMatchObject(extrasChanged)
    expect(changed({ seats: [{ passenger: 0, segmentId: 'S1', seatNo: '13A', price: '0' }] })).toMatchObject(extrasChanged)
    expect(changed({ bags: [{ passenger: 0, auxId: 'BAG23', price: '120' }], expectedTotal: '1120.10' })).toMatchObject(extrasChanged)
    expect(changed({ bags: [{ passenger: 0, auxId: 'BAG20', price: '120' }], expectedTotal: '1120.10' }, null)).toMatchObject(extrasChanged)
  })

  it('sells a bag FR24 gives no limit for once per passenger, and nothing priced in another currency than the fare', () => {
    const unlimited: PricedExtras = { seatMaps: [{ ...seatMap, currency: 'USD' }], bags: [{ auxId: 'BAG', segmentIds: ['S1'], price: '50', currency: 'CNY' }] }
    const twice = [0, 0].map((passenger) => ({ passenger, auxId: 'BAG', price: '50' }))
    expect(planBooking(pricing(undefined, unlimited), request([adult('TAN')], { bags: twice, expectedTotal: '1100.10' }))).toMatchObject({ ok: false, error: { messageKey: 'desk.booking.picksInvalid' } })
    expect(
      planBooking(pricing(undefined, unlimited), request([adult('TAN')], { seats: [{ passenger: 0, segmentId: 'S1', seatNo: '12A', price: '35.50' }], expectedTotal: '1035.60' }))
    ).toMatchObject({ ok: false, error: { messageKey: 'desk.booking.extrasChanged' } })
  })

  it('refuses picks no passenger can have: an infant’s seat, two seats on one flight, a bag over the limit, an unknown passenger', () => {
    const invalid = { ok: false, error: { messageKey: 'desk.booking.picksInvalid', action: 'fix-input' } }
    const pax = { adults: 1, children: 0, infants: 1 }
    const seat = (passenger: number, seatNo = '12A') => ({ passenger, segmentId: 'S1', seatNo, price: '35.50' })
    expect(planBooking(pricing(pax), request([adult('TAN'), minor('INF', 0)], { seats: [seat(1)] }))).toMatchObject(invalid)
    expect(planBooking(pricing(), request([adult('TAN')], { seats: [seat(0), seat(0, '12B')] }))).toMatchObject(invalid)
    expect(planBooking(pricing(), request([adult('TAN')], { bags: [0, 0].map((passenger) => ({ passenger, auxId: 'BAG20', price: '120' })) }))).toMatchObject(invalid)
    expect(planBooking(pricing(), request([adult('TAN')], { bags: [{ passenger: 3, auxId: 'BAG20', price: '120' }] }))).toMatchObject(invalid)
  })
})

describe('the shared passenger rules, run again in main', () => {
  const trip = { firstDate: '2026-04-15', lastDate: '2026-04-22', domesticChina: false, today: '2026-03-10' }

  it('refuse a booking that breaks one, in the rule’s own words, naming the passenger and field', () => {
    const tooOld = { ...minor('CHD', 0), birthday: '2000-01-01' }
    const planned = planBooking(pricing({ adults: 1, children: 1, infants: 0 }), request([adult('TAN'), tooOld]), trip)
    expect(planned).toMatchObject({ ok: false, error: { kind: 'validation', messageKey: 'passengers.rule.ageChild', action: 'fix-input', code: 'PASSENGER_2_birthday' } })
    const expired = { ...adult('TAN'), documentExpiry: '2026-04-20' }
    expect(planBooking(pricing(), request([expired]), trip)).toMatchObject({ ok: false, error: { messageKey: 'passengers.rule.expiryBeforeEnd' } })
  })

  it('let a valid party through', () => {
    expect(planBooking(pricing({ adults: 1, children: 1, infants: 0 }), request([adult('TAN'), minor('CHD', 0)]), trip).ok).toBe(true)
  })
})

describe('checkCompanions', () => {
  const pax = (adults: number, children: number, infants: number) => ({ adults, children, infants })

  it('wants the passenger types priced', () => {
    expect(checkCompanions([adult('A'), adult('B')], pax(1, 0, 0))).toMatchObject({ messageKey: 'desk.booking.passengerCounts', params: { adults: 1, children: 0, infants: 0 } })
    expect(checkCompanions([adult('A')], pax(1, 0, 0))).toBeUndefined()
  })

  it('each child and infant travels with an adult: at most 2 children per adult, each infant with a different adult', () => {
    expect(checkCompanions([adult('A'), minor('CHD', 0), minor('CHD', 0)], pax(1, 2, 0))).toBeUndefined()
    expect(checkCompanions([adult('A'), minor('CHD', 0), minor('CHD', 0), minor('CHD', 0)], pax(1, 3, 0))).toMatchObject({ messageKey: 'desk.booking.companion', params: { passenger: 4 } })
    expect(checkCompanions([adult('A'), minor('CHD', undefined)], pax(1, 1, 0))).toMatchObject({ messageKey: 'desk.booking.companion', params: { passenger: 2 } })
    expect(checkCompanions([adult('A'), minor('CHD', 1), minor('CHD', 1)], pax(1, 2, 0))).toMatchObject({ messageKey: 'desk.booking.companion' })
    expect(checkCompanions([adult('A'), adult('B'), minor('INF', 0), minor('INF', 1)], pax(2, 0, 2))).toBeUndefined()
    expect(checkCompanions([adult('A'), adult('B'), minor('INF', 0), minor('INF', 0)], pax(2, 0, 2))).toMatchObject({ messageKey: 'desk.booking.companion', params: { passenger: 4 } })
  })
})

describe('fr24Passenger', () => {
  it('numbers passengers 1..n, writes FR24’s name, and names a child’s adult by paxId', () => {
    expect(fr24Passenger(adult('VAN DER BERG', 'JEAN-PIERRE'), 0)).toEqual({
      paxId: 1,
      name: 'VANDERBERG/JEANPIERRE',
      paxType: 'ADT',
      birthday: '1985-06-15',
      gender: 'M',
      cardNum: 'E12345678',
      cardType: 'PP',
      cardIssuedPlace: 'SG',
      cardExpiryDate: '2032-12-31',
      nationality: 'SG'
    })
    expect(fr24Passenger(minor('CHD', 0), 2)).toMatchObject({ paxId: 3, paxType: 'CHD', accompaniedPaxId: '1' })
  })
})
