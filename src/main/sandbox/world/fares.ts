import Big from 'big.js'
import { airport } from './geo'
import { countryCode } from './countries'
import { hashInt, Rng } from './prng'
import type { Carrier } from './carriers'
import type { Itinerary } from './schedule'
import type { Baggage, CabinCode, ChangeRule, Offer, PaxCounts, PaxPrice, PaxType, RefundRule, TaxLine } from './types'

/**
 * Fares. Everything is computed in USD-equivalents from distance, cabin,
 * brand and carrier, then converted at fixed rates into the account's
 * currency and rounded: base fares to whole units, taxes to the currency's
 * minor unit. Amounts are big.js decimals from the conversion on, so offer
 * totals, order totals and the ledger agree to the cent.
 */

/** Fixed demo rates, units per USD. An unknown currency is treated like USD. */
const PER_USD: Readonly<Record<string, string>> = {
  USD: '1',
  CNY: '7.1',
  EUR: '0.92',
  GBP: '0.79',
  HKD: '7.8',
  SGD: '1.34',
  JPY: '150',
  AUD: '1.52',
  THB: '36',
  MYR: '4.7',
  KRW: '1350',
  INR: '83',
  AED: '3.67',
  CAD: '1.36',
  NZD: '1.65',
  TWD: '32'
}
const ZERO_DECIMALS = new Set(['JPY', 'KRW', 'VND', 'IDR', 'TWD'])

export function minorUnits(currency: string): number {
  return ZERO_DECIMALS.has(currency) ? 0 : 2
}

/** A USD figure in `currency` at the fixed demo rate, rounded to `places`. */
export function fromUsd(usd: number, currency: string, places: number): Big {
  const rate = PER_USD[currency] ?? '1'
  return new Big(usd.toFixed(4)).times(rate).round(places, Big.roundHalfUp)
}

export interface Brand {
  name: string
  short: string
  factor: number
  rbd: readonly string[]
  refund: { policy: string; feeUsd: number | null }
  change: { policy: string; feeUsd: number | null }
  checkedPc: string
  checkedWeight: string
  cabinPc: string
  cabinWeight: string
}

const Y_NETWORK: readonly Brand[] = [
  { name: 'ECONOMY LIGHT', short: 'LT', factor: 0.88, rbd: ['Q', 'T', 'V', 'L'], refund: { policy: 'notAllowed', feeUsd: null }, change: { policy: 'withCondition', feeUsd: 75 }, checkedPc: 'e-e-e', checkedWeight: 'e-e-e', cabinPc: '1-1-e', cabinWeight: '7-7-e' },
  { name: 'ECONOMY CLASSIC', short: 'CL', factor: 1, rbd: ['M', 'H', 'K', 'B'], refund: { policy: 'withCondition', feeUsd: 100 }, change: { policy: 'withCondition', feeUsd: 50 }, checkedPc: '1-1-1', checkedWeight: '23-23-10', cabinPc: '1-1-e', cabinWeight: '7-7-e' },
  { name: 'ECONOMY FLEX', short: 'FX', factor: 1.35, rbd: ['Y', 'B'], refund: { policy: 'withNoPenalty', feeUsd: 0 }, change: { policy: 'withNoPenalty', feeUsd: 0 }, checkedPc: '2-2-1', checkedWeight: '23-23-10', cabinPc: '1-1-e', cabinWeight: '7-7-e' }
]
const Y_LOW_COST: readonly Brand[] = [
  { name: 'BASIC', short: 'BA', factor: 1, rbd: ['X', 'V'], refund: { policy: 'notAllowed', feeUsd: null }, change: { policy: 'notAllowed', feeUsd: null }, checkedPc: 'e-e-e', checkedWeight: 'e-e-e', cabinPc: '1-1-e', cabinWeight: '7-7-e' },
  { name: 'VALUE PACK', short: 'VP', factor: 1.25, rbd: ['M'], refund: { policy: 'taxRefundOnly', feeUsd: null }, change: { policy: 'withCondition', feeUsd: 40 }, checkedPc: '1-1-e', checkedWeight: '20-20-e', cabinPc: '1-1-e', cabinWeight: '7-7-e' }
]
const P_NETWORK: readonly Brand[] = [
  { name: 'PREMIUM ECONOMY', short: 'PE', factor: 1, rbd: ['W', 'E'], refund: { policy: 'withCondition', feeUsd: 150 }, change: { policy: 'withCondition', feeUsd: 100 }, checkedPc: '2-2-1', checkedWeight: '23-23-10', cabinPc: '1-1-e', cabinWeight: '10-10-e' }
]
const C_NETWORK: readonly Brand[] = [
  { name: 'BUSINESS', short: 'BZ', factor: 1, rbd: ['I', 'D', 'Z'], refund: { policy: 'withCondition', feeUsd: 200 }, change: { policy: 'withCondition', feeUsd: 100 }, checkedPc: '2-2-1', checkedWeight: '32-32-10', cabinPc: '2-2-e', cabinWeight: '7-7-e' },
  { name: 'BUSINESS FLEX', short: 'BF', factor: 1.25, rbd: ['J', 'C'], refund: { policy: 'withNoPenalty', feeUsd: 0 }, change: { policy: 'withNoPenalty', feeUsd: 0 }, checkedPc: '2-2-1', checkedWeight: '32-32-10', cabinPc: '2-2-e', cabinWeight: '7-7-e' }
]
const F_NETWORK: readonly Brand[] = [
  { name: 'FIRST', short: 'FR', factor: 1, rbd: ['F', 'A'], refund: { policy: 'withNoPenalty', feeUsd: 0 }, change: { policy: 'withNoPenalty', feeUsd: 0 }, checkedPc: '3-3-1', checkedWeight: '32-32-10', cabinPc: '2-2-e', cabinWeight: '7-7-e' }
]

