import { createDecipheriv } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fr24ExamplePath } from '../../../test/fixtures/fr24/examples'
import { ManualClock } from '../util/clock'
import { createFr24Client } from './client'
import { DriftCounter } from './drift'
import { Fr24Error } from './errors'
import { signature } from './sign'
import { recordingFetch } from './testSupport'

const example = (name: string) => JSON.parse(readFileSync(fr24ExamplePath(name), 'utf8')) as Record<string, unknown>
const withoutAuth = ({ authentication: _a, ...rest }: Record<string, unknown>) => rest

const CREDS = { appKey: 'test', appSecret: '123456', aesKey: '0123456789abcdef' }
const NOW = 1671178033_000

function setup() {
  const recorder = recordingFetch()
  const drift = new DriftCounter()
  const client = createFr24Client({
    baseUrl: 'https://flight-test.flightroutes24.com/',
    credentials: async () => CREDS,
    fetch: recorder.fetch,
    clock: new ManualClock(NOW),
    drift
  })
  const last = () => {
    const r = recorder.requests.at(-1)
    if (!r) throw new Error('nothing was sent')
    return r
  }
  return { client, requests: recorder.requests, last, drift }
}

describe('every request carries FR24 authentication and headers', () => {
  it('signs with Unix seconds, sends appKey, gzip and JSON headers, to /api/new/<op>.do', async () => {
    const { client, last } = setup()
    await client.selectBalance()
    const r = last()
    expect(r.path).toBe('selectBalance')
    expect(r.body).toEqual({ authentication: { sign: signature('test', '123456', '1671178033'), timestamp: '1671178033' } })
    expect((r.body.authentication as { sign: string }).sign.startsWith('99dbfae1')).toBe(true)
    expect(r.headers.get('appKey')).toBe('test')
    expect(r.headers.get('accept-encoding')).toBe('gzip')
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(withoutAuth(r.body)).toEqual(withoutAuth(example('selectBalance.request.json')))
  })
})

