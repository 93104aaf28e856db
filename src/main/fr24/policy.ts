/**
 * How each FR24 operation is called. Reads may be retried; writes move money or create orders,
 * so they are sent once and a lost answer is "uncertain" (the order must be checked first).
 * FR24's own client waits 120 s (180 s for booking); searches here give up sooner so an agent is
 * not left staring at a spinner, detail reads sooner still.
 */
export type EndpointName =
  | 'shopping'
  | 'pricing'
  | 'presaleAncillaryShopping'
  | 'seatMap'
  | 'booking'
  | 'ticketing'
  | 'orderDetail'
  | 'postsaleAncillaryShopping'
  | 'ancillaryBooking'
  | 'ancillaryPurchase'
  | 'ancillaryOrderDetail'
  | 'changeReshop'
  | 'reissueRequest'
  | 'refundRequest'
  | 'refundConfirming'
  | 'voidRequest'
  | 'fileUpload'
  | 'selectBalance'
  | 'payVerify'

export interface EndpointPolicy {
  /** Operation name in `/api/new/<path>.do`. */
  path: string
  mode: 'read' | 'write'
  timeoutMs: number
  /** FR24 documents no `data` for this answer; a success without one is still a success. */
  dataOptional?: true
}

const S = 1000

export const POLICY: Readonly<Record<EndpointName, EndpointPolicy>> = {
  shopping: { path: 'shopping', mode: 'read', timeoutMs: 60 * S },
  pricing: { path: 'pricing', mode: 'read', timeoutMs: 60 * S },
  presaleAncillaryShopping: { path: 'presaleAncillaryShopping', mode: 'read', timeoutMs: 60 * S },
  seatMap: { path: 'seatShopping', mode: 'read', timeoutMs: 60 * S },
  postsaleAncillaryShopping: { path: 'postsaleAncillaryShopping', mode: 'read', timeoutMs: 60 * S },
  orderDetail: { path: 'orderDetail', mode: 'read', timeoutMs: 30 * S },
  ancillaryOrderDetail: { path: 'ancillaryOrderDetail', mode: 'read', timeoutMs: 30 * S },
  selectBalance: { path: 'selectBalance', mode: 'read', timeoutMs: 30 * S },
  payVerify: { path: 'payVerify', mode: 'read', timeoutMs: 60 * S },
  booking: { path: 'booking', mode: 'write', timeoutMs: 180 * S },
  ticketing: { path: 'ticketing', mode: 'write', timeoutMs: 120 * S, dataOptional: true },
  ancillaryBooking: { path: 'ancillaryBooking', mode: 'write', timeoutMs: 120 * S },
  ancillaryPurchase: { path: 'ancillaryPurchase', mode: 'write', timeoutMs: 120 * S, dataOptional: true },
  changeReshop: { path: 'changeReshop', mode: 'write', timeoutMs: 120 * S },
  reissueRequest: { path: 'reissueRequest', mode: 'write', timeoutMs: 120 * S },
  refundRequest: { path: 'refundRequest', mode: 'write', timeoutMs: 120 * S },
  refundConfirming: { path: 'refundConfirming', mode: 'write', timeoutMs: 120 * S, dataOptional: true },
  voidRequest: { path: 'voidRequest', mode: 'write', timeoutMs: 120 * S, dataOptional: true },
  fileUpload: { path: 'fileUpload', mode: 'write', timeoutMs: 120 * S }
}

export interface RetryPolicy {
  /** Attempts in total, first one included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 400, maxDelayMs: 4000 }

/** A random wait between half and all of an exponentially growing ceiling, so clients do not retry in step. */
export function retryDelay(retry: RetryPolicy, attemptJustFailed: number, random: () => number): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attemptJustFailed - 1))
  return Math.round(ceiling * (0.5 + random() / 2))
}