/** The fare families a carrier sells in a cabin on a journey of `km` (none = cabin not offered). */
export function brandsFor(plating: Carrier, cabin: CabinCode, km: number): readonly Brand[] {
  if (plating.lowCost) return cabin === 'Y' ? Y_LOW_COST : []
  if (cabin === 'Y') return Y_NETWORK
  if (cabin === 'C') return C_NETWORK
  if (cabin === 'P') return km >= 3_000 ? P_NETWORK : []
  return km >= 4_000 && plating.rangeKm > 10_000 ? F_NETWORK : []
}

const CABIN_FACTOR: Readonly<Record<CabinCode, number>> = { Y: 1, P: 1.7, C: 3.6, F: 6 }

function perKm(km: number): number {
  if (km < 800) return 0.16
  if (km < 2_000) return 0.11
  if (km < 5_000) return 0.075
  if (km < 9_000) return 0.06
  return 0.052
}

/** Adult base fare of one direction, USD. */
function directionBaseUsd(seed: string, itin: Itinerary, cabin: CabinCode, brand: Brand, roundTrip: boolean): number {
  const key = itin.flights.map((f) => f.segment.segmentId).join('^')
  const noise = 0.85 + new Rng(seed, 'fare', key, cabin, brand.short).next() * 0.35
  const stops = itin.flights.length - 1
  const carrierFactor = itin.plating.lowCost ? 0.55 : itin.plating.connector ? 1.05 : 1
  const stopFactor = stops === 0 ? 1 : stops === 1 ? 0.86 : 0.78
  return (35 + itin.km * perKm(itin.km)) * carrierFactor * stopFactor * CABIN_FACTOR[cabin] * brand.factor * noise * (roundTrip ? 0.93 : 1)
}

function taxesFor(itin: Itinerary, cabin: CabinCode, paxType: PaxType, currency: string): TaxLine[] {
  const places = minorUnits(currency)
  const lines = new Map<string, Big>()
  const addLine = (type: string, usd: number): void => {
    if (usd <= 0) return
    lines.set(type, (lines.get(type) ?? new Big(0)).plus(fromUsd(usd, currency, places)))
  }
  if (!itin.plating.lowCost && paxType !== 'INF') {
    // Carrier-imposed fuel surcharge, by distance; more in the front cabins.
    addLine('YQ', itin.km * 0.016 * (cabin === 'C' || cabin === 'F' ? 1.3 : 1))
  }
  for (const f of itin.flights) {
    // Departure/airport charges typed with the country's code, as BSP tax codes are.
    const from = airport(f.segment.depAirport)
    const country = from ? countryCode(from.country) : 'XT'
    const usd = 8 + (hashInt('airportTax', f.segment.depAirport) % 3_000) / 100
    addLine(country === 'XX' ? 'XT' : country, paxType === 'INF' ? usd * 0.5 : usd)
  }
  return [...lines.entries()].map(([taxType, amount]) => ({ taxType, taxAmount: amount.toFixed(places) }))
}

export interface FareResult {
  pricePerPax: PaxPrice[]
  totalPrice: string
  rules: { refund: RefundRule[]; change: ChangeRule[] }
  baggage: Baggage[]
  rbd: string[]
  fareBasis: string[]
  productSource: string
}

export function paxTypesOf(p: PaxCounts): PaxType[] {
  const types: PaxType[] = ['ADT']
  if (p.childNum > 0) types.push('CHD')
  if (p.infantNum > 0) types.push('INF')
  return types
}

export function countOf(p: PaxCounts, t: PaxType): number {
  return t === 'ADT' ? p.adultNum : t === 'CHD' ? p.childNum : p.infantNum
}

/** Σ over pax types of (base + tax + service fee) × count — docs/fr24-inferences.md M3. */
export function totalFor(prices: readonly PaxPrice[], pax: PaxCounts): string {
  let total = new Big(0)
  for (const p of prices) total = total.plus(new Big(p.baseFare).plus(p.totalTax).plus(p.serviceFee).times(countOf(pax, p.paxType)))
  return total.toFixed(2).replace(/\.00$/, '')
}

/**
 * Prices a journey (one itinerary per searched direction) in one brand.
 * `surcharge` is a price-change multiplier pricing may apply (1 = none).
 */
