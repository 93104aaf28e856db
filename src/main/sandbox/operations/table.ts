import type { SandboxCore } from '../state/core'
import { fileUpload, selectBalance } from './account'
import { changeReshop, reissue } from './changes'
import { refundConfirming, refundRequestOp, voidOp } from './refunds'
import { ancillaryBooking, ancillaryOrderDetail, ancillaryPurchase, postsaleAncillaryShopping, presaleAncillaryShopping, seatMap } from './ancillaries'
import { booking, orderDetail, payVerify, ticketing } from './orders'
import { pricing, shopping } from './shop'

/**
 * The operations behind `/api/new/<name>.do`, with the traceId prefix each
 * answers with (fr24-inferences T12).
 */
export interface Operation {
  name: string
  trace: string
  run: (core: SandboxCore, body: unknown) => unknown
}

const LIST: Operation[] = [
  { name: 'shopping', trace: 'queryFlight', run: shopping },
  { name: 'pricing', trace: 'verify', run: pricing },
  { name: 'presaleAncillaryShopping', trace: 'preAuxQuery', run: presaleAncillaryShopping },
  { name: 'seatMap', trace: 'seatQuery', run: seatMap },
  { name: 'booking', trace: 'order', run: booking },
  { name: 'ticketing', trace: 'pay', run: ticketing },
  { name: 'payVerify', trace: 'order', run: payVerify },
  { name: 'orderDetail', trace: 'orderDetail', run: orderDetail },
  { name: 'postsaleAncillaryShopping', trace: 'postAuxQuery', run: postsaleAncillaryShopping },
  { name: 'ancillaryBooking', trace: 'auxOrder', run: ancillaryBooking },
  { name: 'ancillaryPurchase', trace: 'auxPay', run: ancillaryPurchase },
  { name: 'ancillaryOrderDetail', trace: 'auxOrderDetail', run: ancillaryOrderDetail },
  { name: 'changeReshop', trace: 'changeQuery', run: changeReshop },
  { name: 'reissueRequest', trace: 'reissue', run: reissue },
  { name: 'refundRequest', trace: 'refundQuery', run: refundRequestOp },
  { name: 'refundConfirming', trace: 'refund', run: refundConfirming },
  { name: 'voidRequest', trace: 'void', run: voidOp },
  { name: 'fileUpload', trace: 'fileUpload', run: fileUpload },
  { name: 'selectBalance', trace: 'balance', run: (core) => selectBalance(core) }
]

const BY_PATH = new Map<string, Operation>()
for (const op of LIST) BY_PATH.set(op.name.toLowerCase(), op)
// The seat map's documented path is seatShopping.do; seatMap.do is accepted too.
BY_PATH.set('seatshopping', BY_PATH.get('seatmap') as Operation)

/** The operation a path segment names; case-insensitive, as early docs capitalised them. */
export function operationFor(pathName: string): Operation | undefined {
  return BY_PATH.get(pathName.toLowerCase())
}

export const OPERATION_NAMES: readonly string[] = LIST.map((o) => o.name)