describe('request bodies match the documented examples', () => {
  it('shopping', async () => {
    const { client, last } = setup()
    const doc = example('shopping.request.json')
    await client.shopping(withoutAuth(doc) as never)
    expect(withoutAuth(last().body)).toEqual(withoutAuth(doc))
  })

  it('pricing, with seriesTraceId/seriesRsTime from the previous call', async () => {
    const { client, last } = setup()
    const doc = example('pricing.request.json')
    await client.pricing(
      { offerId: 'a17f56079af111ca6278d72124595910', adultNum: 2, childNum: 0, infantNum: 0 },
      { series: { seriesTraceId: 'shop_202410101503481394', seriesRsTime: 5 } }
    )
    expect(withoutAuth(last().body)).toEqual(withoutAuth(doc))
    await client.pricing({ offerId: '17981625171120128', adultNum: 1 })
    expect(withoutAuth(last().body)).toEqual(withoutAuth(example('pricing.v1.request.json')))
  })

  it('presaleAncillaryShopping and postsaleAncillaryShopping', async () => {
    const { client, last } = setup()
    await client.presaleAncillaryShopping({ offerId: '17981626452283392' })
    expect(withoutAuth(last().body)).toEqual(withoutAuth(example('presaleAncillaryShopping.request.json')))
    await client.postsaleAncillaryShopping({ orderNo: '18599020016177152' })
    expect(withoutAuth(last().body)).toEqual(withoutAuth(example('postsaleAncillaryShopping.v2-cn.request.json')))
  })

  it('seatMap goes to seatShopping.do with the documented fields (authentication as an object, B24)', async () => {
    const { client, last } = setup()
    const doc = example('seatMap.request.json')
    const segment = { segmentId: 's1', carrier: 'AK', flightNo: 'AK123', depAirport: 'SHA', arrAirport: 'SHA', cabin: 'Y' as const, depTime: '2025-04-15T20:10', arrTime: '2025-04-15T22:10' }
    await client.seatMap({ offerId: 'o1', segments: [segment], passengers: [{ count: 1, paxType: 'ADT' }] })
    const body = last().body
    expect(last().path).toBe('seatShopping')
    expect(Object.keys(body).sort()).toEqual(Object.keys(doc).sort())
    expect(Object.keys((body.segments as object[])[0]!).sort()).toEqual(Object.keys((doc.segments as object[])[0]!).sort())
    expect(body).toMatchObject({ offerId: 'o1', orderNo: '', bookType: doc.bookType, passengers: doc.passengers })
    expect(body.authentication).toMatchObject({ timestamp: '1671178033' })
    await client.seatMap({ orderNo: '18599020016177152', passengers: [{ count: '1', paxType: 'ADT' }] })
    expect(last().body).toMatchObject({ offerId: '', orderNo: '18599020016177152', bookType: '2', segments: [] })
  })

  it('booking: fields as documented, passengers encrypted with the AES key and never sent in clear', async () => {
    const { client, last } = setup()
    const doc = example('booking.request.json')
    const passengers = JSON.parse(readFileSync(fr24ExamplePath('booking.decodePassengers.example.json'), 'utf8'))
    await client.booking({ offerId: '17981626452283392', partnerOrderNo: 'DESK-1', passengers, agentContact: doc.agentContact as never })
    const body = last().body
    expect(Object.keys(body).sort()).toEqual(Object.keys(doc).sort())
    expect(body.agentContact).toEqual(doc.agentContact)
    expect(body.offerId).toBe('17981626452283392')
    expect(body.partnerOrderNo).toBe('DESK-1')
    expect(last().text).not.toContain('E12345678')
    const decipher = createDecipheriv('aes-128-cbc', Buffer.from(CREDS.aesKey), Buffer.alloc(16))
    const plain = Buffer.concat([decipher.update(Buffer.from(body.passengers as string, 'base64')), decipher.final()]).toString()
    expect(JSON.parse(plain)).toEqual(passengers)
  })

  it('booking always sends partnerOrderNo, empty when the desk has none (B14; the example has null)', async () => {
    const { client, last } = setup()
    const passengers = [{ paxId: 1, name: 'ZHANG/SAN', paxType: 'ADT', birthday: '1990-01-15', gender: 'M', cardNum: 'E1', cardType: 'PP' }] as const
    await client.booking({ offerId: 'x', passengers: [...passengers], agentContact: { agentName: 'A', agentEmail: 'a@b.cn', mobile: '18105115459', areaCode: '86' } })
    expect(last().body.partnerOrderNo).toBe('')
  })

  it('ticketing sends the amount as the exact JSON number', async () => {
    const { client, last } = setup()
    const doc = example('ticketing.request.json')
    await client.ticketing({ orderNo: '17981635587543040', partnerOrderNo: '', totalPrice: '355.22', currency: 'USD' })
    expect(withoutAuth(last().body)).toEqual(withoutAuth(doc))
    expect(last().text).toContain('"totalPrice":355.22')
  })

  it('orderDetail sends the chaining fields top-level (B5) and matches the V1 example', async () => {
    const { client, last } = setup()
    await client.orderDetail({ orderNo: '17981635587543040' })
    expect(withoutAuth(last().body)).toEqual(withoutAuth(example('orderDetail.v1.request.json')))
    const doc = example('orderDetail.request.json')
    await client.orderDetail({ orderNo: '15803203776942080', partnerOrderNo: '' }, { series: { seriesTraceId: 'ticketing_202410101503481394', seriesRsTime: 5 } })
    const { sign: _s, timestamp: _t, ...seriesInDoc } = doc.authentication as Record<string, unknown>
    expect(withoutAuth(last().body)).toEqual({ ...withoutAuth(doc), ...seriesInDoc })
    expect(Object.keys(last().body.authentication as object).sort()).toEqual(['sign', 'timestamp'])
  })

  it('payVerify', async () => {
    const { client, last } = setup()
    const doc = example('payVerify.request.json')
    await client.payVerify(
      { orderNo: '18599020016177152', partnerOrderNo: '1234567ss', totalPrice: '2148', currency: 'CNY' },
      { series: { seriesTraceId: 'order_202410101503481394', seriesRsTime: 5 } }
    )
    const body = last().body
    expect(Object.keys(body).sort()).toEqual(Object.keys(doc).sort())
    expect(body).toMatchObject({ partnerOrderNo: '1234567ss', totalPrice: 2148, currency: 'CNY', seriesTraceId: doc.seriesTraceId, seriesRsTime: 5 })
  })

  it('ancillaryBooking: as documented, with paxId as a string (B7) and auxType 1 = baggage (inference)', async () => {
    const { client, last } = setup()
    const doc = example('ancillaryBooking.request.json')
    const ancillary = (doc.ancillary as Record<string, unknown>[]).map((a) => ({ ...a }))
    await client.ancillaryBooking({
      orderNo: doc.orderNo as string,
      partnerOrderNo: '',
      ancillary: ancillary as never,
      passengers: doc.passengers as never,
      segments: doc.segments as never
    })
    const expected = { ...withoutAuth(doc), ancillary: ancillary.map((a) => ({ ...a, paxId: String(a.paxId), auxType: 1 })) }
    expect(withoutAuth(last().body)).toEqual(expected)
  })

  it('ancillaryPurchase and ancillaryOrderDetail', async () => {
    const { client, last } = setup()
    await client.ancillaryPurchase({ auxOrderNo: '17981648020443136', orderNo: '17981635587543040', partnerAuxOrderNo: '', currency: 'USD', totalPrice: '45.64' })
    expect(withoutAuth(last().body)).toEqual(withoutAuth(example('ancillaryPurchase.request.json')))
    await client.ancillaryOrderDetail({ auxOrderNo: '18599058925555712' })
    expect(withoutAuth(last().body)).toEqual(withoutAuth(example('ancillaryOrderDetail.request.json')))
  })

  it('changeReshop', async () => {
    const { client, last } = setup()
    const doc = example('changeReshop.request.json')
    await client.changeReshop(withoutAuth(doc) as never)
    expect(withoutAuth(last().body)).toEqual(withoutAuth(doc))
  })

  it('voidRequest (V1 example)', async () => {
    const { client, last } = setup()
    const doc = example('voidRequest.request.json')
    await client.voidRequest(withoutAuth(doc) as never)
    expect(withoutAuth(last().body)).toEqual(withoutAuth(doc))
  })

  it('refundRequest, refundConfirming and reissueRequest use the documented field names', async () => {
    const { client, last } = setup()
    const pax = [{ paxId: '1', name: 'YGVU/ZTMII', birthday: '1981-07-21', gender: 'M' as const }]
    const segments = [{ carrier: 'CX', flightNo: '636', depAirport: 'SIN', depTime: '2025-04-15T20:10', arrAirport: 'HKG', arrTime: '2025-04-16T00:25' }]
    await client.refundRequest({ tktOrderNo: '18599020016177152', passengers: pax, segments })
    expect(withoutAuth(last().body)).toEqual({ tktOrderNo: '18599020016177152', partnerOrderNo: '', passengers: pax, segments })
    await client.refundConfirming({ refundOrderNo: '18599200000000001', refundReason: '0', fileId: [{ fileId: 'f-1' }] })
    expect(withoutAuth(last().body)).toEqual({ refundOrderNo: '18599200000000001', refundReason: '0', fileId: [{ fileId: 'f-1' }] })
    const original = [{ carrier: 'FD', flightNo: '2271', depTime: '2024-11-17T03:18' }]
    const newLeg = { carrier: 'FD', flightNo: '2273', depAirport: 'SIN', depTime: '2024-11-18T03:18', arrAirport: 'BKK', arrTime: '2024-11-18T04:40', cabin: 'Y' as const }
    await client.reissueRequest({ tktOrderNo: '17982000496513024', originalSegments: original, newLegs: [newLeg] })
    expect(withoutAuth(last().body)).toEqual({ tktOrderNo: '17982000496513024', partnerOrderNo: '', originalSegments: original, newLegs: [newLeg] })
  })

  it('fileUpload sends JSON with the file as Base64 (inference T3)', async () => {
    const { client, last } = setup()
    const reply = await client.fileUpload({ fileName: 'proof.pdf', fileType: 'application/pdf', bytes: Buffer.from('%PDF-1.4 proof') })
    expect(withoutAuth(last().body)).toEqual({ fileName: 'proof.pdf', fileType: 'application/pdf', content: Buffer.from('%PDF-1.4 proof').toString('base64') })
    expect(reply.data.fileId).toBe('f-0001')
  })
})

