import { request } from 'node:http'
import type { SandboxCore } from '../state/core'
import { settleAll } from './lifecycle'
import { expectedSign } from '../http/crypto'
import { traceId } from '../http/envelope'
import type { AuxOrder, Order } from '../state/state'

/**
 * orderChangeInforming: FR24 pushing order changes to the partner's URL
 * (fr24-inferences §7). Optional — the desk polls orderDetail — and only
 * active when a notify URL is set.
 *
 * Instead of hooking every status change, the notifier compares what it
 * last announced with what the orders say now, after every request and on
 * a one-second sweep; that also catches the changes that happen "by
 * themselves" as business time passes. Each push is signed with the
 * partner's own appKey and appSecret (S5) and retried a few times.
 */

const RETRY_DELAYS_MS = [1_000, 5_000, 15_000]

export interface Push {
  url: string
  body: Record<string, unknown>
  attempts: number
  delivered: boolean
  lastError?: string
}

/** Ancillary short codes to the push codes of the status table (fr24-inferences §6). */
const AUX_PUSH_STATUS: Readonly<Record<string, number>> = { '1': 101, '2': 102, '3': 103, '4': 104 }

export class Notifier {
  private announced = new Map<string, string>()
  private queue: Push[] = []
  private sending = false
  private timer: NodeJS.Timeout | null = null
  readonly sent: Push[] = []

  constructor(
    private readonly core: SandboxCore,
    private url: string | null
  ) {
    this.remember()
    this.core.followOrders(url !== null)
    if (url) this.startSweep()
  }

  /** Statuses as they are now count as announced (on start, and when pushing is switched on). */
  private remember(): void {
    this.announced.clear()
    for (const o of Object.values(this.core.view('orders'))) this.announced.set(o.orderNo, o.status)
    for (const a of Object.values(this.core.view('auxOrders'))) this.announced.set(`aux:${a.auxOrderNo}`, a.status)
  }

  setUrl(url: string | null): void {
    this.url = url
    this.remember()
    this.core.followOrders(url !== null)
    if (url) this.startSweep()
    else this.stop()
  }

  get target(): string | null {
    return this.url
  }

  private startSweep(): void {
    if (this.timer) return
    this.timer = setInterval(() => this.sweep(), 1_000)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Queues pushes for what changed since the last look (bringing orders up to date is the caller's job). */
  collect(): void {
    if (!this.url) return
    // Only an order reached since the last look can have a new status (state/core.ts notes them).
    const { orders, auxOrders } = this.core.reached()
    for (const o of orders) {
      if (this.announced.get(o.orderNo) === o.status) continue
      this.announced.set(o.orderNo, o.status)
      for (const body of this.orderPushes(o)) this.enqueue(body)
    }
    for (const a of auxOrders) {
      const key = `aux:${a.auxOrderNo}`
      if (this.announced.get(key) === a.status) continue
      this.announced.set(key, a.status)
      this.enqueue(this.auxPush(a))
    }
  }

  private sweep(): void {
    settleAll(this.core)
    this.collect()
    void this.core.flush()
  }

  private envelopeFor(type: string, orderNo: string, partnerOrderNo: string): Record<string, unknown> {
    const timestamp = String(Math.floor(this.core.baseClock.now() / 1000))
    return {
      authentication: { sign: expectedSign(this.core.account.appKey, this.core.account.appSecret, timestamp), timestamp },
      traceId: traceId('inform', this.core.now()),
      type,
      orderNo,
      partnerOrderNo
    }
  }

  private orderPushes(o: Order): Record<string, unknown>[] {
    const passengers = o.passengers.map((p) => ({ paxId: p.paxId, name: p.name, paxType: p.paxType }))
    const type = o.orderType === 'ticket' ? 'orderStatus' : o.orderType === 'reissue' ? 'change' : o.orderType
    const feeInfo =
      o.orderType === 'reissue'
        ? { currency: o.currency, totalPrice: Number(o.totalPrice), changeFee: Number(o.changeFee ?? 0), fareDifference: Number(o.fareDifference ?? 0) }
        : o.orderType === 'refund' || o.orderType === 'void'
          ? { currency: o.currency, refundAmount: Number(o.refundAmount ?? 0), ...(o.refundFee !== undefined ? { refundFee: Number(o.refundFee) } : {}) }
          : undefined
    const pushes: Record<string, unknown>[] = [
      {
        ...this.envelopeFor(type, o.orderNo, o.partnerOrderNo),
        orderStatus: Number(o.status),
        ...(o.originalOrderNo ? { originalOrderNo: o.originalOrderNo } : {}),
        info: { segments: o.segments, Passengers: passengers, ...(feeInfo ? { feeInfo } : {}) }
      }
    ]
    // Ticket numbers have their own push type, sent when they exist.
    if (o.ticketInfo && (o.status === '13' || o.status === '61')) {
      pushes.push({ ...this.envelopeFor('ticketNo', o.orderNo, o.partnerOrderNo), info: { ticketInfo: o.ticketInfo, segments: o.segments, Passengers: passengers } })
    }
    return pushes
  }

  private auxPush(a: AuxOrder): Record<string, unknown> {
    const order = this.core.state.orders[a.orderNo]
    return {
      ...this.envelopeFor('ancillaryOrderStatus', a.orderNo, order?.partnerOrderNo ?? ''),
      orderStatus: AUX_PUSH_STATUS[a.status] ?? Number(a.status),
      info: { Ancillary: [{ auxOrderNo: a.auxOrderNo, auxOrderStatus: a.status }] }
    }
  }

  private enqueue(body: Record<string, unknown>): void {
    if (!this.url) return
    const push: Push = { url: this.url, body, attempts: 0, delivered: false }
    this.queue.push(push)
    this.sent.push(push)
    if (this.sent.length > 500) this.sent.splice(0, this.sent.length - 500)
    void this.drain()
  }

  /** One push at a time, in order, so the partner sees changes in the order they happened. */
  private async drain(): Promise<void> {
    if (this.sending) return
    this.sending = true
    try {
      while (this.queue.length > 0) {
        const push = this.queue[0] as Push
        const ok = await deliver(push)
        if (ok || push.attempts > RETRY_DELAYS_MS.length) {
          this.queue.shift()
          continue
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[push.attempts - 1]).unref())
      }
    } finally {
      this.sending = false
    }
  }
}

async function deliver(push: Push): Promise<boolean> {
  push.attempts++
  try {
    const payload = Buffer.from(JSON.stringify(push.body))
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(push.url, { method: 'POST', headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': payload.length }, timeout: 10_000 }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      })
      req.on('timeout', () => req.destroy(new Error('push timed out')))
      req.on('error', reject)
      req.end(payload)
    })
    const code = (JSON.parse(answer.text) as { code?: unknown }).code
    push.delivered = answer.status === 200 && (code === '000000' || code === '0')
    if (!push.delivered) push.lastError = `HTTP ${answer.status}, code ${String(code)}`
  } catch (error) {
    push.lastError = error instanceof Error ? error.message : String(error)
  }
  return push.delivered
}
