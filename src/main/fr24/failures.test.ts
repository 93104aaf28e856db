import { describe, expect, it } from 'vitest'
import { translate, type MessageKey } from '../../shared/text'
import { forgetSecret, registerSecret } from '../util/redact'
import { toDeskError } from './deskError'
import { Fr24Error, fromTransport } from './errors'
import { FAILURES, mayHaveActed, retryable, type Fr24FailureKind } from './failures'
import { TransportError } from './http'

const KINDS = Object.keys(FAILURES) as Fr24FailureKind[]

describe('the failure table', () => {
  it('carries whether the request was sent on the error itself', () => {
    const refused = fromTransport('booking', new TransportError('refused', 'no', 'ECONNREFUSED'), 1000)
    expect(refused.sent).toBe('no')
    expect(mayHaveActed(refused)).toBe(false)
    const connectTimeout = fromTransport('selectBalance', new TransportError('timeout', 'no', 'UND_ERR_CONNECT_TIMEOUT'), 1000)
    const answerTimeout = fromTransport('selectBalance', new TransportError('timeout', 'maybe'), 1000)
    expect([connectTimeout.sent, retryable(connectTimeout), mayHaveActed(connectTimeout)]).toEqual(['no', true, false])
    expect([answerTimeout.sent, retryable(answerTimeout), mayHaveActed(answerTimeout)]).toEqual(['maybe', false, true])
    // The copy made when a write is left open keeps it.
    expect(connectTimeout.asUncertain().sent).toBe('no')
  })

  it('sorts anything that is not a transport failure as internal, never network', () => {
    const bug = fromTransport('selectBalance', new TypeError('x is undefined'), 1000)
    expect(bug).toMatchObject({ kind: 'internal', sent: 'maybe', action: 'report-bug', causeCode: 'TypeError' })
    expect(retryable(bug)).toBe(false)
    expect(mayHaveActed(bug)).toBe(false)
    expect(toDeskError(bug)).toMatchObject({ kind: 'internal', code: 'INTERNAL', action: 'report-bug' })
  })

  it('has, for every kind, a sentence in both languages with every fill filled', () => {
    for (const kind of KINDS) {
      const e = new Fr24Error({ kind, endpoint: 'booking', message: 'detail', code: '20400001', status: 502, timeoutMs: 30000, fields: ['orderNo'], cause: 'CERT_HAS_EXPIRED' })
      const d = toDeskError(e)
      const lost = toDeskError(e.asUncertain())
      for (const error of [d, lost]) {
        const key = error.messageKey as MessageKey
        expect(error.message, kind).toBe(translate('en', key, error.params))
        const zh = translate('zh-CN', key, error.params)
        expect(zh, kind).not.toBe(error.message)
        expect(zh, kind).not.toMatch(/\{\{|booking/)
        expect(zh, kind).toContain('预订')
      }
    }
  })

  it('gives a lost write its reason, in the reader language', () => {
    const e = new Fr24Error({ kind: 'http', endpoint: 'ticketing', message: 'x', status: 504 }).asUncertain()
    const d = toDeskError(e)
    expect(d.message).toBe(
      'The answer to the payment and ticketing was lost (HTTP status 504). It may have gone through at FR24: check the order before trying again.'
    )
    expect(translate('zh-CN', d.messageKey as MessageKey, d.params)).toBe('支付出票的响应丢失（HTTP 状态 504）。FR24 可能已经处理：请先查看订单，再决定是否重试。')
  })

  it('redacts what FR24 wrote in the fills as in the message', () => {
    const secret = 'failure-table-secret-4f1c'
    registerSecret(secret)
    try {
      const e = new Fr24Error({ kind: 'fr24', endpoint: 'shopping', code: '10100003', message: 'x', fr24Message: `bad sign for ${secret}, write to ops@example.com` })
      const d = toDeskError(e)
      expect(d.params).toMatchObject({ fr24Message: 'bad sign for [redacted], write to [email]' })
      expect(d.message).toBe('FR24 did not accept the flight search: bad sign for [redacted], write to [email] (code 10100003).')
      const bug = toDeskError(new Fr24Error({ kind: 'internal', endpoint: 'shopping', message: `no ${secret} here` }))
      expect(JSON.stringify(bug)).not.toContain(secret)
    } finally {
      forgetSecret(secret)
    }
  })
})
