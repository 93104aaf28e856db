import { randomBytes } from 'node:crypto'
import type { AgencyContact, BookOutcome, BookRequest, DuplicateTraveller } from '../../../shared/domain/booking'
import { PRICING_WINDOW_MS } from '../../../shared/domain/booking'
import { deskError } from '../../../shared/errors'
import { fr24Name } from '../../../shared/passengers'
import { parseServerTime, toDeskError, type BookingData, type Fr24Client } from '../../fr24'
import type { Journal } from '../../journal/journal'
import type { OrderRecord } from '../../journal/orders'
import type { Clock } from '../../util/clock'
import type { Logger } from '../../util/log'
import { redactText } from '../../util/redact'
import { DeskFailure } from '../core/failure'
import type { Fr24Connection } from '../core/fr24Clients'
import type { SettingsStore } from '../core/settingsStore'
import type { MoneyPath } from '../money/moneyPath'
import type { BookingHints, OrderChecks } from '../orders/orderChecks'
import { orderStateOf, orderView } from '../orders/orderStates'
import type { PlacesIndex } from '../search/places'
import { AgencyContacts } from './agencyContacts'
import { planBooking, type BookingPlan } from './bookingPlan'
import type { KeptPricing, PricedOffers } from './priced'
import { tripFacts } from './trip'

export interface BookingServiceDeps {
  pricedOffers: PricedOffers
  journal: Journal
  money: MoneyPath
  checks: OrderChecks
  profiles: { activeProfileId(): string; resolveCredentials(profileId: string): Fr24Connection }
  fr24: (connection: Fr24Connection) => Fr24Client
  settings: SettingsStore
  places: PlacesIndex
  clock: Clock
  log: Logger
  /** A fresh partner order number per attempt (FR24 PartnerNo, ≤ 64 characters). */
  newPartnerOrderNo?: () => string
}

/** "FD" + time + randomness: unique per attempt, and readable in FR24's back office. */
export function newPartnerOrderNo(now: number): string {
  return `FD${now.toString(36).toUpperCase()}${randomBytes(5).toString('hex').toUpperCase()}`
}

/**
 * Booking a priced offer, exactly once.
 *
 * - One booking per pricing at a time: a second bookOffer for the same pricing while one runs
 *   gets that call's outcome (nothing more is sent); once a pricing has booked, it answers that order.
 * - Before any new booking of the profile, every booking whose outcome is open (pending,
 *   uncertain) is looked up first (orderDetail by partner order number): found, it is recorded
 *   (and answered, `recovered`, when it was this pricing's); not found, settled failed; when FR24
 *   cannot be asked, nothing is booked (desk.booking.uncertainFirst).
 * - Every booking goes through the money path with a fresh partner order number; a lost answer is
 *   looked up once at once, and stays `uncertain` when that cannot tell.
 */
export class BookingService {
  private readonly inFlight = new Map<string, Promise<BookOutcome>>()
  /** Partner order number → what only this process knows of the attempt (its pricing, seats and bags). */
  private readonly attempts = new Map<string, BookingHints & { pricingId: string }>()
  /** Partner order numbers whose booking this process is sending now: in progress, not lost. */
  private readonly sending = new Set<string>()
  private readonly contacts: AgencyContacts

  constructor(private readonly deps: BookingServiceDeps) {
    this.contacts = new AgencyContacts(deps.settings)
  }

  bookOffer(request: BookRequest): Promise<BookOutcome> {
    const profileId = this.deps.profiles.activeProfileId()
    const key = `${profileId}|${request.pricingId}`
    const running = this.inFlight.get(key)
    if (running) return running
    const started = this.book(profileId, request).finally(() => this.inFlight.delete(key))
    this.inFlight.set(key, started)
    return started
  }

  checkDuplicates(request: { pricingId: string; travellers: { surname: string; givenNames: string; birthday: string }[] }): { duplicates: DuplicateTraveller[] } {
    const profileId = this.deps.profiles.activeProfileId()
    const pricing = this.pricingOf(profileId, request.pricingId, { allowExpired: true })
    return { duplicates: this.duplicatesOf(profileId, pricing, request.travellers) }
  }

  agencyContact(): { contact: AgencyContact | null } {
    return { contact: this.contacts.get(this.deps.profiles.activeProfileId()) }
  }

