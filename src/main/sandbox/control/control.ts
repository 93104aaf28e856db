import Big from 'big.js'
import type { PricingOutcome, SandboxCore, SandboxSettings } from '../state/core'
import { encryptPassengers, expectedSign } from '../http/crypto'
import type { FaultBook, FaultRule, FaultSpec } from '../http/faults'
import { settleAll } from '../operations/lifecycle'
import type { Notifier, Push } from '../operations/notify'
import { chinaMinute } from '../world/time'

/**
 * The sandbox's own remote control — not part of FR24's API. Tests and
 * trainers use it to move time, set money, force outcomes and inject
 * faults. In-process it is this object; over HTTP the same operations sit
 * at POST /__control/<name>, behind a token (see http/server.ts).
 */

const SETTING_KEYS: readonly (keyof SandboxSettings)[] = [
  'issuanceDelayMs',
  'afterSaleDelayMs',
  'refundQuoteDelayMs',
  'payDeadlineMs',
  'offerCount',
  'priceChangeRate',
  'noSeatsRate'
]

export interface SandboxStateView {
  now: number
  chinaTime: string
  clockOffsetMs: number
  balance: ReturnType<SandboxCore['ledger']['view']>
  ledger: SandboxCore['state']['ledger']['entries']
  holds: SandboxCore['state']['ledger']['holds']
  orders: SandboxCore['state']['orders'][string][]
  auxOrders: SandboxCore['state']['auxOrders'][string][]
  settings: SandboxSettings
  faults: FaultRule[]
}

export class SandboxControl {
  constructor(
    private readonly core: SandboxCore,
    readonly faults: FaultBook,
    readonly notifier: Notifier
  ) {}

  private async saved<T>(value: T): Promise<T> {
    this.core.changed()
    await this.core.flush()
    return value
  }

  /** Moves business time forward (deadlines, issuance, refunds); the signing window keeps real time. */
  async advanceClock(ms: number): Promise<{ now: number; chinaTime: string }> {
    if (!Number.isFinite(ms) || ms < 0) throw new Error('ms must be a positive number of milliseconds')
    this.core.state.clockOffsetMs += ms
    settleAll(this.core)
    this.notifier.collect()
    return this.saved({ now: this.core.now(), chinaTime: chinaMinute(this.core.now()) })
  }

  /** Sets what selectBalance shows as accountBalance (cash is adjusted around frozen amounts). */
  async setBalance(amount: string | number): Promise<ReturnType<SandboxCore['ledger']['view']>> {
    this.core.ledger.setBalance(new Big(amount).toFixed(), this.core.now())
    return this.saved(this.core.ledger.view())
  }

  async setCreditLimit(amount: string | number): Promise<ReturnType<SandboxCore['ledger']['view']>> {
    this.core.ledger.setCreditLimit(new Big(amount).toFixed(), this.core.now())
    return this.saved(this.core.ledger.view())
  }

  async settlePayable(): Promise<ReturnType<SandboxCore['ledger']['view']>> {
    this.core.ledger.settlePayable(this.core.now())
    return this.saved(this.core.ledger.view())
  }

  /** The next `count` pricings answer with a higher price or with no seats. */
  forcePricing(outcome: PricingOutcome, count = 1): { queued: PricingOutcome[] } {
    if (outcome !== 'priceChange' && outcome !== 'noSeats') throw new Error('outcome must be priceChange or noSeats')
    for (let i = 0; i < count; i++) this.core.forcedPricing.push(outcome)
    return { queued: [...this.core.forcedPricing] }
  }

  setIssuanceDelay(ms: number): SandboxSettings {
    return this.setSettings({ issuanceDelayMs: ms })
  }

  setOfferCount(count: number): SandboxSettings {
    return this.setSettings({ offerCount: count })
  }

