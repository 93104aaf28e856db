import { describe, expect, it } from 'vitest'
import { DriftCounter } from './drift'
import { Fr24Error } from './errors'
import { parseOrderChangeInforming, verifyInformingSignature } from './inform'
import { signature } from './sign'

const NOW = 1_737_085_179_000
const push = (over: Record<string, unknown> = {}) => ({
  authentication: { sign: signature('k', 's', String(NOW / 1000)), timestamp: String(NOW / 1000) },
  traceId: 'inform_NEWAPI2501171139391',
  type: 'orderStatus',
  orderNo: '18599020016177152',
  partnerOrderNo: 'DESK-1',
  orderStatus: 13,
  ...over
})

describe('parseOrderChangeInforming', () => {
  it('hands back one spelling: string ids and statuses, lower-case keys', () => {
    const parsed = parseOrderChangeInforming(
      push({
        info: {
          Passengers: [{ paxId: 1, name: 'ZHANG/SAN', paxType: 'ADT' }],
          Ancillary: [{ auxOrderNo: '18599058925555712', auxOrderStatus: 103 }],
          feeInfo: { currency: 'CNY', refundAmount: 1800.5 }
        }
      })
    )
    expect(parsed.orderNo).toBe('18599020016177152')
    expect(parsed.orderStatus).toBe('13')
    expect(parsed.info?.passengers).toEqual([{ paxId: '1', name: 'ZHANG/SAN', paxType: 'ADT' }])
    expect(parsed.info?.ancillary).toEqual([{ auxOrderNo: '18599058925555712', auxOrderStatus: '103' }])
    expect(parsed.info?.feeInfo?.refundAmount).toBe('1800.5')
  })

  it('accepts timeStamp and timestamp, preferring the documented spelling', () => {
    expect(parseOrderChangeInforming(push({ authentication: { sign: 'x', timeStamp: '1' } })).authentication?.timestamp).toBe('1')
    expect(parseOrderChangeInforming(push({ authentication: { sign: 'x', timeStamp: '1', timestamp: '2' } })).authentication?.timestamp).toBe('2')
    expect(parseOrderChangeInforming(push({ orderStatus: '13' })).orderStatus).toBe('13')
  })

  it('fails without an order number, and reports a missing traceId as drift', () => {
    expect(() => parseOrderChangeInforming(push({ orderNo: undefined }))).toThrow(Fr24Error)
    const drift = new DriftCounter()
    parseOrderChangeInforming(push({ traceId: undefined }), drift)
    expect(drift.counts().map((d) => d.path)).toEqual(['traceId'])
  })
})

describe('verifyInformingSignature', () => {
  const creds = { appKey: 'k', appSecret: 's' }
  it('accepts a push signed with the partner credentials inside the time window', () => {
    expect(verifyInformingSignature(parseOrderChangeInforming(push()), creds, NOW)).toBe(true)
    expect(verifyInformingSignature(parseOrderChangeInforming(push()), creds, NOW + 299_000)).toBe(true)
  })

  it('refuses a wrong sign, a stale timestamp or no authentication', () => {
    expect(verifyInformingSignature(parseOrderChangeInforming(push()), { ...creds, appSecret: 'other' }, NOW)).toBe(false)
    expect(verifyInformingSignature(parseOrderChangeInforming(push()), creds, NOW + 301_000)).toBe(false)
    expect(verifyInformingSignature(parseOrderChangeInforming(push({ authentication: undefined })), creds, NOW)).toBe(false)
  })
})
