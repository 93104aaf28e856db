import type { LocalOrders, OrderView, OrderViewRequest, PayOutcome, PayQuote, PayRequest } from '../../../shared/domain/booking'
import type { BalanceView } from '../../../shared/domain/balanceView'
import { deskError } from '../../../shared/errors'
import { cmp, sub, toDecimal } from '../../../shared/money'
import { Fr24Error, toDeskError, type Fr24Client, type TicketingData } from '../../fr24'
import type { Journal } from '../../journal/journal'
import type { OrderRecord } from '../../journal/orders'
import type { Logger } from '../../util/log'
import { redactText } from '../../util/redact'
import { DeskFailure } from '../core/failure'
import type { Fr24Connection } from '../core/fr24Clients'
import type { MoneyOutcome, MoneyPath } from '../money/moneyPath'
import type { OrderChecks } from './orderChecks'
import { orderSummary, orderView, paymentStateOf } from './orderStates'

/** FR24's V1 payment codes (docs/fr24-inferences.md §5). */
const BALANCE_INSUFFICIENT = '56'
const ALREADY_TICKETING = new Set(['54', '58'])

export interface OrderServiceDeps {
  journal: Journal
  money: MoneyPath
  checks: OrderChecks
  profiles: { activeProfileId(): string; resolveCredentials(profileId: string): Fr24Connection }
  fr24: (connection: Fr24Connection) => Fr24Client
  /** The balance monitor: a fresh reading with "available to spend" (it reads the active profile). */
  balance: { refresh(): Promise<BalanceView> }
  log: Logger
}

/**
 * The orders booked from this desk, and paying them from the FR24 balance, at most once.
 *
 * payOrder holds one lock per order: a second call waits and then finds the first's outcome in
 * the journal. A succeeded ticketing answers "paid already" without sending; an open one
 * (pending, uncertain) is checked with orderDetail first, and while FR24 cannot say, nothing is
 * sent. The amount must be the order's (or what payVerify just said), typed again in Production.
 */
export class OrderService {
  private readonly locks = new Map<string, Promise<unknown>>()
  /** The amount payVerify last quoted per order (it may differ from the booked total). */
  private readonly quoted = new Map<string, string>()

  constructor(private readonly deps: OrderServiceDeps) {}

  async orderView(request: OrderViewRequest): Promise<OrderView> {
    const profileId = this.deps.profiles.activeProfileId()
    let record = this.record(profileId, request.orderNo)
    let traceId: string | undefined
    if (request.refresh) {
      const refreshed = await this.refresh(record)
      record = refreshed.record
      traceId = refreshed.traceId
    }
    return orderView(record, this.deps.journal.orders.history(profileId, record.orderNo), traceId)
  }

  localOrders(): LocalOrders {
    return { orders: this.deps.journal.orders.list(this.deps.profiles.activeProfileId()).map(orderSummary) }
  }

  async payQuote(request: { orderNo: string }): Promise<PayQuote> {
    const profileId = this.deps.profiles.activeProfileId()
    const record = this.record(profileId, request.orderNo)
    this.refuseUnpayable(record)
    const connection = this.deps.profiles.resolveCredentials(profileId)
    let reply
    try {
      reply = await this.deps.fr24(connection).payVerify({ orderNo: record.orderNo, partnerOrderNo: record.partnerOrderNo, totalPrice: record.total, currency: record.currency })
    } catch (error) {
      throw new DeskFailure(toDeskError(error))
    }
    const amount = reply.data.totalPrice != null ? toDecimal(reply.data.totalPrice) : record.total
    this.quoted.set(this.key(record), amount)
    const figures = await this.available(record)
    const availableAfter = sub(figures.available, amount)
    const quote: PayQuote = {
      orderNo: record.orderNo,
      amount,
      currency: record.currency,
      environment: record.environment,
      balance: figures.balance,
      availableBefore: figures.available,
      availableAfter,
      amountChanged: cmp(amount, record.total) !== 0
    }
    if (availableAfter.startsWith('-')) quote.shortBy = sub(amount, figures.available)
    if (reply.traceId) quote.traceId = redactText(reply.traceId)
    return quote
  }

