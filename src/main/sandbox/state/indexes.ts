import type { AuxOrder, Order, SandboxState } from './state'
import { DueIndex, type DueKey } from './dueIndex'
import { auxDueAt, orderDueAt } from './dueTimes'
import { raw, type CollectionName } from './tracked'

/**
 * What the core finds without walking every order: when each order next
 * moves on (dueIndex.ts), the orders carrying a partner order number, the
 * ancillary orders of a ticket order, the seat numbers an order holds.
 * Kept in step with the records operations reach (tracked.ts): `note()`
 * hears of each, and every lookup first looks at those noted since the
 * last one, so an index is never behind the state it is asked about.
 */
export class StateIndexes {
  private readonly due = new DueIndex()
  private readonly byPartnerNo = new Map<string, string[]>()
  private readonly partnerNoOf = new Map<string, string>()
  private readonly auxByOrder = new Map<string, string[]>()
  private readonly seatOwners = new Map<string, Set<string>>()
  private readonly seatOwnerOf = new Map<string, string>()
  private readonly unindexed = { orders: new Set<string>(), auxOrders: new Set<string>(), seatsAssigned: new Set<string>() }
  private state: SandboxState | null = null

  /** Starts over on `state`: every order, ancillary order and seat number indexed once. */
  rebuild(state: SandboxState): void {
    this.state = state
    this.due.clear()
    this.byPartnerNo.clear()
    this.partnerNoOf.clear()
    this.auxByOrder.clear()
    this.seatOwners.clear()
    this.seatOwnerOf.clear()
    for (const no of Object.keys(raw(state.orders))) this.unindexed.orders.add(no)
    for (const no of Object.keys(raw(state.auxOrders))) this.unindexed.auxOrders.add(no)
    for (const key of Object.keys(raw(state.seatsAssigned))) this.unindexed.seatsAssigned.add(key)
    this.catchUp()
  }

  note(collection: CollectionName, key: string): void {
    if (collection === 'orders' || collection === 'auxOrders' || collection === 'seatsAssigned') this.unindexed[collection].add(key)
  }

  /** The earliest order or ancillary order whose next step is due by `now`, taken off (it is scheduled again once reached). */
  takeDue(now: number): DueKey | null {
    this.catchUp()
    return this.due.takeDue(now)
  }

  /** Numbers of the orders carrying this partner order number, oldest first. */
  partnerOrders(partnerOrderNo: string): readonly string[] {
    this.catchUp()
    return this.byPartnerNo.get(partnerOrderNo) ?? []
  }

  /** Numbers of the ancillary orders made for a ticket order, oldest first. */
  auxOrdersOf(orderNo: string): readonly string[] {
    this.catchUp()
    return this.auxByOrder.get(orderNo) ?? []
  }

  /** The seat numbers (segmentId|seatNo) an order or ancillary order holds. */
  seatsOf(owner: string): readonly string[] {
    this.catchUp()
    return [...(this.seatOwners.get(owner) ?? [])]
  }

  private catchUp(): void {
    const state = this.state
    if (!state) return
    const orders = raw(state.orders)
    for (const no of this.unindexed.orders) this.order(no, orders[no])
    this.unindexed.orders.clear()
    const auxOrders = raw(state.auxOrders)
    for (const no of this.unindexed.auxOrders) this.aux(no, auxOrders[no])
    this.unindexed.auxOrders.clear()
    const assigned = raw(state.seatsAssigned)
    for (const key of this.unindexed.seatsAssigned) this.seat(key, assigned[key])
    this.unindexed.seatsAssigned.clear()
  }

  private order(no: string, o: Order | undefined): void {
    this.due.schedule('order', no, o ? orderDueAt(o) : null)
    const before = this.partnerNoOf.get(no)
    if (o && before === o.partnerOrderNo) return
    if (before !== undefined) this.byPartnerNo.set(before, (this.byPartnerNo.get(before) ?? []).filter((n) => n !== no))
    if (!o) {
      this.partnerNoOf.delete(no)
      return
    }
    this.partnerNoOf.set(no, o.partnerOrderNo)
    const list = this.byPartnerNo.get(o.partnerOrderNo)
    if (list) list.push(no)
    else this.byPartnerNo.set(o.partnerOrderNo, [no])
  }

  private aux(no: string, a: AuxOrder | undefined): void {
    this.due.schedule('aux', no, a ? auxDueAt(a) : null)
    // An ancillary order stays with the ticket order it was made for; only a reset removes it.
    if (!a) return
    const list = this.auxByOrder.get(a.orderNo)
    if (!list) this.auxByOrder.set(a.orderNo, [no])
    else if (!list.includes(no)) list.push(no)
  }

  private seat(key: string, owner: string | undefined): void {
    const before = this.seatOwnerOf.get(key)
    if (before === owner) return
    if (before !== undefined) this.seatOwners.get(before)?.delete(key)
    if (owner === undefined) {
      this.seatOwnerOf.delete(key)
      return
    }
    this.seatOwnerOf.set(key, owner)
    const keys = this.seatOwners.get(owner)
    if (keys) keys.add(key)
    else this.seatOwners.set(owner, new Set([key]))
  }
}
