import type { DetailSegment, FareRuleLine, OfferDetail, PaxBreakdown, PaxType, RuleWhen } from '../../../shared/domain/search'
import { add, toDecimal } from '../../../shared/money'
import type { Offer } from '../../fr24'
import type { KeptSearch } from './kept'
import type { PlacesIndex } from './places'
import { allowanceSlot, baggageFor, RowBuilder, ruleAnswer, type Baggage } from './rows'

/**
 * One kept offer in full, for the detail panel: every segment, the fare rules as structured lines
 * (the window words them), baggage and price per passenger type. Built from the raw answer kept in
 * main, on demand.
 */
const PAX: readonly PaxType[] = ['ADT', 'CHD', 'INF']
const SLOT: Record<PaxType, 0 | 1 | 2> = { ADT: 0, CHD: 1, INF: 2 }

const opt = (value: string | null | undefined, max: number): string | undefined => (value ? String(value).slice(0, max) : undefined)
const asPax = (value: string | null | undefined): PaxType | undefined => (PAX as readonly string[]).includes(value ?? '') ? (value as PaxType) : undefined

/**
 * couponStatus 0 = the coupons are unused (GAPS A15), i.e. before departure; other values are after
 * travel began. `applicableTime` = a window in hours before departure (inference; the Sandbox sends null).
 */
function whenOf(couponStatus: number | null | undefined): RuleWhen {
  if (couponStatus === 0) return 'before-departure'
  if (typeof couponStatus === 'number') return 'after-departure'
  return 'any-time'
}

function hoursOf(times: readonly (number | null)[] | null | undefined): FareRuleLine['hoursBefore'] {
  if (!times || times.length === 0) return undefined
  const [from, to] = times
  const out: { from?: number; to?: number } = {}
  if (typeof from === 'number') out.from = from
  if (typeof to === 'number') out.to = to
  return Object.keys(out).length ? out : undefined
}

function ruleLine(r: { paxType?: string | null; couponStatus?: number | null; applicableTime?: (number | null)[] | null }, policy: string | null | undefined, fee: string | null | undefined): FareRuleLine {
  const line: FareRuleLine = { allowed: ruleAnswer(policy, fee), when: whenOf(r.couponStatus) }
  const pax = asPax(r.paxType)
  if (pax) line.paxType = pax
  if (fee !== null && fee !== undefined) line.fee = toDecimal(fee)
  const hours = hoursOf(r.applicableTime)
  if (hours) line.hoursBefore = hours
  if (policy) line.policy = policy.slice(0, 64)
  return line
}

function allowance(b: Baggage | undefined, kind: 'checked' | 'cabin', slot: 0 | 1 | 2): PaxBreakdown['baggage'][number]['checked'] {
  if (!b) return undefined
  const pieces = allowanceSlot(kind === 'checked' ? b.checkedBagPc : b.cabinBagPc, slot)
  const weightKg = allowanceSlot(kind === 'checked' ? b.checkedBagWeight : b.cabinBagWeight, slot)
  const sizeRaw = (kind === 'checked' ? b.checkedBagSize : b.cabinBagSize)?.split('-')[slot]
  const out: { pieces?: number; weightKg?: number; size?: string } = {}
  if (pieces !== undefined && Number.isInteger(pieces) && pieces >= 0) out.pieces = pieces
  if (weightKg !== undefined && weightKg >= 0) out.weightKg = weightKg
  if (sizeRaw && sizeRaw !== 'e') out.size = sizeRaw.slice(0, 32)
  return Object.keys(out).length ? out : undefined
}

export function offerDetail(kept: KeptSearch, offer: Offer, places: PlacesIndex): OfferDetail | undefined {
  const builder = new RowBuilder(kept.answer, places, kept.pax, kept.cabin)
  const row = builder.row(offer)
  const directions = builder.directions(offer)
  if (!row || !directions) return undefined
  const flat = directions.flat()
  let index = 0
  const legs = row.legs.map((leg, l) => ({
    ...leg,
    segments: leg.segments.map((s, i): DetailSegment => {
      const raw = (directions[l] as (typeof flat)[number][])[i]!.seg
      const segIndex = index++
      const detail: DetailSegment = { ...s, carrierName: places.carrierName(s.carrier).slice(0, 80) }
      if (s.operatingCarrier) detail.operatingCarrierName = places.carrierName(s.operatingCarrier).slice(0, 80)
      const set = <K extends keyof DetailSegment>(key: K, value: DetailSegment[K] | undefined) => {
        if (value !== undefined) detail[key] = value
      }
      set('operatingFlightNo', opt(raw.operatingFlightNo, 16))
      set('aircraft', opt(raw.aircraftCode, 16))
      set('departTerminal', opt(raw.depTerminal, 16))
      set('arriveTerminal', opt(raw.arrTerminal, 16))
      if (typeof raw.duration === 'number' && raw.duration >= 0) detail.durationMinutes = raw.duration
      set('fareBasis', opt(offer.fareBasis?.[segIndex], 32))
      set('seatsLeft', opt(offer.availability?.[segIndex], 8))
      if (raw.stopAirport && /^[A-Z]{3}$/.test(raw.stopAirport)) detail.stopAirport = raw.stopAirport
      return detail
    })
  }))
  const counts: Record<PaxType, number> = { ADT: kept.pax.adults, CHD: kept.pax.children, INF: kept.pax.infants }
  const passengers: PaxBreakdown[] = []
  for (const p of offer.pricePerPax ?? []) {
    const paxType = asPax(p.paxType)
    if (!paxType) continue
    const fare = p.baseFare ?? '0'
    const taxes = p.totalTax ?? '0'
    const breakdown: PaxBreakdown = {
      paxType,
      count: counts[paxType],
      fare,
      taxes,
      perPassenger: add(add(fare, taxes), p.serviceFee ?? '0'),
      taxLines: (p.taxBreakdown ?? []).flatMap((t) => (t.taxType && t.taxAmount ? [{ code: t.taxType.slice(0, 16), amount: t.taxAmount }] : [])),
      baggage: flat.map((s, i) => {
        const b = baggageFor(offer, s.seg.segmentId, i)
        const line: PaxBreakdown['baggage'][number] = { segment: i, from: s.from, to: s.to }
        const checked = allowance(b, 'checked', SLOT[paxType])
        const cabin = allowance(b, 'cabin', SLOT[paxType])
        if (checked) line.checked = checked
        if (cabin) line.cabin = cabin
        return line
      })
    }
    if (p.serviceFee !== null && p.serviceFee !== undefined) breakdown.serviceFee = p.serviceFee
    passengers.push(breakdown)
  }
  const detail: OfferDetail = {
    searchId: kept.searchId,
    offerId: offer.offerId,
    expiresAt: kept.expiresAt,
    currency: row.currency,
    totalPrice: row.totalPrice,
    validatingCarrier: { code: row.validatingCarrier, name: places.carrierName(row.validatingCarrier).slice(0, 80) },
    legs,
    fareRules: {
      refund: (offer.rules?.refund ?? []).map((r) => ruleLine(r, r.refundPolicy, r.refundFee)),
      change: (offer.rules?.change ?? []).map((r) => ruleLine(r, r.changePolicy, r.changeFee))
    },
    refundable: row.refundable,
    changeable: row.changeable,
    passengers,
    warnings: row.warnings
  }
  if (row.brand) detail.brand = row.brand
  return detail
}