  payOrder(request: PayRequest): Promise<PayOutcome> {
    const profileId = this.deps.profiles.activeProfileId()
    const key = `${profileId}|${request.orderNo}`
    const before = this.locks.get(key) ?? Promise.resolve()
    const mine = before.catch(() => undefined).then(() => this.pay(profileId, request))
    const held = mine.catch(() => undefined)
    this.locks.set(key, held)
    void held.then(() => {
      if (this.locks.get(key) === held) this.locks.delete(key)
    })
    return mine
  }

  private async pay(profileId: string, request: PayRequest): Promise<PayOutcome> {
    let record = this.record(profileId, request.orderNo)
    const ticketings = this.deps.journal.movements.forOrder(profileId, record.orderNo, 'ticketing')
    if (ticketings.some((m) => m.state === 'succeeded')) return this.paidAlready(record)
    for (const open of ticketings.filter((m) => m.state === 'pending' || m.state === 'uncertain')) {
      const check = await this.deps.checks.settleTicketing(open)
      if (check.kind === 'paid') return this.paidAlready(check.order ?? record)
      if (check.kind === 'unknown') {
        throw new DeskFailure(deskError('uncertain', 'desk.orders.uncertainFirst', { params: { orderNo: record.orderNo }, action: 'check-order' }))
      }
    }
    record = this.record(profileId, request.orderNo)
    this.refuseUnpayable(record)

    const amount = this.quoted.get(this.key(record)) ?? record.total
    const shown = { amount, currency: record.currency }
    if (record.environment === 'production' && (request.confirmedAmount === undefined || cmp(request.confirmedAmount, request.amount) !== 0)) {
      throw new DeskFailure(deskError('validation', 'desk.orders.confirmAmount', { params: shown, action: 'fix-input' }))
    }
    if (cmp(request.amount, amount) !== 0 || request.currency !== record.currency) {
      throw new DeskFailure(
        deskError('validation', 'desk.orders.amountChanged', { params: { orderNo: record.orderNo, ...shown, given: toDecimal(request.amount) }, action: 'fix-input' })
      )
    }

    const connection = this.deps.profiles.resolveCredentials(profileId)
    const client = this.deps.fr24(connection)
    this.deps.journal.orders.update(profileId, record.orderNo, { payment: 'pending' })
    let outcome: MoneyOutcome<TicketingData>
    try {
      outcome = await this.deps.money.move({
        profileId,
        kind: 'ticketing',
        orderNo: record.orderNo,
        partnerOrderNo: record.partnerOrderNo,
        amount,
        currency: record.currency,
        send: () => client.ticketing({ orderNo: record.orderNo, partnerOrderNo: record.partnerOrderNo, currency: record.currency, totalPrice: amount })
      })
    } catch (error) {
      // The intent could not be written, so nothing was sent: the order shows what its rows say.
      this.settlePayment(record)
      throw error
    }
    switch (outcome.state) {
      case 'succeeded': {
        const status = outcome.reply.data.orderStatus ? String(outcome.reply.data.orderStatus) : '12'
        const paid = this.deps.journal.orders.update(profileId, record.orderNo, { state: 'ticketing', fr24Status: status, payment: 'paid' })
        this.deps.checks.changed(paid)
        return { state: 'paid', order: this.view(paid, outcome.reply.traceId), already: false }
      }
      case 'failed':
        return this.refused(record, amount, outcome.error)
      case 'uncertain': {
        const check = await this.deps.checks.settleTicketing(outcome.movement)
        switch (check.kind) {
          case 'paid':
            return { state: 'paid', order: this.view(check.order ?? this.record(profileId, record.orderNo)), already: false }
          case 'unpaid':
            this.settlePayment(record)
            throw new DeskFailure(deskError('fr24', 'desk.orders.notPaid', { params: { orderNo: record.orderNo }, action: 'retry-now' }))
          case 'unknown': {
            const uncertain = this.deps.journal.orders.update(profileId, record.orderNo, { payment: 'uncertain' })
            this.deps.checks.changed(uncertain)
            return { state: 'uncertain', order: this.view(uncertain) }
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

  /** FR24 said no. Short balance: say how much is missing; already paid elsewhere: say so. */
  private async refused(record: OrderRecord, amount: string, error: unknown): Promise<PayOutcome> {
    this.settlePayment(record)
    if (error instanceof Fr24Error && error.kind === 'fr24' && error.code === BALANCE_INSUFFICIENT) {
      const figures = await this.available(record).catch(() => undefined)
      const missing = figures ? sub(amount, figures.available) : amount
      throw new DeskFailure(
        deskError('fr24', 'desk.orders.insufficientBalance', {
          params: { missing: missing.startsWith('-') ? '0' : missing, currency: record.currency },
          action: 'top-up-balance',
          code: BALANCE_INSUFFICIENT
        })
      )
    }
    if (error instanceof Fr24Error && error.kind === 'fr24' && ALREADY_TICKETING.has(error.code ?? '')) {
      // Paid by an earlier call the journal does not know of (the B2B portal, another desk): FR24's word decides.
      const refreshed = await this.refresh(record).catch(() => undefined)
      if (refreshed && (refreshed.record.state === 'ticketing' || refreshed.record.state === 'ticketed')) return this.paidAlready(refreshed.record)
    }
    throw new DeskFailure(toDeskError(error))
  }

  private async refresh(record: OrderRecord): Promise<{ record: OrderRecord; traceId?: string }> {
    const connection = this.deps.profiles.resolveCredentials(record.profileId)
    const found = await this.deps.checks.lookup(connection, { orderNo: record.orderNo })
    if (found.kind === 'unreachable') throw new DeskFailure(toDeskError(found.error))
    if (found.kind === 'not-found') throw new DeskFailure(deskError('fr24', 'desk.orders.notFound', { params: { orderNo: record.orderNo }, action: 'contact-fr24' }))
    // The order's own open calls are settled by what FR24 says now.
    for (const movement of [
      ...this.deps.journal.movements.forOrder(record.profileId, record.orderNo, 'booking'),
      ...this.deps.journal.movements.forOrder(record.profileId, record.orderNo, 'ticketing')
    ]) {
      if (movement.state !== 'pending' && movement.state !== 'uncertain') continue
      if (movement.kind === 'ticketing') await this.deps.checks.settleTicketing(movement)
      else await this.deps.checks.settleBooking(movement)
    }
    const next = this.deps.checks.applyDetail(this.record(record.profileId, record.orderNo), found.data)
    return { record: next, ...(found.traceId ? { traceId: found.traceId } : {}) }
  }

  private paidAlready(record: OrderRecord): PayOutcome {
    const current = this.record(record.profileId, record.orderNo)
    const paid = current.payment === 'paid' ? current : this.deps.journal.orders.update(current.profileId, current.orderNo, { payment: 'paid' })
    return { state: 'paid', order: this.view(paid), already: true }
  }

  /** The order's payment state again from its ticketing rows (after one failed). */
  private settlePayment(record: OrderRecord): void {
    const current = this.record(record.profileId, record.orderNo)
    const payment = paymentStateOf(this.deps.journal.movements.forOrder(record.profileId, record.orderNo, 'ticketing'), current.state)
    const next = this.deps.journal.orders.update(record.profileId, record.orderNo, { payment })
    if (next.payment !== current.payment) this.deps.checks.changed(next)
  }

  private refuseUnpayable(record: OrderRecord): void {
    if (record.state !== 'unpaid') {
      throw new DeskFailure(deskError('validation', 'desk.orders.notPayable', { params: { orderNo: record.orderNo, state: record.state }, action: 'check-order' }))
    }
  }

  private async available(record: OrderRecord): Promise<{ balance: string; available: string }> {
    const view = await this.deps.balance.refresh()
    const figures = view.figures
    if (view.profileId !== record.profileId || !figures) {
      if (!figures && view.staleReason?.error) throw new DeskFailure(view.staleReason.error)
      throw new DeskFailure(deskError('validation', 'desk.orders.profileChanged', { params: { orderNo: record.orderNo }, action: 'retry-now' }))
    }
    return { balance: figures.snapshot.balance, available: figures.available.amount }
  }

  private record(profileId: string, orderNo: string): OrderRecord {
    const record = this.deps.journal.orders.get(profileId, orderNo)
    if (!record) throw new DeskFailure(deskError('validation', 'desk.orders.notFound', { params: { orderNo }, action: 'fix-input' }))
    return record
  }

  private key(record: OrderRecord): string {
    return `${record.profileId}|${record.orderNo}`
  }

  private view(record: OrderRecord, traceId?: string): OrderView {
    return orderView(record, this.deps.journal.orders.history(record.profileId, record.orderNo), traceId ? redactText(traceId) : undefined)
  }
}
