import type { LedgerState } from './ledger'
import type { CabinCode, Leg, Offer, PaxCounts, SearchInput, Segment } from '../world/types'

/**
 * Everything the sandbox remembers between requests (and, with a state
 * path, between runs). Plain JSON: it is written to disk as is.
 */

export const STATE_VERSION = 1

/** A search, kept so its offers can be regenerated for pricing instead of stored. */
export interface SearchRecord {
  id: string
  at: number
  kind: 'shop' | 'change'
  search: SearchInput
  /** For change searches: the ticket order and the change quote basis. */
  orderNo?: string
}

export interface PricedRecord {
  offerId: string
  at: number
  pax: PaxCounts
  sourceOfferId: string
  cabin: CabinCode
  offer: Offer
  legs: Leg[]
  segments: Segment[]
}

export interface Passenger {
  paxId: string
  name: string
  paxType: 'ADT' | 'CHD' | 'INF'
  birthday: string
  gender: string
  cardNum: string
  cardType: string
  cardIssuedPlace: string
  cardExpiryDate: string
  nationality: string
  paxEmail: string
  paxMobile: string
  areaCode: string
  accompaniedPaxId: string
}

export interface TicketInfo {
  paxId: string
  airlinePnr: string[]
  gdsPnr: string[]
  ticketNo: string[]
  segmentIds: string[]
}

export type OrderType = 'ticket' | 'reissue' | 'refund' | 'void'

export interface BookedAux {
  paxId: string
  segmentIds: string[]
  auxId: string
  auxType: number
  quantity: number
  unitPrice: string
  serviceFee: string
  size: string
  piece: number
  weight: number
  type: string
}

export interface Order {
  orderNo: string
  orderType: OrderType
  status: string
  partnerOrderNo: string
  currency: string
  /** Ticket/reissue: the amount to pay. Refund/void: the amount returned. */
  totalPrice: string
  createdAt: number
  payDeadlineAt: number | null
  /** When the next automatic step happens (issuance, refund completion…). */
  dueAt: number | null
  offer: Offer | null
  legs: Leg[]
  segments: Segment[]
  passengers: Passenger[]
  pax: PaxCounts
  agentContact: Record<string, string>
  presaleAux: BookedAux[]
  ticketInfo: TicketInfo[] | null
  issuedAt: number | null
  history: { status: string; at: number }[]
  /** Seats held in inventory (segmentId|cabin → count), given back on cancellation. */
  seatsHeld: Record<string, number>
  /** Seat numbers chosen with the booking (segmentId|seatNo). */
  seatNumbers: string[]
  // After-sale orders
  originalOrderNo?: string
  paxIds?: string[]
  segmentIds?: string[]
  changeFee?: string
  fareDifference?: string
  refundAmount?: string
  refundFee?: string
  refundReason?: string
  fileIds?: string[]
  remarks?: string
  pricedOfferId?: string
  /** Ticket orders: after-sale order numbers and passengers no longer flying. */
  afterSaleOrderNos?: string[]
  closedPaxIds?: string[]
}

export interface AuxOrder {
  auxOrderNo: string
  status: string
  partnerAuxOrderNo: string | null
  orderNo: string
  createdAt: number
  payDeadlineAt: number | null
  dueAt: number | null
  currency: string
  totalPrice: string
  baggage: BookedAux[]
  seats: { paxId: string; segmentId: string; seatNo: string; price: string; serviceFee: string }[]
  paxIds: string[]
  segmentIds: string[]
  history: { status: string; at: number }[]
}

export interface FileRecord {
  fileId: string
  fileName: string
  fileType: string
  size: number
  sha256: string
  at: number
}

export interface SandboxState {
  version: number
  appKey: string
  clockOffsetMs: number
  serial: { search: number; priced: number; order: number; aux: number; file: number }
  ledger: LedgerState
  searches: Record<string, SearchRecord>
  priced: Record<string, PricedRecord>
  /** Offers that failed verification: pricing them again answers 10701298. */
  burned: Record<string, number>
  /** Seats held per segmentId|cabin. */
  seatsTaken: Record<string, number>
  /** Seat numbers held: segmentId|seatNo → orderNo or auxOrderNo. */
  seatsAssigned: Record<string, string>
  orders: Record<string, Order>
  auxOrders: Record<string, AuxOrder>
  files: Record<string, FileRecord>
}

export function emptyState(appKey: string, ledger: LedgerState): SandboxState {
  return {
    version: STATE_VERSION,
    appKey,
    clockOffsetMs: 0,
    serial: { search: 0, priced: 0, order: 0, aux: 0, file: 0 },
    ledger,
    searches: {},
    priced: {},
    burned: {},
    seatsTaken: {},
    seatsAssigned: {},
    orders: {},
    auxOrders: {},
    files: {}
  }
}
