import type { Cabin, Connection, OfferRow, RowLeg, RowSegment, RuleAnswer } from '../../../shared/domain/search'
import { daysBetween, wallMinutes } from '../../../shared/search/localTime'
import { isOvernight, warningsFor } from '../../../shared/search/warnings'
import type { Offer, Segment, ShoppingData } from '../../fr24'
import { sumOf, weightedSum } from './cents'
import type { PlacesIndex } from './places'
import { ZoneClock } from './zones'

/**
 * FR24's shopping answer → compact offer rows (only what a row, the filters and the matrix read).
 * Pure apart from the places index. Times stay airport-local as FR24 gives them; durations and
 * layovers come from the airports' time zones, so DST and the date line count as real time.
 */
export interface PaxCounts {
  adults: number
  children: number
  infants: number
}

export interface BuiltRows {
  rows: OfferRow[]
  /** Offers that could not be read into a row (an unknown leg or segment, an unreadable time). */
  skipped: number
}

const CODE3 = /^[A-Z]{3}$/
const CODE2 = /^[A-Z0-9]{2}$/
const CABINS = new Set(['Y', 'P', 'C', 'F'])

/** `YYYY-MM-DDTHH:mm` from FR24's spellings (a space for the T, trailing seconds). */
export function normalizeLocal(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value.trim())
  return m ? `${m[1]}T${m[2]}` : undefined
}

interface Skeleton {
  segs: SegmentFacts[]
  base: Omit<RowLeg, 'segments'>
}

interface SegmentFacts {
  seg: Segment
  from: string
  to: string
  departLocal: string
  arriveLocal: string
  departAt?: number
  arriveAt?: number
  /** FR24's own flying time, when it gave one. */
  minutes?: number
}

/**
 * What a fare rule allows, from FR24's policy words (docs/fr24-inferences.md, "Search rows"):
 * `withNoPenalty` free; `withCondition` for a fee (free when the fee is 0); `notAllowed` and
 * `taxRefundOnly` (only taxes come back) no; `airlinePolicyApplied` and anything else: FR24 did not say.
 */
export function ruleAnswer(policy: string | null | undefined, fee: string | null | undefined): RuleAnswer {
  switch (policy) {
    case 'withNoPenalty':
      return 'yes'
    case 'withCondition':
      return fee !== null && fee !== undefined && Number(fee) === 0 ? 'yes' : 'fee'
    case 'notAllowed':
    case 'taxRefundOnly':
      return 'no'
    default:
      return 'unknown'
  }
}

/** The adult's rule when there is one (the fare the agent sells), else the first. */
function adultFirst<T extends { paxType?: string | null }>(rules: readonly T[] | null | undefined): T | undefined {
  if (!rules || rules.length === 0) return undefined
  return rules.find((r) => r.paxType === 'ADT') ?? rules[0]
}

/** An allowance string's adult slot (`"23-23-10"` → 23; `e` = none), GAPS A16: slots are ADT-CHD-INF. */
export function allowanceSlot(value: string | null | undefined, slot: 0 | 1 | 2): number | undefined {
  if (!value) return undefined
  const part = value.split('-')[slot]
  if (part === undefined || part === 'e' || part.trim() === '') return undefined
  const n = Number(part)
  return Number.isFinite(n) ? n : undefined
}

export type Baggage = NonNullable<NonNullable<NonNullable<Offer['extraInfo']>['freeBaggageAllowance']>[number]>

export function baggageFor(offer: Offer, segmentId: string, index: number): Baggage | undefined {
  const list = offer.extraInfo?.freeBaggageAllowance ?? []
  return list.find((b) => b?.segmentId === segmentId) ?? (list.every((b) => !b?.segmentId) ? list[index] : undefined) ?? undefined
}

function hasCheckedBag(b: Baggage | undefined): boolean {
  if (!b) return false
  return (allowanceSlot(b.checkedBagPc, 0) ?? 0) > 0 || (allowanceSlot(b.checkedBagWeight, 0) ?? 0) > 0
}

export class RowBuilder {
  private readonly clock = new ZoneClock()
  private readonly segments = new Map<string, SegmentFacts | null>()
  /** Per legId: what every offer flying that direction shares (many offers are one itinerary in several brands). */
  private readonly skeletons = new Map<string, Skeleton | null>()
  /** Per offer legId (`L1^L2`): its directions' skeletons. */
  private readonly journeys = new Map<string, Skeleton[] | null>()
  private readonly carrierEntries = new Map<string, OfferRow['carriers'][number]>()
  private readonly legs: Map<string, string[]>
  private readonly raw: Map<string, Segment>

  constructor(
    answer: ShoppingData,
    private readonly places: PlacesIndex,
    private readonly pax: PaxCounts,
    private readonly cabin: Cabin
  ) {
    this.raw = new Map((answer.segments ?? []).map((s) => [s.segmentId, s]))
    this.legs = new Map((answer.legs ?? []).map((l) => [l.legId, l.segmentIds]))
  }

