import { ManualClock } from '../../util/clock'
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../index'
import { TestClient } from './client'
import type { Wire } from './client'

/** Shared set-up for the sandbox's own tests. */

export const ACCOUNT = {
  appKey: 'test-agency',
  appSecret: 'test-secret-123',
  aesKey: 'abcdef0123456789',
  balance: '50000.00',
  currency: 'CNY'
}

/** 2026-03-10 10:00 in China (02:00 UTC): a Tuesday, a safe distance from the DST changes. */
export const START = Date.UTC(2026, 2, 10, 2, 0, 0)

export interface TestSandbox {
  sandbox: RunningSandbox
  client: TestClient
  clock: ManualClock
  close(): Promise<void>
}

export async function testSandbox(overrides: Partial<SandboxOptions> = {}): Promise<TestSandbox> {
  const clock = new ManualClock(START)
  const sandbox = await startSandbox({
    seed: 'tests',
    account: ACCOUNT,
    clock,
    // Pricing surprises only when a test asks for one.
    settings: { priceChangeRate: 0, noSeatsRate: 0 },
    ...overrides
  })
  const client = new TestClient(sandbox.url, ACCOUNT, () => Math.floor(clock.now() / 1000))
  return { sandbox, client, clock, close: () => sandbox.close() }
}

export interface PaxSpec {
  paxId: string | number
  name?: string
  paxType?: 'ADT' | 'CHD' | 'INF'
  birthday?: string
  accompaniedPaxId?: string
  [key: string]: unknown
}

export function adult(paxId: string | number, extra: Partial<PaxSpec> = {}): PaxSpec {
  return {
    paxId,
    name: `TRAVELLER/ADULT${String.fromCharCode(64 + Number(paxId))}`,
    paxType: 'ADT',
    birthday: '1985-06-15',
    gender: 'M',
    cardNum: `E${String(paxId).padStart(8, '0')}`,
    cardType: 'PP',
    cardIssuedPlace: 'CN',
    cardExpiryDate: '2032-12-31',
    nationality: 'CN',
    ...extra
  }
}

export function child(paxId: string | number, escort: string, extra: Partial<PaxSpec> = {}): PaxSpec {
  return adult(paxId, { name: `TRAVELLER/CHILD${String.fromCharCode(64 + Number(paxId))}`, paxType: 'CHD', birthday: '2019-01-20', accompaniedPaxId: escort, ...extra })
}

export function infant(paxId: string | number, escort: string, extra: Partial<PaxSpec> = {}): PaxSpec {
  return adult(paxId, { name: `TRAVELLER/BABY${String.fromCharCode(64 + Number(paxId))}`, paxType: 'INF', birthday: '2025-10-01', accompaniedPaxId: escort, ...extra })
}

export interface Trip {
  origin?: string
  destination?: string
  depDate?: string
  adultNum?: number
  childNum?: number
  infantNum?: number
  cabin?: string
  /** Which offer of the answer to take (default the first). */
  pick?: (offers: Wire[]) => Wire
}

export async function shop(client: TestClient, trip: Trip = {}): Promise<Wire> {
  return client.ok('shopping', {
    searchLegs: [{ origin: trip.origin ?? 'SIN', destination: trip.destination ?? 'HKG', depDate: trip.depDate ?? '2026-04-15' }],
    adultNum: trip.adultNum ?? 1,
    childNum: trip.childNum ?? 0,
    infantNum: trip.infantNum ?? 0,
    preferences: { cabin: trip.cabin ?? 'Y' }
  })
}

export async function shopAndPrice(client: TestClient, trip: Trip = {}): Promise<{ shopped: Wire; priced: Wire }> {
  const shopped = await shop(client, trip)
  const offer = trip.pick ? trip.pick(shopped.offers) : shopped.offers[0]
  const priced = await client.ok('pricing', { offerId: offer.offerId, adultNum: trip.adultNum ?? 1, childNum: trip.childNum ?? 0, infantNum: trip.infantNum ?? 0 })
  return { shopped, priced }
}

export const CONTACT = { agentName: 'DESK/AGENT', agentEmail: 'desk@example.com', mobile: '13800000000', areaCode: '86' }

/** Search, price and book; returns the booking data and the priced offer. */
export async function book(client: TestClient, trip: Trip = {}, passengers?: PaxSpec[], partnerOrderNo = ''): Promise<{ booking: Wire; priced: Wire }> {
  const { priced } = await shopAndPrice(client, trip)
  const list = passengers ?? Array.from({ length: trip.adultNum ?? 1 }, (_, i) => adult(i + 1))
  const booking = await client.ok('booking', {
    offerId: priced.offer[0].offerId,
    partnerOrderNo,
    passengers: await client.encryptPassengers(list),
    agentContact: CONTACT
  })
  return { booking, priced }
}

export async function balance(client: TestClient): Promise<string> {
  return (await client.ok('selectBalance')).accountBalance
}
