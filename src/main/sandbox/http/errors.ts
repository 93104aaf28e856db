/**
 * The codes the sandbox answers with (docs/fr24-inferences.md §5). Throwing
 * a SandboxFault anywhere inside an operation turns into a failure envelope
 * with `data: null`; nothing else about the request is kept.
 */
export const Code = {
  ok: '000000',
  authMissing: '10100001',
  unknownAppKey: '10100002',
  badSign: '10100003',
  staleTimestamp: '10100004',
  badParameter: '10100010',
  passengersUnreadable: '10100020',
  passengerRule: '10100021',
  orderNotFound: '10100030',
  outOfOrder: '10200001',
  voidWindowClosed: '10200002',
  expired: '10701001',
  offerUnusable: '10701298',
  verificationFailed: '20901997',
  tripType: '11301002',
  noSeats: '21000001',
  rateLimited: '20500001',
  systemError: '20400001',
  priceMismatch: '52',
  alreadyTicketing: '54',
  balanceInsufficient: '56',
  repeatedPayment: '58',
  wrongPaymentMethod: '57'
} as const
export type Code = (typeof Code)[keyof typeof Code]

export class SandboxFault extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'SandboxFault'
  }
}

export function fault(code: string, message: string): never {
  throw new SandboxFault(code, message)
}

/** Parameter errors always name the field, as the protocol engineer agreed. */
export function badParameter(field: string, problem: string): never {
  throw new SandboxFault(Code.badParameter, `parameter error: ${field} ${problem}`)
}
