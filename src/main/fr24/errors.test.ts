import { describe, expect, it } from 'vitest'
import { DeskError } from '../../shared/errors'
import { actionForCode, isSuccess, isTransientCode } from './codes'
import { toDeskError } from './deskError'
import { Fr24Error, type Fr24ErrorDetails } from './errors'

describe('FR24 code → next action', () => {
  it.each([
    // inferred credential codes, from the one table
    ['10100001', 'check-credentials'],
    ['10100002', 'check-credentials'],
    ['10100003', 'check-credentials'],
    ['10100004', 'check-credentials'],
    ['10100020', 'check-credentials'],
    // everything else by the resolution digits
    ['10100010', 'fix-input'],
    ['10100021', 'fix-input'],
    ['10100030', 'fix-input'],
    ['10200001', 'read-docs'],
    ['10300001', 'contact-account-manager'],
    ['20400001', 'contact-fr24'],
    ['20500001', 'retry-now'],
    ['20600001', 'retry-later'],
    ['10701001', 'search-again'],
    ['10701298', 'search-again'],
    ['20800001', 'retry-later'],
    ['20901997', 'contact-fr24'],
    ['21000001', 'try-other-options'],
    ['21100001', 'retry-now'],
    ['11200001', 'not-supported'],
    ['11301002', 'fix-input'],
    // V1 payment codes
    ['52', 'reprice'],
    ['54', 'check-order'],
    ['56', 'top-up-balance'],
    ['58', 'check-order'],
    ['40', 'contact-account-manager'],
    ['41', 'contact-account-manager'],
    ['57', 'contact-account-manager'],
    ['306', 'contact-account-manager'],
    // FR24's own client: purchaser identity mismatch
    ['304016', 'search-again'],
    ['000304016', 'search-again'],
    // unknown
    ['-1', 'contact-fr24'],
    ['12345', 'contact-fr24'],
    ['19900001', 'contact-fr24']
  ])('%s → %s', (code, action) => {
    expect(actionForCode(code)).toBe(action)
  })

  it('treats "000000" and "0" as success and only 05/11 codes as transient', () => {
    expect(isSuccess('000000')).toBe(true)
    expect(isSuccess('0')).toBe(true)
    expect(isSuccess('00000')).toBe(false)
    expect(isTransientCode('20500001')).toBe(true)
    expect(isTransientCode('21100001')).toBe(true)
    expect(isTransientCode('20600001')).toBe(false)
    expect(isTransientCode('56')).toBe(false)
  })
})

describe('toDeskError', () => {
  const valid = (e: unknown) => DeskError.parse(e)

  it('turns an FR24 refusal into kind fr24 with code, traceId and action', () => {
    const e = new Fr24Error({ kind: 'fr24', endpoint: 'ticketing', code: '56', fr24Message: 'Account balance insufficient', message: 'x', traceId: 'pay_NEWAPI1' })
    expect(valid(toDeskError(e))).toEqual({
      kind: 'fr24',
      code: '56',
      traceId: 'pay_NEWAPI1',
      action: 'top-up-balance',
      message: 'FR24 did not accept the payment and ticketing: Account balance insufficient (code 56).',
      messageKey: 'fr24.failure.fr24',
      params: { operation: { key: 'fr24.operation.ticketing' }, fr24Message: 'Account balance insufficient', code: '56' }
    })
  })

  it('reports credential codes as auth', () => {
    const e = new Fr24Error({ kind: 'fr24', endpoint: 'shopping', code: '10100003', fr24Message: 'sign mismatch', message: 'x' })
    expect(toDeskError(e)).toMatchObject({ kind: 'auth', action: 'check-credentials', code: '10100003' })
  })

  it('makes a lost answer to a write uncertain, with check-order', () => {
    const e = new Fr24Error({ kind: 'timeout', endpoint: 'booking', message: 'x', timeoutMs: 180000 }).asUncertain()
    const d = valid(toDeskError(e))
    expect(d).toMatchObject({ kind: 'uncertain', action: 'check-order', code: 'TIMEOUT' })
    expect(d.message).toMatch(/booking.*may have gone through.*check the order/i)
  })

  it.each([
    [{ kind: 'http', status: 502 }, 'network', 'HTTP_502', 'retry-later'],
    [{ kind: 'http', status: 401 }, 'auth', 'HTTP_401', 'check-credentials'],
    [{ kind: 'http', status: 404 }, 'network', 'HTTP_404', 'report-bug'],
    [{ kind: 'timeout', timeoutMs: 30000 }, 'network', 'TIMEOUT', 'retry-later'],
    [{ kind: 'refused' }, 'network', 'CONNECTION_REFUSED', 'retry-later'],
    [{ kind: 'dns' }, 'network', 'DNS', 'retry-later'],
    [{ kind: 'tls', cause: 'CERT_HAS_EXPIRED' }, 'network', 'TLS', 'contact-fr24'],
    [{ kind: 'reset' }, 'network', 'CONNECTION_RESET', 'retry-now'],
    [{ kind: 'truncated' }, 'network', 'TRUNCATED', 'retry-now'],
    [{ kind: 'not-json' }, 'network', 'NOT_JSON', 'retry-later'],
    [{ kind: 'shape', fields: ['orderNo'] }, 'fr24', 'RESPONSE_SHAPE', 'report-bug'],
    [{ kind: 'credentials' }, 'auth', 'CREDENTIALS', 'check-credentials'],
    [{ kind: 'invalid-request', fields: ['adultNum'] }, 'validation', 'INVALID_REQUEST', 'fix-input']
  ] as const)('%o → %s %s %s', (details, kind, code, action) => {
    const e = new Fr24Error({ endpoint: 'orderDetail', message: 'technical text', ...(details as unknown as Pick<Fr24ErrorDetails, 'kind'>) })
    expect(valid(toDeskError(e))).toMatchObject({ kind, code, action })
  })

  it('says distinct, readable things for distinct failures', () => {
    const say = (d: object) => toDeskError(new Fr24Error({ endpoint: 'orderDetail', message: 'm', ...d } as never)).message
    const messages = [
      say({ kind: 'timeout', timeoutMs: 30000 }),
      say({ kind: 'refused' }),
      say({ kind: 'tls', cause: 'CERT_HAS_EXPIRED' }),
      say({ kind: 'reset' }),
      say({ kind: 'truncated' }),
      say({ kind: 'not-json' }),
      say({ kind: 'http', status: 503 })
    ]
    expect(new Set(messages).size).toBe(messages.length)
    expect(messages[0]).toBe('FR24 did not answer the order lookup within 30 seconds.')
    expect(messages[2]).toContain('CERT_HAS_EXPIRED')
  })

  it('keeps a cancelled search without an action and anything unknown as internal', () => {
    expect(toDeskError(new Fr24Error({ kind: 'cancelled', endpoint: 'shopping', message: 'm' }))).toEqual({
      kind: 'cancelled',
      code: 'CANCELLED',
      message: 'The flight search was cancelled.',
      messageKey: 'fr24.failure.cancelled',
      params: { operation: { key: 'fr24.operation.shopping' } }
    })
    expect(valid(toDeskError(new TypeError('boom')))).toMatchObject({ kind: 'internal', action: 'report-bug' })
    expect(valid(toDeskError('odd'))).toMatchObject({ kind: 'internal' })
  })
})
