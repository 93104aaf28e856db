import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { webEncrypt } from '../testing/client'
import { adult, child, CONTACT, infant, shopAndPrice, testSandbox, type PaxSpec, type TestSandbox, type Trip } from '../testing/fixtures'

let t: TestSandbox
beforeAll(async () => {
  t = await testSandbox()
})
afterAll(async () => {
  await t.close()
})

/** Prices a trip for these counts and tries to book these passengers. */
async function tryBooking(trip: Trip, passengers: PaxSpec[] | string) {
  const { priced } = await shopAndPrice(t.client, trip)
  const encrypted = typeof passengers === 'string' ? passengers : await t.client.encryptPassengers(passengers)
  return t.client.call('booking', { offerId: priced.offer[0].offerId, partnerOrderNo: '', passengers: encrypted, agentContact: CONTACT })
}

describe('passenger decryption', () => {
  it('10100020 for passengers encrypted with another key', async () => {
    const wrong = await webEncrypt(JSON.stringify([adult(1)]), 'fedcba9876543210')
    const answer = await tryBooking({}, wrong)
    expect(answer.code).toBe('10100020')
    expect(answer.data).toBeNull()
  })

  it('10100020 for text that is not Base64 ciphertext', async () => {
    expect((await tryBooking({}, 'not base64 at all!')).code).toBe('10100020')
    expect((await tryBooking({}, Buffer.from('short').toString('base64'))).code).toBe('10100020')
  })

  it('books a family with numeric paxIds, as FR24 client code sends them', async () => {
    const answer = await tryBooking({ adultNum: 2, childNum: 1, infantNum: 1 }, [adult(1), adult(2), child(3, '1'), infant(4, '2')])
    expect(answer.code).toBe('000000')
    expect(answer.data.orderStatus).toBe('11')
  })
})

describe('passenger rules (10100021)', () => {
  const cases: [string, Trip, PaxSpec[], RegExp][] = [
    ['at most 9 passengers', { adultNum: 9 }, Array.from({ length: 10 }, (_, i) => adult(i + 1)), /at most 9/],
    // Shopping already refuses such counts; the booking rule still holds if the list differs from them.
    ['children at most twice the adults', { adultNum: 2, childNum: 3 }, [adult(1), child(2, '1'), child(3, '1'), child(4, '1'), child(5, '1')], /2 × adults/],
    ['at most 2 children per adult', { adultNum: 2, childNum: 3 }, [adult(1), adult(2), child(3, '1'), child(4, '1'), child(5, '1')], /more than 2 children/],
    ['one infant per adult', { adultNum: 2, infantNum: 2 }, [adult(1), adult(2), infant(3, '1'), infant(4, '1')], /more than 1 infant/],
    ['an infant is under 2', { adultNum: 1, infantNum: 1 }, [adult(1), infant(2, '1', { birthday: '2023-01-01' })], /infants \(INF\) must be under 2/],
    ['a child is at least 2', { adultNum: 1, childNum: 1 }, [adult(1), child(2, '1', { birthday: '2025-01-01' })], /children \(CHD\) must be 2 to under 12/],
    ['a child is under 12', { adultNum: 1, childNum: 1 }, [adult(1), child(2, '1', { birthday: '2010-01-01' })], /children \(CHD\) must be 2 to under 12/],
    ['an adult is 12 or older', { adultNum: 1 }, [adult(1, { birthday: '2016-01-01' })], /adults \(ADT\) must be 12 or older/],
    ['document valid until the last flight', { adultNum: 1 }, [adult(1, { cardExpiryDate: '2026-04-01' })], /expires/],
    ['name SURNAME/GIVEN in capitals', { adultNum: 1 }, [adult(1, { name: 'Zhang San' })], /SURNAME\/GIVEN/],
    ['name without spaces', { adultNum: 1 }, [adult(1, { name: 'ZHANG/SAN MING' })], /SURNAME\/GIVEN/],
    ['accompaniedPaxId required for a child', { adultNum: 1, childNum: 1 }, [adult(1), child(2, '1', { accompaniedPaxId: undefined })], /accompaniedPaxId is required/],
    ['accompaniedPaxId names an adult', { adultNum: 1, childNum: 1, infantNum: 1 }, [adult(1), child(2, '1'), infant(3, '2')], /must name an adult/],
    ['national ID only on domestic China routes', { adultNum: 1 }, [adult(1, { cardType: 'ID' })], /domestic China/],
    ['cardNum at most 20 characters', { adultNum: 1 }, [adult(1, { cardNum: 'X'.repeat(21) })], /at most 20/]
  ]
  for (const [rule, trip, passengers, message] of cases) {
    it(rule, async () => {
      const answer = await tryBooking(trip, passengers)
      expect(answer.code).toBe('10100021')
      expect(answer.message).toMatch(message)
    })
  }

  it('accepts a national ID within China', async () => {
    const answer = await tryBooking({ origin: 'PEK', destination: 'SHA' }, [adult(1, { cardType: 'ID', cardNum: '110101198506150011' })])
    expect(answer.code).toBe('000000')
  })

  it('names the field when one is missing or malformed (10100010)', async () => {
    const missing = await tryBooking({}, [adult(1, { gender: undefined })])
    expect(missing.code).toBe('10100010')
    expect(missing.message).toContain('passengers[0].gender')
    const badDate = await tryBooking({}, [adult(1, { birthday: '15/06/1985' })])
    expect(badDate.message).toContain('passengers[0].birthday')
  })

  it('20901997 when the passengers differ from the priced counts', async () => {
    const answer = await tryBooking({ adultNum: 1, childNum: 1 }, [adult(1), adult(2)])
    expect(answer.code).toBe('20901997')
  })

  it('checks counts already at shopping', async () => {
    const answer = await t.client.call('shopping', { searchLegs: [{ origin: 'SIN', destination: 'HKG', depDate: '2026-04-15' }], adultNum: 1, childNum: 3 })
    expect(answer.code).toBe('10100021')
  })
})