  setSettings(patch: Partial<SandboxSettings>): SandboxSettings {
    for (const [key, value] of Object.entries(patch)) {
      if (!SETTING_KEYS.includes(key as keyof SandboxSettings)) throw new Error(`unknown setting ${key}`)
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${key} must be a number ≥ 0`)
      this.core.settings[key as keyof SandboxSettings] = value
    }
    return { ...this.core.settings }
  }

  fault(spec: FaultSpec): FaultRule {
    return this.faults.add(spec)
  }

  clearFaults(): { cleared: true } {
    this.faults.clear()
    return { cleared: true }
  }

  /** Back to the opening balance with no orders; settings stay, faults and forced outcomes go. */
  async reset(): Promise<{ reset: true }> {
    this.core.reset()
    this.faults.clear()
    return this.saved({ reset: true as const })
  }

  /** Orders, ledger and balance as they are now (after due steps have happened). */
  state(): SandboxStateView {
    settleAll(this.core)
    const s = this.core.state
    return structuredClone({
      now: this.core.now(),
      chinaTime: chinaMinute(this.core.now()),
      clockOffsetMs: s.clockOffsetMs,
      balance: this.core.ledger.view(),
      ledger: s.ledger.entries,
      holds: s.ledger.holds,
      orders: Object.values(this.core.view('orders')),
      auxOrders: Object.values(this.core.view('auxOrders')),
      settings: { ...this.core.settings },
      faults: this.faults.list()
    })
  }

  /** Where orderChangeInforming pushes go (null: nowhere, the default). */
  setNotifyUrl(url: string | null): { notifyUrl: string | null } {
    if (url !== null && !/^https?:\/\//.test(url)) throw new Error('url must be an http(s) URL or null')
    this.notifier.setUrl(url)
    return { notifyUrl: url }
  }

  /** The pushes sent (or being retried) lately, newest last. */
  pushes(): Push[] {
    return structuredClone(this.notifier.sent)
  }

  /** For people driving the sandbox with curl: a valid authentication object for now. */
  sign(timestamp?: string): { appKey: string; authentication: { sign: string; timestamp: string } } {
    const stamp = timestamp ?? String(Math.floor(this.core.baseClock.now() / 1000))
    return { appKey: this.core.account.appKey, authentication: { sign: expectedSign(this.core.account.appKey, this.core.account.appSecret, stamp), timestamp: stamp } }
  }

  /** Likewise: the booking `passengers` string for a passenger list. */
  encryptPassengers(passengers: unknown): { passengers: string } {
    return { passengers: encryptPassengers(JSON.stringify(passengers), this.core.account.aesKey) }
  }

  /** The HTTP face: one operation by name with a JSON object of parameters. */
  async call(name: string, params: Record<string, unknown>): Promise<unknown> {
    const n = (key: string): number => {
      const v = params[key]
      if (typeof v !== 'number' && !(typeof v === 'string' && v.trim() !== '')) throw new Error(`${key} is required`)
      return Number(v)
    }
    switch (name) {
      case 'advanceClock': {
        const ms = (Number(params.ms ?? 0) || 0) + (Number(params.seconds ?? 0) || 0) * 1_000 + (Number(params.minutes ?? 0) || 0) * 60_000 + (Number(params.hours ?? 0) || 0) * 3_600_000
        return this.advanceClock(ms)
      }
      case 'setBalance':
        return this.setBalance(String(params.amount ?? ''))
      case 'setCreditLimit':
        return this.setCreditLimit(String(params.amount ?? ''))
      case 'settlePayable':
        return this.settlePayable()
      case 'forcePricing':
        return this.forcePricing(params.outcome as PricingOutcome, params.count === undefined ? 1 : n('count'))
      case 'setIssuanceDelay':
        return this.setIssuanceDelay(n('ms'))
      case 'setOfferCount':
        return this.setOfferCount(n('count'))
      case 'setSettings':
        return this.setSettings(params as Partial<SandboxSettings>)
      case 'fault':
        return this.fault(params as unknown as FaultSpec)
      case 'clearFaults':
        return this.clearFaults()
      case 'reset':
        return this.reset()
      case 'state':
        return this.state()
      case 'sign':
        return this.sign(typeof params.timestamp === 'string' ? params.timestamp : undefined)
      case 'encryptPassengers':
        return this.encryptPassengers(params.passengers)
      case 'setNotifyUrl':
        return this.setNotifyUrl(typeof params.url === 'string' && params.url !== '' ? params.url : null)
      case 'pushes':
        return this.pushes()
      default:
        throw new UnknownControl(name)
    }
  }
}

export class UnknownControl extends Error {
  constructor(name: string) {
    super(`unknown control operation ${name}`)
  }
}

export const CONTROL_OPERATIONS = [
  'advanceClock',
  'setBalance',
  'setCreditLimit',
  'settlePayable',
  'forcePricing',
  'setIssuanceDelay',
  'setOfferCount',
  'setSettings',
  'fault',
  'clearFaults',
  'reset',
  'state',
  'sign',
  'encryptPassengers',
  'setNotifyUrl',
  'pushes'
] as const
