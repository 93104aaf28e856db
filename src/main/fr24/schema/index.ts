import type { z } from 'zod'
import * as A from './ancillary'
import * as AS from './afterSale'
import { BalanceData } from './balance'
import { OrderChangeInforming } from './inform'
import { describeFields, inferredReason, type FieldDescription } from './kit'
import * as O from './order'
import * as S from './search'
import * as SM from './seatMap'

/** The answer schema of each operation (and the push FR24 sends us), by FR24's operation name. */
export const RESPONSE_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  shopping: S.ShoppingData,
  pricing: S.PricingData,
  presaleAncillaryShopping: A.PresaleAncillaryData,
  seatMap: SM.SeatMapData,
  booking: O.BookingData,
  ticketing: O.TicketingData,
  payVerify: O.PayVerifyData,
  orderDetail: O.OrderDetailData,
  postsaleAncillaryShopping: A.PostsaleAncillaryData,
  ancillaryBooking: A.AuxOrderData,
  ancillaryPurchase: A.AncillaryPurchaseData,
  ancillaryOrderDetail: A.AuxOrderData,
  changeReshop: S.ChangeReshopData,
  reissueRequest: AS.ReissueData,
  refundRequest: AS.RefundQuoteData,
  refundConfirming: AS.RefundConfirmData,
  voidRequest: AS.VoidData,
  fileUpload: AS.FileUploadData,
  selectBalance: BalanceData,
  orderChangeInforming: OrderChangeInforming
}

export interface InferredField {
  endpoint: string
  /** Dotted path inside `data` ('' = the whole `data` object); `[]` marks list items. */
  path: string
  why: string
}

/**
 * Every answer field whose existence or shape is our inference (docs/fr24-inferences.md), as the
 * schemas mark it. Request-side inferences (fileUpload body, seat and bag fields) are marked on
 * the request schemas the same way.
 */
export function listInferredFields(): InferredField[] {
  const out: InferredField[] = []
  for (const [endpoint, schema] of Object.entries(RESPONSE_SCHEMAS)) {
    const whole = inferredReason(schema)
    if (whole) out.push({ endpoint, path: '', why: whole })
    for (const f of describeFields(schema)) if (f.inferred) out.push({ endpoint, path: f.path, why: f.inferred })
  }
  return out
}

export type { FieldDescription }
