import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fr24ExamplePath } from '../../../../test/fixtures/fr24/examples'
import { DriftCounter } from '../drift'
import { parseOrderChangeInforming } from '../inform'
import { PresaleAncillaryData, AuxOrderData } from './ancillary'
import { BalanceData } from './balance'
import { parseLenient } from './lenient'
import { PayVerifyData } from './order'
import { ShoppingData } from './search'
import { listInferredFields } from '.'

const example = (name: string) => JSON.parse(readFileSync(fr24ExamplePath(name), 'utf8'))

function parse<S extends Parameters<typeof parseLenient>[1]>(endpoint: string, schema: S, file: string) {
  const drift = new DriftCounter()
  const envelope = example(file)
  const result = parseLenient(endpoint, schema, envelope.data, drift)
  if (!result.ok) throw new Error(`${file}: ${result.problems.join(', ')}`)
  return { data: result.value, drift: drift.counts().map((d) => `${d.path}: ${d.problem}`).sort(), envelope }
}

describe('documented response examples parse', () => {
  it('shopping.response.json: one offer with decimal-string money; the cut-off parts show as drift', () => {
    const { data, drift } = parse('shopping', ShoppingData, 'shopping.response.json')
    const offer = data.offers[0]!
    expect(offer.offerId).toBe('15803089789194240')
    expect(offer.platingCarrier).toBe('IJ')
    expect(offer.pricePerPax?.[0]).toMatchObject({ paxType: 'ADT', baseFare: '2356', totalTax: '2050', serviceFee: null })
    expect(offer.fareBasis).toEqual([null])
    expect(offer.availability).toEqual(['9'])
    expect(offer.extraInfo?.freeBaggageAllowance?.[0]?.checkedBagWeight).toBe('20-e-e')
    expect(offer.rules?.refund?.[0]?.refundPolicy).toBe('airlinePolicyApplied')
    // The stored example stops before legs and segments, and predates our totalPrice inference.
    expect(drift).toEqual(['legs: missing', 'offers[].totalPrice: missing', 'segments: missing'])
  })

  it('selectBalance.response.json: the misspelt currency key, amounts as decimal strings', () => {
    const { data, drift } = parse('selectBalance', BalanceData, 'selectBalance.response.json')
    expect(data).toMatchObject({
      accountBalance: '100',
      availableCreditLimit: '0',
      accountCurrency: 'CNY',
      accountPayable: '0',
      time: '2024/01/01 12:00:00 '
    })
    expect(drift).toEqual([])
  })

  it('selectBalance reads every spelling of the currency key', () => {
    for (const key of ['accountCurrency', 'accountCurency', "accountCurency'"]) {
      const r = parseLenient('selectBalance', BalanceData, { accountBalance: 1.5, [key]: 'USD' }, new DriftCounter())
      expect(r.ok && r.value.accountCurrency).toBe('USD')
    }
  })

  it('payVerify.response.json: order and offer; the missing currency/availability are drift, not failure', () => {
    const { data, drift, envelope } = parse('payVerify', PayVerifyData, 'payVerify.response.json')
    expect(envelope.traceId).toBe('order_NEWAPI250117113939340071145')
    expect(data.orderNo).toBe('18599020016177152')
    expect(data.currency).toBe('CNY')
    expect(data.offer?.pricePerPax?.[0]?.serviceFee).toBe('10000')
    expect(drift).toEqual(['offer.currency: missing', 'offer.totalPrice: missing', 'totalPrice: missing'])
  })

  it('presaleAncillaryShopping.response.json: the truncated aux without auxId is dropped and reported', () => {
    const { data, drift } = parse('presaleAncillaryShopping', PresaleAncillaryData, 'presaleAncillaryShopping.response.json')
    expect(data.currency).toBe('USD')
    expect(data.auxes).toEqual([])
    expect(drift).toEqual(['auxes[].auxId: missing', 'segments: missing'])
  })

  it('ancillaryOrderDetail.response.json: the complete CN example, without drift', () => {
    const { data, drift } = parse('ancillaryOrderDetail', AuxOrderData, 'ancillaryOrderDetail.response.json')
    expect(drift).toEqual([])
    expect(data).toMatchObject({
      auxOrderNo: '18599058925555712',
      auxOrderStatus: '2',
      partnerAuxOrderNo: null,
      orderNo: '18599020016177152',
      createTime: '2025-01-17T11:49',
      totalPrice: '7757',
      payDeadline: null,
      passengers: [{ paxId: '1', name: 'VJKOX/SBLUE' }]
    })
    expect(data.ancillary?.baggage?.[0]).toMatchObject({ auxId: 'e59705c27c684477bee39a55dd84b245SINHKG', weight: 20, type: 'CHECK_IN', baseFare: '7757' })
    expect(data.segments?.[0]).toMatchObject({ flightNo: '636', codeShare: false, duration: 255, depTime: '2025-04-15T20:10' })
  })

  it('orderChangeInforming.request.json: timeStamp spelling accepted, tickets read', () => {
    const drift = new DriftCounter()
    const push = parseOrderChangeInforming(example('orderChangeInforming.request.json'), drift)
    expect(push.authentication).toEqual({ sign: '', timestamp: '' })
    expect(push.type).toBe('ticketNo/ticketNoUpdate')
    expect(push.info?.ticketInfo?.[0]).toMatchObject({ paxId: '1', ticketNo: ['GTREDS', 'ASWSAS^ASWSAS^SSWSWS^EWEWER'] })
    expect(push.info?.ticketInfo_V2?.[1]?.tktInfo?.[0]?.ticketNo).toBe('b12345')
    expect(push.tktgAcctInfos).toHaveLength(2)
    expect(drift.counts()).toEqual([])
  })
})

describe('inferred fields are marked in the schemas', () => {
  it('lists the inference markers, including whole answers FR24 never documented', () => {
    const list = listInferredFields()
    const has = (endpoint: string, path: string) => list.some((f) => f.endpoint === endpoint && f.path === path)
    expect(has('shopping', 'offers[].totalPrice')).toBe(true)
    expect(has('shopping', 'legs')).toBe(true)
    expect(has('orderDetail', 'passengers')).toBe(true)
    expect(has('orderDetail', 'ticketInfo')).toBe(true)
    expect(has('ticketing', '')).toBe(true)
    expect(has('seatMap', '')).toBe(true)
    expect(has('fileUpload', '')).toBe(true)
    expect(has('reissueRequest', '')).toBe(true)
    // Documented fields are not marked.
    expect(has('shopping', 'offers[].offerId')).toBe(false)
    expect(has('ancillaryOrderDetail', 'auxOrderNo')).toBe(false)
    for (const f of list) expect(f.why.length).toBeGreaterThan(5)
  })

  it('every inference named in the schemas is also in docs/fr24-inferences.md', () => {
    const doc = readFileSync(new URL('../../../../docs/fr24-inferences.md', import.meta.url), 'utf8')
    const words = ['totalPrice', 'legs', 'createTime', 'orderType', 'originalOrderNo', 'ticketInfo', 'cardNum', 'seatMaps', 'aisleAfter', 'reissueOrderNo', 'refundOrderNo', 'voidOrderNo', 'fileId', 'refundAmount', 'changeFee', 'fareDifference', 'auxType', 'seatInfos', 'feeInfo']
    for (const w of words) expect(doc).toContain(w)
  })
})