  saveAgencyContact(contact: AgencyContact): { contact: AgencyContact | null } {
    return { contact: this.contacts.save(this.deps.profiles.activeProfileId(), contact) }
  }

  private async book(profileId: string, request: BookRequest): Promise<BookOutcome> {
    const booked = this.deps.journal.orders.byPricing(profileId, request.pricingId)
    if (booked) return { state: 'booked', order: this.view(booked), recovered: false }

    const recovered = await this.settleOpenBookings(profileId, request.pricingId)
    if (recovered) return { state: 'booked', order: this.view(recovered), recovered: true }

    const pricing = this.pricingOf(profileId, request.pricingId, { allowExpired: false })
    const trip = tripFacts(pricing.answer, this.deps.places)
    const planned = planBooking(
      pricing,
      request,
      trip && {
        firstDate: trip.departLocal.slice(0, 10),
        lastDate: trip.lastDepartLocal.slice(0, 10),
        domesticChina: trip.domesticChina,
        today: new Date(this.deps.clock.now()).toISOString().slice(0, 10)
      }
    )
    if (!planned.ok) throw new DeskFailure(planned.error)
    const plan = planned.plan

    const duplicates = this.duplicatesOf(profileId, pricing, request.passengers)
    if (duplicates.length > 0 && !request.allowDuplicates) {
      throw new DeskFailure(deskError('validation', 'desk.booking.duplicates', { params: { count: new Set(duplicates.map((d) => d.passenger)).size }, action: 'fix-input' }))
    }

    const connection = this.deps.profiles.resolveCredentials(profileId)
    const partnerOrderNo = (this.deps.newPartnerOrderNo ?? (() => newPartnerOrderNo(this.deps.clock.now())))()
    const hints = { pricingId: request.pricingId, extras: plan.extras, travellers: plan.travellers, ...(trip ? { trip } : {}) }
    this.attempts.set(partnerOrderNo, hints)
    const client = this.deps.fr24(connection)
    this.sending.add(partnerOrderNo)
    try {
      return await this.send(profileId, request, pricing, plan, connection, client, partnerOrderNo, hints)
    } finally {
      this.sending.delete(partnerOrderNo)
    }
  }

  private async send(
    profileId: string,
    request: BookRequest,
    pricing: KeptPricing,
    plan: BookingPlan,
    connection: Fr24Connection,
    client: Fr24Client,
    partnerOrderNo: string,
    hints: BookingHints & { pricingId: string }
  ): Promise<BookOutcome> {
    const outcome = await this.deps.money.move({
      profileId,
      kind: 'booking',
      partnerOrderNo,
      amount: plan.total,
      currency: plan.currency,
      send: () =>
        client.booking({ offerId: plan.offerId, partnerOrderNo, passengers: plan.passengers, agentContact: plan.agentContact, ...(plan.ancillary.length > 0 ? { ancillary: plan.ancillary } : {}) }),
      settles: (reply) => {
        const payDeadline = parseServerTime(reply.data.payDeadline)
        return { orderNo: String(reply.data.orderNo), ...(payDeadline !== undefined ? { payDeadline } : {}) }
      }
    })

    switch (outcome.state) {
      case 'succeeded': {
        const order = this.recordBooked(profileId, connection, partnerOrderNo, pricing, plan, outcome.reply.data, outcome.movement.createdAt)
        this.contacts.save(profileId, request.contact)
        return { state: 'booked', order: this.view(order, outcome.reply.traceId), recovered: false }
      }
      case 'failed':
        throw new DeskFailure(toDeskError(outcome.error))
      case 'uncertain': {
        const check = await this.deps.checks.settleBooking(outcome.movement, hints)
        switch (check.kind) {
          case 'booked':
            this.contacts.save(profileId, request.contact)
            return { state: 'booked', order: this.view(check.order), recovered: true }
          case 'not-booked':
            throw new DeskFailure(deskError('fr24', 'desk.booking.notBooked', { action: 'retry-now' }))
          case 'unknown': {
            const traceId = outcome.movement.traceId
            return { state: 'uncertain', partnerOrderNo, ...(traceId ? { traceId: redactText(traceId) } : {}) }
          }
          default: {
            const unreachable: never = check
            return unreachable
          }
        }
      }
      default: {
        const unreachable: never = outcome
        return unreachable
      }
    }
  }

