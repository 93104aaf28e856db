import type { z } from 'zod'
import { systemClock, type Clock } from '../util/clock'
import { silentLogger, type Logger } from '../util/log'
import { callFr24, type CallContext, type CallOptions, type Fr24Credentials, type Fr24Reply } from './call'
import { ignoreDrift, type DriftReporter } from './drift'
import { Fr24Error } from './errors'
import { encryptPassengers } from './passengerCrypto'
import { DEFAULT_RETRY, type EndpointName, type RetryPolicy } from './policy'
import * as A from './schema/ancillary'
import * as AI from './schema/ancillaryInput'
import * as AS from './schema/afterSale'
import { BalanceData } from './schema/balance'
import * as O from './schema/order'
import * as S from './schema/search'
import * as SM from './schema/seatMap'
import { WireLog } from './wireLog'

export interface Fr24ClientDeps {
  /** e.g. https://flight-test.flightroutes24.com, or the sandbox's http://127.0.0.1:<port>. */
  baseUrl: string
  /** Read at every call, so a key changed in Settings is used at once. */
  credentials: () => Promise<Fr24Credentials>
  /** Stands in for FR24 in tests that answer from a function; the desk sends with node:http (http.ts). */
  fetch?: typeof fetch
  clock?: Clock
  /** In [0, 1); only used for retry jitter. */
  random?: () => number
  log?: Logger
  wireLog?: WireLog
  drift?: DriftReporter
  retry?: Partial<RetryPolicy>
  /** Per-endpoint overrides of the timeouts in policy.ts (tests, slow links). */
  timeouts?: Partial<Record<EndpointName, number>>
}

/** One typed function per FR24 operation. Each throws Fr24Error; turn it into data with toDeskError. */
export interface Fr24Client {
  shopping(request: S.ShoppingRequest, options?: CallOptions): Promise<Fr24Reply<S.ShoppingData>>
  pricing(request: S.PricingRequest, options?: CallOptions): Promise<Fr24Reply<S.PricingData>>
  presaleAncillaryShopping(request: { offerId: string }, options?: CallOptions): Promise<Fr24Reply<A.PresaleAncillaryData>>
  seatMap(request: SM.SeatMapRequest, options?: CallOptions): Promise<Fr24Reply<SM.SeatMapData>>
  booking(request: O.BookingRequest, options?: CallOptions): Promise<Fr24Reply<O.BookingData>>
  ticketing(request: O.TicketingRequest, options?: CallOptions): Promise<Fr24Reply<O.TicketingData>>
  payVerify(request: O.PayVerifyRequest, options?: CallOptions): Promise<Fr24Reply<O.PayVerifyData>>
  orderDetail(request: O.OrderDetailRequest, options?: CallOptions): Promise<Fr24Reply<O.OrderDetailData>>
  postsaleAncillaryShopping(request: { orderNo: string }, options?: CallOptions): Promise<Fr24Reply<A.PostsaleAncillaryData>>
  ancillaryBooking(request: AI.AncillaryBookingRequest, options?: CallOptions): Promise<Fr24Reply<A.AuxOrderData>>
  ancillaryPurchase(request: AI.AncillaryPurchaseRequest, options?: CallOptions): Promise<Fr24Reply<A.AuxOrderData>>
  ancillaryOrderDetail(request: AI.AncillaryOrderDetailRequest, options?: CallOptions): Promise<Fr24Reply<A.AuxOrderData>>
  changeReshop(request: S.ChangeReshopRequest, options?: CallOptions): Promise<Fr24Reply<S.ChangeReshopData>>
  reissueRequest(request: AS.ReissueRequest, options?: CallOptions): Promise<Fr24Reply<AS.ReissueData>>
  refundRequest(request: AS.RefundRequest, options?: CallOptions): Promise<Fr24Reply<AS.RefundQuoteData>>
  refundConfirming(request: AS.RefundConfirmingRequest, options?: CallOptions): Promise<Fr24Reply<AS.RefundConfirmData>>
  voidRequest(request: AS.VoidRequest, options?: CallOptions): Promise<Fr24Reply<AS.VoidData>>
  fileUpload(request: AS.FileUploadRequest, options?: CallOptions): Promise<Fr24Reply<AS.FileUploadData>>
  selectBalance(options?: CallOptions): Promise<Fr24Reply<z.output<typeof BalanceData>>>
  readonly wireLog: WireLog
}

/** Validates what the desk wants to send; a bad request never leaves the machine. */
export function checkRequest<T extends z.ZodType>(endpoint: EndpointName, schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p !== 'symbol').join('.')
    return { path: path || '(request)', message: issue.message }
  })
  throw new Fr24Error({
    kind: 'invalid-request',
    endpoint,
    message: problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    fields: problems.map((p) => p.path)
  })
}

