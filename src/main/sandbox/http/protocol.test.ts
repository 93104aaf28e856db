import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gunzipSync } from 'node:zlib'
import { send, webSign } from '../testing/client'
import { ACCOUNT, testSandbox, type TestSandbox } from '../testing/fixtures'

let t: TestSandbox
beforeAll(async () => {
  t = await testSandbox()
})
afterAll(async () => {
  await t.close()
})

describe('transport', () => {
  it('answers the documented envelope with a China-time traceId', async () => {
    const answer = await t.client.call('selectBalance')
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.json)).toEqual(['traceId', 'code', 'message', 'processingTime', 'data'])
    expect(answer.traceId).toMatch(/^balance_NEWAPI260310100000\d{6}$/)
    expect(answer.code).toBe('000000')
    expect(Number.isInteger(answer.json.processingTime)).toBe(true)
    expect(answer.data).toEqual({
      accountBalance: '50000.00',
      availableCreditLimit: '0.00',
      "accountCurency'": 'CNY',
      accountPayable: '0.00',
      time: '2026/03/10 10:00:00 '
    })
  })

  it('gzips answers when asked and not otherwise', async () => {
    const zipped = await t.client.call('selectBalance', {}, { acceptGzip: true })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    const plain = await t.client.call('selectBalance', {}, { acceptGzip: false })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.code).toBe('000000')
  })

  it('reads gzip-compressed request bodies', async () => {
    const answer = await t.client.call('selectBalance', {}, { gzipRequest: true })
    expect(answer.code).toBe('000000')
  })

  it('takes bare paths, any header case, and the seat map under both names', async () => {
    expect((await t.client.call('selectBalance', {}, { path: '/api/new/selectBalance' })).code).toBe('000000')
    expect((await t.client.call('selectBalance', {}, { noAppKey: true, headers: { APPKEY: ACCOUNT.appKey, 'CONTENT-TYPE': 'application/json' } })).code).toBe('000000')
    expect((await t.client.call('selectBalance', {}, { noAppKey: true, headers: { appkey: ACCOUNT.appKey } })).code).toBe('000000')
    const shopped = await t.client.ok('shopping', { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-15' }], adultNum: 1 })
    const body = { bookType: '1', offerId: shopped.offers[0].offerId, orderNo: '', segments: [], passengers: [{ count: '1', paxType: 'ADT' }] }
    const viaDocumented = await t.client.call('seatMap', body, { path: '/api/new/seatShopping.do' })
    const viaName = await t.client.call('seatMap', body, { path: '/api/new/seatMap.do' })
    expect(viaDocumented.code).toBe('000000')
    expect(viaName.data).toEqual(viaDocumented.data)
  })

  it('tolerates seriesTraceId inside authentication (the orderDetail example puts it there)', async () => {
    const auth = { ...(await t.client.authentication()), seriesTraceId: 'ticketing_1', seriesRsTime: 5 }
    expect((await t.client.call('selectBalance', {}, { authentication: auth })).code).toBe('000000')
  })

  it('answers 404 for unknown paths and 405 for other methods', async () => {
    const unknown = await t.client.call('nothing', {}, { path: '/api/new/nothing.do' })
    expect(unknown.status).toBe(404)
    expect(unknown.data).toBeNull()
    const get = await t.client.call('selectBalance', {}, { method: 'GET' })
    expect(get.status).toBe(405)
  })

  it('answers 10100010 for a body that is not JSON, naming the field for a bad one', async () => {
    const notJson = await t.client.call('selectBalance', {}, { raw: '{"authentication": ' })
    expect(notJson.code).toBe('10100010')
    const badField = await t.client.call('shopping', { searchLegs: [{ origin: 'SINGAPORE', destination: 'HKG', depDate: '2026-04-15' }], adultNum: 1 })
    expect(badField.code).toBe('10100010')
    expect(badField.message).toContain('searchLegs[0].origin')
    const missing = await t.client.call('pricing', { adultNum: 1 })
    expect(missing.message).toContain('offerId')
  })
})