  segment(id: string): SegmentFacts | undefined {
    const known = this.segments.get(id)
    if (known !== undefined) return known ?? undefined
    const seg = this.raw.get(id)
    const departLocal = normalizeLocal(seg?.depTime)
    const arriveLocal = normalizeLocal(seg?.arrTime)
    const from = seg?.depAirport ?? ''
    const to = seg?.arrAirport ?? ''
    if (!seg || !departLocal || !arriveLocal || !CODE3.test(from) || !CODE3.test(to) || !CODE2.test(seg.carrier ?? '')) {
      this.segments.set(id, null)
      return undefined
    }
    const facts: SegmentFacts = {
      seg,
      from,
      to,
      departLocal,
      arriveLocal,
      departAt: this.clock.instant(departLocal, this.places.airport(from)),
      arriveAt: this.clock.instant(arriveLocal, this.places.airport(to)),
      minutes: typeof seg.duration === 'number' && seg.duration >= 0 ? seg.duration : undefined
    }
    this.segments.set(id, facts)
    return facts
  }

  /** The segments of an offer, per direction: its legId is the directions' legIds joined with `^` (inference §6). */
  directions(offer: Offer): SegmentFacts[][] | undefined {
    const skeletons = this.skeletonsOf(offer)
    return skeletons?.map((k) => k.segs)
  }

  private skeletonsOf(offer: Offer): Skeleton[] | undefined {
    const legId = offer.legId ?? ''
    // Per whole legId too: brands of one itinerary repeat it, and the split and lookups add up.
    const known = this.journeys.get(legId)
    if (known !== undefined) return known ?? undefined
    const out: Skeleton[] = []
    for (const id of legId.split('^')) {
      const skeleton = this.skeleton(id)
      if (!skeleton) {
        this.journeys.set(legId, null)
        return undefined
      }
      out.push(skeleton)
    }
    const journey = out.length > 0 ? out : null
    this.journeys.set(legId, journey)
    return journey ?? undefined
  }

  private skeleton(legId: string): Skeleton | undefined {
    const known = this.skeletons.get(legId)
    if (known !== undefined) return known ?? undefined
    const segIds = legId ? this.legs.get(legId) : undefined
    const segs: SegmentFacts[] = []
    for (const id of segIds ?? []) {
      const facts = this.segment(id)
      if (!facts) break
      segs.push(facts)
    }
    const base = segIds && segs.length === segIds.length ? this.legBase(segs) : undefined
    const skeleton = base ? { segs, base } : null
    this.skeletons.set(legId, skeleton)
    return skeleton ?? undefined
  }

  /** Minutes between two segment facts' times, by their zones when known, else on the wall clock. */
  private between(fromLocal: string, fromAt: number | undefined, toLocal: string, toAt: number | undefined): number {
    if (fromAt !== undefined && toAt !== undefined) return toAt - fromAt
    return wallMinutes(toLocal) - wallMinutes(fromLocal)
  }

