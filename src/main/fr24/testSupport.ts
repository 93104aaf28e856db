/**
 * Answers shaped as docs/fr24-inferences.md describes them, for tests of the client. Not used by
 * the app; the sandbox builds its own answers.
 */
export const SEGMENT = {
  segmentId: '4453068fd343a3eb89b823fc48cc2cd9',
  duration: 255,
  carrier: 'CX',
  flightNo: '636',
  codeShare: false,
  operatingCarrier: null,
  operatingFlightNo: null,
  aircraftCode: '333',
  depAirport: 'SIN',
  depTerminal: '4',
  depTime: '2025-04-15T20:10',
  arrAirport: 'HKG',
  arrTerminal: '1',
  arrTime: '2025-04-16T00:25',
  stopAirport: null,
  stopDuration: null
}

export const LEG = { legId: '1ebb56358b1c617a18a597543feceb77', segmentIds: [SEGMENT.segmentId] }

export const OFFER = {
  offerId: '18599007684923392',
  legId: LEG.legId,
  currency: 'CNY',
  totalPrice: 2148,
  platingCarrier: 'CX',
  pricePerPax: [{ paxType: 'ADT', baseFare: 581, totalTax: 493, taxBreakdown: [], serviceFee: 0 }],
  cabin: ['Y'],
  RBD: ['Q'],
  fareBasis: ['QR21SGAO'],
  availability: ['9'],
  eligibilityFlag: false,
  eligibilityDetail: null,
  rules: { refund: [], change: [] },
  productType: null
}

const ORDER = {
  orderNo: '18599020016177152',
  orderStatus: '11',
  partnerOrderNo: 'DESK-1',
  currency: 'CNY',
  totalPrice: 2148,
  payDeadline: '2025-01-17T12:39',
  createTime: '2025-01-17T11:39',
  offer: OFFER,
  legs: [LEG],
  segments: [SEGMENT]
}

const AUX_ORDER = {
  auxOrderNo: '18599058925555712',
  auxOrderStatus: '1',
  partnerAuxOrderNo: null,
  orderNo: ORDER.orderNo,
  createTime: '2025-01-17T11:49',
  currency: 'CNY',
  totalPrice: 7757,
  ancillary: { baggage: [], seatInfos: null },
  passengers: [{ paxId: '1', name: 'VJKOX/SBLUE' }],
  segments: [SEGMENT],
  payDeadline: '2025-01-17T12:49'
}

const AUXES = {
  currency: 'CNY',
  auxes: [{ segmentIds: [SEGMENT.segmentId], auxId: 'e59705c27c684477bee39a55dd84b245SINHKG', baseFare: 7757, serviceFee: 0, size: 'e', piece: 1, weight: 20, limitPerPax: 1, type: 'CHECK_IN' }],
  segments: [SEGMENT]
}

/** `data` of a successful answer, by operation path. */
export const SUCCESS_DATA: Readonly<Record<string, unknown>> = {
  shopping: { offers: [OFFER], legs: [LEG], segments: [SEGMENT] },
  pricing: { offer: [{ ...OFFER, offerId: '2172558470381977600' }], legs: [LEG], segments: [SEGMENT] },
  presaleAncillaryShopping: AUXES,
  postsaleAncillaryShopping: { ...AUXES, passengers: [{ paxId: '1', name: 'VJKOX/SBLUE' }] },
  seatShopping: {
    seatMaps: [
      {
        segmentId: SEGMENT.segmentId,
        cabin: 'Y',
        columns: ['A', 'B', 'C', 'D'],
        aisleAfter: ['B'],
        rows: [{ rowNo: 12, seats: [{ seatNo: '12A', available: true, price: 80, currency: 'CNY', characteristics: ['window'] }] }]
      }
    ]
  },
  booking: ORDER,
  ticketing: { orderNo: ORDER.orderNo, partnerOrderNo: 'DESK-1', orderStatus: '12', currency: 'CNY', totalPrice: 2148 },
  payVerify: { orderNo: ORDER.orderNo, partnerOrderNo: 'DESK-1', orderStatus: '11', currency: 'CNY', totalPrice: 2148, offer: OFFER },
  orderDetail: {
    ...ORDER,
    orderType: 'ticket',
    passengers: [{ paxId: '1', name: 'ZHANG/SAN', paxType: 'ADT', birthday: '1990-01-15', gender: 'M', cardType: 'PP', cardNum: '*****5678' }]
  },
  ancillaryBooking: AUX_ORDER,
  ancillaryPurchase: { ...AUX_ORDER, auxOrderStatus: '2', payDeadline: null },
  ancillaryOrderDetail: AUX_ORDER,
  changeReshop: { offers: [{ ...OFFER, changeFee: 300, fareDifference: 120.5, totalPrice: 420.5 }], legs: [LEG], segments: [SEGMENT] },
  reissueRequest: { tktOrderNo: ORDER.orderNo, reissueOrderNo: '18599100000000001', orderStatus: '48', currency: 'CNY', totalPrice: 420.5, changeFee: 300, fareDifference: 120.5, payDeadline: '2025-01-18T12:00' },
  refundRequest: { tktOrderNo: ORDER.orderNo, refundOrderNo: '18599200000000001', orderStatus: '73', currency: 'CNY', refundAmount: 1800, refundFee: 348 },
  refundConfirming: { refundOrderNo: '18599200000000001', tktOrderNo: ORDER.orderNo, orderStatus: '25', currency: 'CNY', refundAmount: 1800 },
  voidRequest: { tktOrderNo: ORDER.orderNo, voidOrderNo: '18599300000000001', orderStatus: '36' },
  fileUpload: { fileId: 'f-0001', fileName: 'proof.pdf' },
  selectBalance: { accountBalance: '100.00', availableCreditLimit: '0.00', "accountCurency'": 'CNY', accountPayable: '0.00', time: '2024/01/01 12:00:00 ' }
}

export interface CapturedRequest {
  path: string
  headers: Headers
  body: Record<string, unknown>
  text: string
}

/** A fetch that records what the client sends and answers like FR24 (or as `answer` says). */
export function recordingFetch(
  answer: (path: string, body: Record<string, unknown>) => { status?: number; json: unknown } = (path) => ({
    json: { traceId: `t_NEWAPI250117113939${path.length}`, code: '000000', message: 'success', processingTime: 5, data: SUCCESS_DATA[path] }
  })
): { fetch: typeof fetch; requests: CapturedRequest[] } {
  const requests: CapturedRequest[] = []
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    const path = url.pathname.replace(/^\/api\/new\//, '').replace(/\.do$/, '')
    const text = String(init?.body ?? '')
    const body = JSON.parse(text) as Record<string, unknown>
    requests.push({ path, headers: new Headers(init?.headers), body, text })
    const reply = answer(path, body)
    return new Response(JSON.stringify(reply.json), { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } })
  }
  return { fetch: fake as typeof fetch, requests }
}