  /**
   * Looks up every open booking of the profile. Answers the order when one of them was this
   * pricing's; refuses to go on while any stays unknown.
   */
  private async settleOpenBookings(profileId: string, pricingId: string): Promise<OrderRecord | undefined> {
    // A booking another window of this desk is sending right now is in progress, not lost.
    const open = this.deps.journal.movements.unsettled(['booking']).filter((m) => m.profileId === profileId && !(m.partnerOrderNo && this.sending.has(m.partnerOrderNo)))
    let mine: OrderRecord | undefined
    const unknown: string[] = []
    for (const movement of open) {
      const hints = movement.partnerOrderNo ? this.attempts.get(movement.partnerOrderNo) : undefined
      const check = await this.deps.checks.settleBooking(movement, hints ?? {})
      if (check.kind === 'booked' && hints?.pricingId === pricingId) mine = check.order
      if (check.kind === 'unknown') unknown.push(movement.partnerOrderNo ?? movement.id)
    }
    if (mine) return mine
    if (unknown.length > 0) {
      throw new DeskFailure(deskError('uncertain', 'desk.booking.uncertainFirst', { params: { partnerOrderNo: unknown[0]! }, action: 'check-order' }))
    }
    return undefined
  }

  private pricingOf(profileId: string, pricingId: string, options: { allowExpired: boolean }): KeptPricing {
    const found = this.deps.pricedOffers.get(pricingId, profileId)
    if (found.kind === 'found' || (found.kind === 'expired' && options.allowExpired)) return found.pricing
    throw new DeskFailure(deskError('validation', 'desk.booking.pricingExpired', { params: { minutes: PRICING_WINDOW_MS / 60_000 }, action: 'reprice' }))
  }

  private duplicatesOf(profileId: string, pricing: KeptPricing, travellers: readonly { surname: string; givenNames: string; birthday: string }[]): DuplicateTraveller[] {
    const trip = tripFacts(pricing.answer, this.deps.places)
    if (!trip) return []
    return travellers.flatMap((t, passenger) =>
      this.deps.journal.orders
        .liveOverlapping(profileId, { name: fr24Name(t.surname, t.givenNames), birthday: t.birthday }, trip)
        .map((o) => ({ passenger, orderNo: o.orderNo, route: o.route, departLocal: o.departLocal }))
    )
  }

  private recordBooked(
    profileId: string,
    connection: Fr24Connection,
    partnerOrderNo: string,
    pricing: KeptPricing,
    plan: BookingPlan,
    data: BookingData,
    bookedAt: number
  ): OrderRecord {
    const trip = tripFacts(data, this.deps.places) ?? tripFacts(pricing.answer, this.deps.places)
    const status = data.orderStatus ? String(data.orderStatus) : undefined
    const payDeadline = parseServerTime(data.payDeadline)
    if (data.totalPrice !== plan.total && Number(data.totalPrice) !== Number(plan.total)) {
      this.deps.log.warn('FR24 booked a total other than the desk summed', { orderNo: String(data.orderNo), fr24: String(data.totalPrice), desk: plan.total })
    }
    const order = this.deps.journal.orders.record({
      profileId,
      orderNo: String(data.orderNo),
      partnerOrderNo,
      environment: connection.environment,
      pricingId: pricing.pricingId,
      route: trip?.route ?? '',
      departLocal: trip?.departLocal ?? pricing.view.segments[0]?.departLocal ?? '',
      departZone: trip?.departZone ?? 'UTC',
      tripStart: trip?.start ?? bookedAt,
      tripEnd: trip?.end ?? bookedAt,
      travellers: plan.travellers,
      extras: plan.extras,
      currency: data.currency || plan.currency,
      total: data.totalPrice != null ? String(data.totalPrice) : plan.total,
      ...(payDeadline !== undefined ? { payDeadline } : {}),
      state: orderStateOf(status) ?? 'unpaid',
      ...(status !== undefined ? { fr24Status: status } : {}),
      payment: 'none',
      bookedAt
    })
    this.deps.checks.changed(order)
    return order
  }

  private view(order: OrderRecord, traceId?: string) {
    return orderView(order, this.deps.journal.orders.history(order.profileId, order.orderNo), traceId ? redactText(traceId) : undefined)
  }
}