export function priceJourney(
  seed: string,
  currency: string,
  cabin: CabinCode,
  pax: PaxCounts,
  directions: readonly Itinerary[],
  brand: Brand,
  surcharge = 1
): FareResult {
  const places = minorUnits(currency)
  const roundTrip = directions.length > 1 && directions.every((d) => d.plating.code === (directions[0] as Itinerary).plating.code)
  const adultUsd = directions.reduce((s, d) => s + directionBaseUsd(seed, d, cabin, brand, roundTrip), 0) * surcharge
  const plating = (directions[0] as Itinerary).plating
  const source = plating.lowCost ? 'LCC' : hashInt(seed, 'source', plating.code) % 10 < 3 ? 'NDC' : 'GDS'
  const pricePerPax: PaxPrice[] = paxTypesOf(pax).map((paxType) => {
    const share = paxType === 'ADT' ? 1 : paxType === 'CHD' ? 0.75 : 0.1
    const baseFare = fromUsd(adultUsd * share, currency, 0)
    const taxBreakdown = directions.flatMap((d) => taxesFor(d, cabin, paxType, currency))
    const merged = new Map<string, Big>()
    for (const t of taxBreakdown) merged.set(t.taxType, (merged.get(t.taxType) ?? new Big(0)).plus(t.taxAmount))
    const lines = [...merged.entries()].map(([taxType, v]) => ({ taxType, taxAmount: v.toFixed(places) }))
    const totalTax = lines.reduce((s, t) => s.plus(t.taxAmount), new Big(0))
    // FR24 adds its own fee on NDC content (1% of the fare); GDS and LCC fares carry none.
    const serviceFee = source === 'NDC' ? baseFare.times('0.01').round(places, Big.roundHalfUp) : new Big(0)
    return { paxType, baseFare: baseFare.toFixed(0), totalTax: totalTax.toFixed(places), taxBreakdown: lines, serviceFee: serviceFee.toFixed(places) }
  })
  const fee = (usd: number | null): string | null => (usd === null ? null : fromUsd(usd, currency, 0).toFixed(0))
  const refund: RefundRule[] = pricePerPax.map((p) => ({
    paxType: p.paxType,
    couponStatus: 0,
    refundPolicy: brand.refund.policy,
    applicableTime: null,
    refundFee: p.paxType === 'INF' && brand.refund.feeUsd !== null ? '0' : fee(brand.refund.feeUsd),
    fullRefundAP: null
  }))
  const change: ChangeRule[] = pricePerPax.map((p) => ({
    paxType: p.paxType,
    couponStatus: 0,
    changePolicy: brand.change.policy,
    applicableTime: null,
    changeFee: p.paxType === 'INF' && brand.change.feeUsd !== null ? '0' : fee(brand.change.feeUsd)
  }))
  const segments = directions.flatMap((d) => d.flights.map((f) => f.segment))
  const rng = new Rng(seed, 'rbd', segments.map((s) => s.segmentId).join('^'), brand.short)
  const rbd = segments.map(() => rng.pick(brand.rbd))
  return {
    pricePerPax,
    totalPrice: totalFor(pricePerPax, pax),
    rules: { refund, change },
    baggage: segments.map((s) => ({
      segmentId: s.segmentId,
      cabinBagPc: brand.cabinPc,
      cabinBagSize: 'e-e-e',
      cabinBagWeight: brand.cabinWeight,
      checkedBagPc: brand.checkedPc,
      checkedBagSize: 'e-e-e',
      checkedBagWeight: brand.checkedWeight
    })),
    rbd,
    fareBasis: segments.map((s, i) => `${rbd[i] ?? 'Y'}${brand.short}${s.carrier}${countryCode(airport(s.depAirport)?.country ?? '').replace('XX', '')}`),
    productSource: source
  }
}

/** Builds the documented offer object around a fare. */
export function offerBody(
  currency: string,
  cabin: CabinCode,
  plating: Carrier,
  brand: Brand,
  fare: FareResult,
  availability: string[]
): Omit<Offer, 'offerId' | 'legId'> {
  const voidable = !plating.lowCost
  return {
    currency,
    platingCarrier: plating.code,
    pricePerPax: fare.pricePerPax,
    totalPrice: fare.totalPrice,
    cabin: availability.map(() => cabin),
    RBD: fare.rbd,
    fareBasis: fare.fareBasis,
    availability,
    extraInfo: { freeBaggageAllowance: fare.baggage },
    eligibilityFlag: false,
    eligibilityDetail: null,
    rules: fare.rules,
    productType: 'AAA',
    productTag: {
      ticketPromise: 30,
      refuseDeadline: null,
      ticketingTime: 20,
      reschedulePendingTime: null,
      voluntaryServiceStandard: 1,
      voluntaryRefundTime: 7,
      involuntaryServiceStandard: 1,
      involuntaryRefundTime: 3,
      RBDChangedRisk: false,
      refundCondition: brand.refund.policy === 'notAllowed' ? 0 : 1,
      reissueCondition: brand.change.policy === 'notAllowed' ? 0 : 1,
      voidingCondition: voidable,
      fareBrand: [brand.name],
      posArea: []
    },
    productSource: fare.productSource,
    paymentMethod: '0'
  }
}