describe('typed answers', () => {
  it('turn money into decimal strings and keep traceId and timing for the next call', async () => {
    const { client } = setup()
    const shop = await client.shopping({ searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2025-04-15' }], adultNum: 1 })
    expect(shop.data.offers[0]).toMatchObject({ totalPrice: '2148', currency: 'CNY' })
    expect(shop.traceId).toMatch(/NEWAPI/)
    expect(shop.processingTime).toBe(5)
    const price = await client.pricing({ offerId: shop.data.offers[0]!.offerId, adultNum: 1 })
    expect(price.data.offer[0]!.offerId).toBe('2172558470381977600')
    const balance = await client.selectBalance()
    expect(balance.data).toMatchObject({ accountBalance: '100', accountCurrency: 'CNY' })
    const change = await client.changeReshop({ orderNo: '1', originalSegments: [{ carrier: 'CX', flightNo: '636', depTime: '2025-04-15T20:10' }], newLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2025-04-16' }], adultNum: 1 })
    expect(change.data.offers[0]).toMatchObject({ fareDifference: '120.5', totalPrice: '420.5' })
  })
})

describe('bad requests are refused before anything is sent', () => {
  it.each([
    ['shopping', { searchLegs: [{ origin: 'sin', destination: 'HKG', depDate: '2025-04-15' }], adultNum: 1 }, 'searchLegs.0.origin'],
    ['shopping', { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2025-04-15' }], adultNum: 1, childNum: 3 }, 'childNum'],
    ['shopping', { searchLegs: [], adultNum: 1 }, 'searchLegs'],
    ['pricing', { offerId: 'x', adultNum: 5, childNum: 5 }, 'adultNum'],
    ['ticketing', { orderNo: '1', currency: 'CNY', totalPrice: 355.22 }, 'totalPrice'],
    ['voidRequest', { tktOrderNo: '1', passengers: [{ paxId: '1', name: 'Zhang San' }] }, 'passengers.0.name'],
    ['refundConfirming', { tktOrderNo: '1' }, 'refundOrderNo']
  ] as const)('%s %o → field %s', async (endpoint, input, field) => {
    const { client, requests } = setup()
    const call = (client as unknown as Record<string, (i: unknown) => Promise<unknown>>)[endpoint]!
    const error = await call(input).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Fr24Error)
    expect(error).toMatchObject({ kind: 'invalid-request', action: 'fix-input' })
    expect((error as Fr24Error).fields).toContain(field)
    expect(requests).toHaveLength(0)
  })

  it('booking checks that children and infants name an accompanying adult', async () => {
    const { client, requests } = setup()
    const adult = { paxId: 1, name: 'ZHANG/SAN', paxType: 'ADT', birthday: '1990-01-15', gender: 'M', cardNum: 'E1', cardType: 'PP' } as const
    const child = { ...adult, paxId: 2, name: 'ZHANG/XIAO', paxType: 'CHD', birthday: '2018-06-01', accompaniedPaxId: '9' } as const
    const contact = { agentName: 'A', agentEmail: 'a@b.cn', mobile: '18105115459', areaCode: '86' }
    const error = (await client.booking({ offerId: 'x', passengers: [adult, child], agentContact: contact }).catch((e) => e)) as Fr24Error
    expect(error.fields).toEqual(['passengers.1.accompaniedPaxId'])
    expect(requests).toHaveLength(0)
  })

  it('a wrong-length AES key stops a booking before the network, as a credentials error', async () => {
    const recorder = recordingFetch()
    const client = createFr24Client({ baseUrl: 'http://x', credentials: async () => ({ ...CREDS, aesKey: 'too-short' }), fetch: recorder.fetch })
    const adult = { paxId: 1, name: 'ZHANG/SAN', paxType: 'ADT', birthday: '1990-01-15', gender: 'M', cardNum: 'E1', cardType: 'PP' } as const
    const error = (await client
      .booking({ offerId: 'x', passengers: [adult], agentContact: { agentName: 'A', agentEmail: 'a@b.cn', mobile: '18105115459', areaCode: '86' } })
      .catch((e) => e)) as Fr24Error
    expect(error).toMatchObject({ kind: 'credentials', action: 'check-credentials', uncertain: false })
    expect(error.message).toMatch(/16 bytes.*9 bytes/)
    expect(recorder.requests).toHaveLength(0)
  })

  it('missing credentials are a credentials error, not a network one', async () => {
    const recorder = recordingFetch()
    const client = createFr24Client({ baseUrl: 'http://x', credentials: async () => ({ appKey: '', appSecret: '', aesKey: '' }), fetch: recorder.fetch })
    await expect(client.selectBalance()).rejects.toMatchObject({ kind: 'credentials' })
    const broken = createFr24Client({ baseUrl: 'http://x', credentials: () => Promise.reject(new Error('keychain locked')), fetch: recorder.fetch })
    await expect(broken.selectBalance()).rejects.toMatchObject({ kind: 'credentials', message: expect.stringContaining('keychain locked') })
    expect(recorder.requests).toHaveLength(0)
  })
})