export function createFr24Client(deps: Fr24ClientDeps): Fr24Client {
  const wireLog = deps.wireLog ?? new WireLog()
  const ctx: CallContext = {
    baseUrl: deps.baseUrl,
    credentials: deps.credentials,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    clock: deps.clock ?? systemClock,
    random: deps.random ?? Math.random,
    log: deps.log ?? silentLogger,
    wireLog,
    drift: deps.drift ?? ignoreDrift,
    retry: { ...DEFAULT_RETRY, ...deps.retry },
    timeouts: deps.timeouts ?? {}
  }

  /** The common case: validate, then send the validated fields as they are. */
  function simple<Req extends z.ZodType, Res extends z.ZodType>(endpoint: EndpointName, request: Req, response: Res) {
    return async (input: z.input<Req>, options?: CallOptions): Promise<Fr24Reply<z.output<Res>>> => {
      const fields = checkRequest(endpoint, request, input) as Record<string, unknown>
      return callFr24(ctx, endpoint, () => fields, response, options)
    }
  }

  return {
    wireLog,
    shopping: simple('shopping', S.ShoppingRequest, S.ShoppingData),
    async pricing(input, options) {
      const fields = checkRequest('pricing', S.PricingRequest, input) as Record<string, unknown>
      const reply = await callFr24(ctx, 'pricing', () => fields, S.PricingData, options)
      if (reply.data.offer.length === 0) {
        // FR24's own client reads an empty list as "this offer can no longer be sold".
        throw new Fr24Error({
          kind: 'shape',
          endpoint: 'pricing',
          traceId: reply.traceId,
          message: 'FR24 pricing returned no priced offer',
          fields: ['offer[0]'],
          action: 'search-again'
        })
      }
      return reply
    },
    presaleAncillaryShopping: simple('presaleAncillaryShopping', AI.PresaleAncillaryRequest, A.PresaleAncillaryData),
    async seatMap(input, options) {
      const v = checkRequest('seatMap', SM.SeatMapRequest, input)
      // The documented example sends both ids, the unused one empty; bookType 1 = before booking.
      const fields = {
        offerId: v.offerId ?? '',
        orderNo: v.orderNo ?? '',
        bookType: v.offerId !== undefined ? '1' : '2',
        segments: v.segments,
        passengers: v.passengers
      }
      return callFr24(ctx, 'seatMap', () => fields, SM.SeatMapData, options)
    },
    async booking(input, options) {
      const v = checkRequest('booking', O.BookingRequest, input)
      const { passengers, ...rest } = v
      return callFr24(ctx, 'booking', (c) => ({ ...rest, passengers: encryptPassengers(passengers, c.aesKey) }), O.BookingData, options)
    },
    ticketing: simple('ticketing', O.TicketingRequest, O.TicketingData),
    payVerify: simple('payVerify', O.PayVerifyRequest, O.PayVerifyData),
    orderDetail: simple('orderDetail', O.OrderDetailRequest, O.OrderDetailData),
    postsaleAncillaryShopping: simple('postsaleAncillaryShopping', AI.PostsaleAncillaryRequest, A.PostsaleAncillaryData),
    ancillaryBooking: simple('ancillaryBooking', AI.AncillaryBookingRequest, A.AuxOrderData),
    ancillaryPurchase: simple('ancillaryPurchase', AI.AncillaryPurchaseRequest, A.AncillaryPurchaseData),
    ancillaryOrderDetail: simple('ancillaryOrderDetail', AI.AncillaryOrderDetailRequest, A.AuxOrderData),
    changeReshop: simple('changeReshop', S.ChangeReshopRequest, S.ChangeReshopData),
    reissueRequest: simple('reissueRequest', AS.ReissueRequest, AS.ReissueData),
    refundRequest: simple('refundRequest', AS.RefundRequest, AS.RefundQuoteData),
    refundConfirming: simple('refundConfirming', AS.RefundConfirmingRequest, AS.RefundConfirmData),
    voidRequest: simple('voidRequest', AS.VoidRequest, AS.VoidData),
    async fileUpload(input, options) {
      const v = checkRequest('fileUpload', AS.FileUploadRequest, input)
      const fields = { fileName: v.fileName, fileType: v.fileType, content: Buffer.from(v.bytes).toString('base64') }
      return callFr24(ctx, 'fileUpload', () => fields, AS.FileUploadData, options)
    },
    async selectBalance(options) {
      return callFr24(ctx, 'selectBalance', () => ({}), BalanceData, options)
    }
  }
}