  private legBase(segs: SegmentFacts[]): Omit<RowLeg, 'segments'> | undefined {
    const first = segs[0]
    const last = segs[segs.length - 1]
    if (!first || !last) return undefined
    const connections: Connection[] = []
    let flownMinutes = 0
    let flownKnown = true
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i] as SegmentFacts
      if (s.minutes === undefined) flownKnown = false
      else flownMinutes += s.minutes
      const next = segs[i + 1]
      if (!next) continue
      const layoverMinutes = this.between(s.arriveLocal, s.arriveAt, next.departLocal, next.departAt)
      const arrived = wallMinutes(s.arriveLocal)
      const connection: Connection = { airport: s.to, layoverMinutes, overnight: isOvernight(arrived, arrived + layoverMinutes) }
      if (next.from !== s.to) Object.assign(connection, { arriveAirport: s.to, departAirport: next.from })
      connections.push(connection)
    }
    const byZones = first.departAt !== undefined && last.arriveAt !== undefined ? last.arriveAt - first.departAt : undefined
    const durationMinutes = byZones ?? (flownKnown ? flownMinutes + connections.reduce((t, c) => t + c.layoverMinutes, 0) : undefined)
    if (durationMinutes === undefined || durationMinutes < 0) return undefined
    const dayOffset = daysBetween(first.departLocal, last.arriveLocal)
    if (dayOffset < -1 || dayOffset > 3) return undefined
    return {
      from: first.from,
      to: last.to,
      departLocal: first.departLocal,
      arriveLocal: last.arriveLocal,
      dayOffset,
      durationMinutes,
      stops: segs.length - 1,
      connections
    }
  }

  /** A leg of one offer: the shared skeleton, with this offer's cabin and booking class per segment. */
  private leg(skeleton: Skeleton, offer: Offer, offset: number): RowLeg {
    const segments: RowSegment[] = skeleton.segs.map((s, i) => {
      const cabin = offer.cabin?.[offset + i]
      const rbd = offer.RBD?.[offset + i]
      const operating = s.seg.operatingCarrier ?? undefined
      const row: RowSegment = {
        carrier: s.seg.carrier as string,
        flightNo: String(s.seg.flightNo ?? '').slice(0, 16),
        from: s.from,
        to: s.to,
        departLocal: s.departLocal,
        arriveLocal: s.arriveLocal,
        cabin: cabin && CABINS.has(cabin) ? (cabin as Cabin) : this.cabin
      }
      if (operating && operating !== row.carrier && CODE2.test(operating)) row.operatingCarrier = operating
      if (rbd && rbd.length <= 2) row.bookingClass = rbd
      return row
    })
    // Connections are shared between rows: nothing downstream changes a row, and it saves thousands of copies.
    return { ...skeleton.base, segments }
  }

  /** One entry per carrier code, shared by every row naming it (rows are never changed downstream). */
  private carrier(code: string): OfferRow['carriers'][number] {
    let entry = this.carrierEntries.get(code)
    if (!entry) {
      entry = { code, name: this.places.carrierName(code).slice(0, 80) }
      this.carrierEntries.set(code, entry)
    }
    return entry
  }

  row(offer: Offer): OfferRow | undefined {
    const skeletons = this.skeletonsOf(offer)
    if (!skeletons) return undefined
    const legs: RowLeg[] = []
    let offset = 0
    for (const skeleton of skeletons) {
      legs.push(this.leg(skeleton, offer, offset))
      offset += skeleton.segs.length
    }
    const currency = offer.currency && /^[A-Z]{3}$/.test(offer.currency) ? offer.currency : undefined
    const validating = offer.platingCarrier && CODE2.test(offer.platingCarrier) ? offer.platingCarrier : legs[0]?.segments[0]?.carrier
    if (!currency || !validating) return undefined
    const perPassenger: OfferRow['perPassenger'] = {}
    const perType: string[] = []
    const counts: number[] = []
    for (const p of offer.pricePerPax ?? []) {
      if (p.paxType !== 'ADT' && p.paxType !== 'CHD' && p.paxType !== 'INF') continue
      const one = sumOf(p.baseFare ?? '0', p.totalTax ?? '0', p.serviceFee ?? '0')
      perPassenger[p.paxType] = one
      perType.push(one)
      counts.push(p.paxType === 'ADT' ? this.pax.adults : p.paxType === 'CHD' ? this.pax.children : this.pax.infants)
    }
    const carriers: OfferRow['carriers'] = []
    for (const leg of legs)
      for (const s of leg.segments)
        if (!carriers.some((c) => c.code === s.carrier)) carriers.push(this.carrier(s.carrier))
    const allSegments = skeletons.length === 1 ? (skeletons[0] as Skeleton).segs : skeletons.flatMap((k) => k.segs)
    const refund = adultFirst(offer.rules?.refund)
    const change = adultFirst(offer.rules?.change)
    const brand = offer.productTag?.fareBrand?.find((b): b is string => typeof b === 'string' && b.length > 0)
    const row: OfferRow = {
      offerId: offer.offerId,
      totalPrice: offer.totalPrice ?? weightedSum(perType, counts),
      perPassenger,
      currency,
      carriers,
      validatingCarrier: validating,
      legs,
      bagsIncluded: allSegments.length > 0 && allSegments.every((s, i) => hasCheckedBag(baggageFor(offer, s.seg.segmentId, i))),
      refundable: ruleAnswer(refund?.refundPolicy, refund?.refundFee),
      changeable: ruleAnswer(change?.changePolicy, change?.changeFee),
      warnings: []
    }
    if (brand) row.brand = brand.slice(0, 80)
    row.warnings = warningsFor(row, (code) => this.places.country(code))
    return row
  }
}

/** Every offer of the answer that reads as a row, in FR24's order. */
export function buildRows(answer: ShoppingData, places: PlacesIndex, pax: PaxCounts, cabin: Cabin): BuiltRows {
  const builder = new RowBuilder(answer, places, pax, cabin)
  const rows: OfferRow[] = []
  let skipped = 0
  for (const offer of answer.offers ?? []) {
    const row = builder.row(offer)
    if (row) rows.push(row)
    else skipped++
  }
  return { rows, skipped }
}

/** Offers read between two turns of the event loop: a few milliseconds of work each. */
export const OFFERS_PER_TURN = 250

/**
 * buildRows in slices, letting the event loop turn between them: 2,000 offers are 30–60 ms of
 * work, and as one task they held every other call of the desk (IPC, the tray, a second window)
 * that long (issue 10: no task on main over ~50 ms). Same rows, same order, as buildRows.
 */
export async function buildRowsInTurns(
  answer: ShoppingData,
  places: PlacesIndex,
  pax: PaxCounts,
  cabin: Cabin,
  nextTurn: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))
): Promise<BuiltRows> {
  const builder = new RowBuilder(answer, places, pax, cabin)
  const offers = answer.offers ?? []
  const rows: OfferRow[] = []
  let skipped = 0
  for (let start = 0; start < offers.length; start += OFFERS_PER_TURN) {
    if (start > 0) await nextTurn()
    for (const offer of offers.slice(start, start + OFFERS_PER_TURN)) {
      const row = builder.row(offer)
      if (row) rows.push(row)
      else skipped++
    }
  }
  return { rows, skipped }
}