describe('authentication', () => {
  it('signs like the documented vector', async () => {
    expect(await webSign('test', '123456', '1671178033')).toBe(
      '99dbfae18aab459e0ca134a7eafdaa9efe83d3f4dcfd9d997b2797d055a69a5b65730cf88efdefd575503c12f61137e9764d8c37bc1213de1ad4ac22b32a09d0'
    )
  })

  it('10100001 when the appKey header, the authentication object or a well-formed timestamp is missing', async () => {
    expect((await t.client.call('selectBalance', {}, { noAppKey: true })).code).toBe('10100001')
    expect((await t.client.call('selectBalance', {}, { authentication: null })).code).toBe('10100001')
    expect((await t.client.call('selectBalance', {}, { authentication: '' })).code).toBe('10100001')
    const auth = await t.client.authentication()
    expect((await t.client.call('selectBalance', {}, { authentication: { sign: auth.sign } })).code).toBe('10100001')
    expect((await t.client.call('selectBalance', {}, { authentication: { sign: auth.sign, timestamp: 'yesterday' } })).code).toBe('10100001')
  })

  it('10100002 for an unknown appKey', async () => {
    const answer = await t.client.call('selectBalance', {}, { noAppKey: true, headers: { appKey: 'someone-else' } })
    expect(answer.code).toBe('10100002')
    expect(answer.data).toBeNull()
  })

  it('10100003 for a wrong signature, and accepts an upper-case one', async () => {
    const auth = await t.client.authentication()
    expect((await t.client.call('selectBalance', {}, { authentication: { ...auth, sign: auth.sign.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) } })).code).toBe('10100003')
    const wrongSecret = await webSign(ACCOUNT.appKey, 'not-the-secret', auth.timestamp)
    expect((await t.client.call('selectBalance', {}, { authentication: { ...auth, sign: wrongSecret } })).code).toBe('10100003')
    expect((await t.client.call('selectBalance', {}, { authentication: { ...auth, sign: auth.sign.toUpperCase() } })).code).toBe('000000')
  })

  it('10100004 outside ±300 s, fine inside', async () => {
    const now = Math.floor(t.clock.now() / 1000)
    for (const [offset, code] of [
      [-301, '10100004'],
      [301, '10100004'],
      [-300, '000000'],
      [299, '000000']
    ] as const) {
      expect((await t.client.call('selectBalance', {}, { timestamp: String(now + offset) })).code, `offset ${offset}`).toBe(code)
    }
  })

  it('keeps the signing window on real time when business time is advanced', async () => {
    const local = await testSandbox()
    try {
      await local.sandbox.control.advanceClock(3 * 3_600_000)
      expect((await local.client.call('selectBalance')).code).toBe('000000')
    } finally {
      await local.close()
    }
  })
})

describe('control API over HTTP', () => {
  it('does not exist without a token', async () => {
    const raw = await send(`${t.sandbox.url}/__control/state`, 'POST', {}, Buffer.from('{}'))
    expect(raw.status).toBe(404)
  })

  it('needs the token when one is configured', async () => {
    const guarded = await testSandbox({ controlToken: 'sesame' })
    try {
      const denied = await send(`${guarded.sandbox.url}/__control/state`, 'POST', {}, Buffer.from('{}'))
      expect(denied.status).toBe(401)
      const allowed = await send(`${guarded.sandbox.url}/__control/setBalance`, 'POST', { 'X-Sandbox-Control-Token': 'sesame', 'Accept-Encoding': 'gzip' }, Buffer.from('{"amount":"123.45"}'))
      expect(allowed.status).toBe(200)
      expect(JSON.parse(gunzipSync(allowed.body).toString()).result.accountBalance).toBe('123.45')
      const unknown = await send(`${guarded.sandbox.url}/__control/explode`, 'POST', { 'X-Sandbox-Control-Token': 'sesame' }, Buffer.from('{}'))
      expect(unknown.status).toBe(404)
    } finally {
      await guarded.close()
    }
  })
})
