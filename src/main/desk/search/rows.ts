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
const CURRENCY = /^[A-Z]{3}$/
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

/** What every offer flying one legId (all its directions) shares, and so its rows share. */
interface Journey {
  skeletons: Skeleton[]
  allSegments: SegmentFacts[]
  carriers: OfferRow['carriers']
  /** Worked out on the journey's first row. */
  warnings: OfferRow['warnings'] | undefined
}

interface SegmentFacts {
  seg: Segment
  from: string
  to: string
  carrier: string
  flightNo: string
  /** The operating carrier, only when it is a code and differs from the marketing carrier. */
  operatingCarrier?: string
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
  for (const rule of rules) if (rule.paxType === 'ADT') return rule
  return rules[0]
}

/** An allowance string's adult slot (`"23-23-10"` → 23; `e` = none), GAPS A16: slots are ADT-CHD-INF. */
export function allowanceSlot(value: string | null | undefined, slot: 0 | 1 | 2): number | undefined {
  if (!value) return undefined
  // By the dashes, not split('-'): two of these per segment of every offer, and each split was a new list.
  let start = 0
  for (let i = 0; i < slot; i++) {
    const dash = value.indexOf('-', start)
    if (dash === -1) return undefined
    start = dash + 1
  }
  const end = value.indexOf('-', start)
  const part = end === -1 ? value.slice(start) : value.slice(start, end)
  if (part === 'e' || part.trim() === '') return undefined
  const n = Number(part)
  return Number.isFinite(n) ? n : undefined
}

export type Baggage = NonNullable<NonNullable<NonNullable<Offer['extraInfo']>['freeBaggageAllowance']>[number]>

export function baggageFor(offer: Offer, segmentId: string, index: number): Baggage | undefined {
  const list = offer.extraInfo?.freeBaggageAllowance
  if (!list) return undefined
  let anyNamed = false
  for (const b of list) {
    if (!b?.segmentId) continue
    if (b.segmentId === segmentId) return b
    anyNamed = true
  }
  // Allowances that name no segment are in segment order.
  return anyNamed ? undefined : (list[index] ?? undefined)
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
  /** Per offer legId (`L1^L2`): its directions' skeletons, and what its rows share. */
  private readonly journeys = new Map<string, Journey | null>()
  /** Currency and validating-carrier spellings already checked (a few values repeat 2,000 times). */
  private readonly goodCodes = new Set<string>()
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
    const operating = seg.operatingCarrier ?? undefined
    const facts: SegmentFacts = {
      seg,
      from,
      to,
      carrier: seg.carrier as string,
      flightNo: String(seg.flightNo ?? '').slice(0, 16),
      departLocal,
      arriveLocal,
      departAt: this.clock.instant(departLocal, this.places.airport(from)),
      arriveAt: this.clock.instant(arriveLocal, this.places.airport(to)),
      minutes: typeof seg.duration === 'number' && seg.duration >= 0 ? seg.duration : undefined
    }
    if (operating && operating !== facts.carrier && CODE2.test(operating)) facts.operatingCarrier = operating
    this.segments.set(id, facts)
    return facts
  }

  /** The segments of an offer, per direction: its legId is the directions' legIds joined with `^` (inference §6). */
  directions(offer: Offer): SegmentFacts[][] | undefined {
    return this.journeyOf(offer)?.skeletons.map((k) => k.segs)
  }

  private journeyOf(offer: Offer): Journey | undefined {
    const legId = offer.legId ?? ''
    // Per whole legId too: brands of one itinerary repeat it, and the split and lookups add up.
    const known = this.journeys.get(legId)
    if (known !== undefined) return known ?? undefined
    const skeletons: Skeleton[] = []
    for (const id of legId.split('^')) {
      const skeleton = this.skeleton(id)
      if (!skeleton) {
        this.journeys.set(legId, null)
        return undefined
      }
      skeletons.push(skeleton)
    }
    if (skeletons.length === 0) {
      this.journeys.set(legId, null)
      return undefined
    }
    const allSegments = skeletons.flatMap((k) => k.segs)
    const carriers: OfferRow['carriers'] = []
    for (const s of allSegments) if (!carriers.some((c) => c.code === s.carrier)) carriers.push(this.carrier(s.carrier))
    const journey: Journey = { skeletons, allSegments, carriers, warnings: undefined }
    this.journeys.set(legId, journey)
    return journey
  }

  /** A code checked once per answer: currencies and carriers repeat in every offer. */
  private isGood(code: string | null | undefined, pattern: RegExp): code is string {
    if (!code) return false
    if (this.goodCodes.has(code)) return true
    if (!pattern.test(code)) return false
    this.goodCodes.add(code)
    return true
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
    const segments: RowSegment[] = []
    for (let i = 0; i < skeleton.segs.length; i++) {
      const s = skeleton.segs[i] as SegmentFacts
      const cabin = offer.cabin?.[offset + i]
      const rbd = offer.RBD?.[offset + i]
      const row: RowSegment = {
        carrier: s.carrier,
        flightNo: s.flightNo,
        from: s.from,
        to: s.to,
        departLocal: s.departLocal,
        arriveLocal: s.arriveLocal,
        cabin: cabin && CABINS.has(cabin) ? (cabin as Cabin) : this.cabin
      }
      if (s.operatingCarrier) row.operatingCarrier = s.operatingCarrier
      if (rbd && rbd.length <= 2) row.bookingClass = rbd
      segments.push(row)
    }
    // Connections are shared between rows: nothing downstream changes a row, and it saves thousands of copies.
    const base = skeleton.base
    return {
      from: base.from,
      to: base.to,
      departLocal: base.departLocal,
      arriveLocal: base.arriveLocal,
      dayOffset: base.dayOffset,
      durationMinutes: base.durationMinutes,
      stops: base.stops,
      connections: base.connections,
      segments
    }
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
    const journey = this.journeyOf(offer)
    if (!journey) return undefined
    const legs: RowLeg[] = []
    let offset = 0
    for (const skeleton of journey.skeletons) {
      legs.push(this.leg(skeleton, offer, offset))
      offset += skeleton.segs.length
    }
    const currency = this.isGood(offer.currency, CURRENCY) ? offer.currency : undefined
    const validating = this.isGood(offer.platingCarrier, CODE2) ? offer.platingCarrier : legs[0]?.segments[0]?.carrier
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
    const allSegments = journey.allSegments
    let bagsIncluded = allSegments.length > 0
    for (let i = 0; bagsIncluded && i < allSegments.length; i++) bagsIncluded = hasCheckedBag(baggageFor(offer, (allSegments[i] as SegmentFacts).seg.segmentId, i))
    const refund = adultFirst(offer.rules?.refund)
    const change = adultFirst(offer.rules?.change)
    const brand = offer.productTag?.fareBrand?.find((b): b is string => typeof b === 'string' && b.length > 0)
    const row: OfferRow = {
      offerId: offer.offerId,
      totalPrice: offer.totalPrice ?? weightedSum(perType, counts),
      perPassenger,
      currency,
      // Shared by every row of the journey, as its connections are (rows are never changed downstream).
      carriers: journey.carriers,
      validatingCarrier: validating,
      legs,
      bagsIncluded,
      refundable: ruleAnswer(refund?.refundPolicy, refund?.refundFee),
      changeable: ruleAnswer(change?.changePolicy, change?.changeFee),
      warnings: []
    }
    if (brand) row.brand = brand.slice(0, 80)
    // Warnings read only what the journey's rows share (times, airports, connections): once per journey.
    journey.warnings ??= warningsFor(row, (code) => this.places.country(code))
    row.warnings = journey.warnings
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
