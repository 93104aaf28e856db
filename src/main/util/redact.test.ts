import { afterEach, describe, expect, it } from 'vitest'
import { checkSync } from 'recheck'
import { BULK_MIN_LENGTH, forgetSecret, redact, redactSecretsDeep, redactText, registerSecret, TEXT_PATTERNS } from './redact'

describe('redact', () => {
  const canary = 'CANARY-appSecret-7f3e91'
  afterEach(() => forgetSecret(canary))

  it('masks values under sensitive keys at any depth, keeping the rest', () => {
    const out = redact({
      orderNo: '18599020016177152',
      appKey: 'partner-key',
      appSecret: 's3cret-value',
      aesKey: '0123456789abcdef',
      authentication: { sign: 'abc', timestamp: '1671178033' },
      agentContact: { agentName: 'Richard/Martin', agentEmail: 'a@b.cn', mobile: '18105115459' },
      list: [{ cardNum: 'E12345678', birthday: '1990-01-15', name: 'ZHANG/SAN' }]
    })
    expect(out).toEqual({
      orderNo: '18599020016177152',
      appKey: 'partner-key',
      appSecret: '[redacted]',
      aesKey: '[redacted]',
      authentication: { sign: '[redacted]', timestamp: '1671178033' },
      agentContact: { agentName: 'Richard/Martin', agentEmail: '[redacted]', mobile: '[redacted]' },
      list: [{ cardNum: '[redacted]', birthday: '[redacted]', name: 'ZHANG/SAN' }]
    })
  })

  it('replaces the encrypted passenger blob and passenger lists', () => {
    expect(redact({ passengers: 'Jltj0mYeuV8bdPbOE9GS86o6e0k=' })).toEqual({ passengers: '[redacted]' })
    expect(redact({ passengers: [{ paxId: 1 }, { paxId: 2 }] })).toEqual({ passengers: '[2 passengers]' })
  })

  it('masks a registered secret wherever it appears inside any string', () => {
    registerSecret(canary)
    expect(redactText(`FR24 said: bad secret ${canary}!`)).toBe('FR24 said: bad secret [redacted]!')
    expect(redact({ deep: [{ note: `x${canary}y` }] })).toEqual({ deep: [{ note: 'x[redacted]y' }] })
  })

  it('ignores secrets too short to mask safely', () => {
    registerSecret('12')
    expect(redactText('order 1234')).toBe('order 1234')
  })

  it('masks signatures, e-mails, +phone numbers and labelled passport numbers in free text, not order numbers', () => {
    const sign = 'a'.repeat(128)
    const text = `sign ${sign} from a.szcmqygqts@masc.lb call +86 181 0511 5459 passport no: E12345678 order 18599020016177152`
    expect(redactText(text)).toBe('sign [sign] from [email] call [phone] passport no: [redacted] order 18599020016177152')
  })

  it('masks long Base64 blobs (encrypted passengers) in free text', () => {
    const blob = 'Jltj0mYeuV8bdPbOE9GS86o6e0kHqpKCJO1pVHahh9uhwOqZpyu3/Cpw88iQqDoYxi87SeMoYLiuaPtwsbp7gvhK=='
    expect(redactText(`cannot decrypt ${blob} now`)).toBe('cannot decrypt [blob] now')
    expect(redactText('order_NEWAPI250117113939340071145')).toBe('order_NEWAPI250117113939340071145')
  })

  it('turns errors into plain, redacted objects', () => {
    registerSecret(canary)
    const out = redact({ error: new Error(`failed with ${canary}`) }) as { error: { name: string; message: string } }
    expect(out.error.name).toBe('Error')
    expect(out.error.message).toBe('failed with [redacted]')
    expect(JSON.stringify(out)).not.toContain(canary)
  })

  // A verdict, not a stopwatch: recheck (automaton and fuzzing) decides whether a pattern can be
  // driven into super-linear backtracking. Seeded, so the verdict is the same on every run.
  const judge = (source: string, flags: string) => checkSync(source, flags, { randomSeed: 1, timeout: 30_000 }).status

  it('runs every free-text pattern in linear time, as a ReDoS checker judges it (they run on every log line)', () => {
    for (const pattern of TEXT_PATTERNS) {
      expect({ pattern: pattern.source, verdict: judge(pattern.source, pattern.flags) }).toEqual({ pattern: pattern.source, verdict: 'safe' })
    }
    // The checker is not a rubber stamp: the patterns that once took seconds per line are caught.
    expect(judge(String.raw`\b(passport)(\s*(?:no\.?|number|#)?\s*[:=]?\s*)([A-Z0-9]{5,20})\b`, 'gi')).toBe('vulnerable')
    expect(judge(String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`, 'g')).toBe('vulnerable')
    // Hostile texts of that kind hold nothing to mask and come back whole.
    for (const hostile of ['passport' + ' '.repeat(3000) + '!', 'a.'.repeat(25_000), ('eyJhbGciOiJIUzI1NiJ9'.repeat(2) + '.').repeat(1000) + '@']) {
      expect(redactText(hostile)).toBe(hostile)
    }
    // Still masks what it did before, and a local part of any length.
    expect(redactText('passport   no.  E12345678 / mail x.y_z@mail.example.com')).toBe('passport   no.  [redacted] / mail [email]')
    expect(redactText(`to ${'ab.'.repeat(30)}x@mail.example.com.`)).toBe('to [email].')
  }, 120_000)

  it('survives cycles and binary data', () => {
    const a: Record<string, unknown> = { n: 1, bytes: new Uint8Array(3) }
    a.self = a
    expect(redact(a)).toEqual({ n: 1, bytes: '[3 bytes]', self: '[circular]' })
  })
})

describe('redactSecretsDeep (what crosses to the window)', () => {
  const appSecret = 'CANARY-appSecret-0b9d44'
  const appKey = 'canary-agency-key-77'
  afterEach(() => {
    for (const secret of [appSecret, appKey, `${appKey}-long`, '123456', 'test']) forgetSecret(secret)
  })

  it('masks a registered secret in every string value at any depth, and nothing else', () => {
    registerSecret(appSecret)
    registerSecret(appKey)
    const answer = {
      traceId: `balance_${appSecret}`,
      list: [{ note: `key ${appKey} and ${appSecret}` }, 'plain', 7, null, true],
      nested: { deeper: { message: appKey } },
      // Data the agent typed or reads stays as it is: no e-mail, phone or passport patterns here.
      contact: { email: 'agent@desk.example', mobile: '+86 181 0511 5459', passport: 'passport no: E12345678' }
    }
    const before = structuredClone(answer)
    expect(redactSecretsDeep(answer)).toEqual({
      traceId: 'balance_[redacted]',
      list: [{ note: 'key [redacted] and [redacted]' }, 'plain', 7, null, true],
      nested: { deeper: { message: '[redacted]' } },
      contact: { email: 'agent@desk.example', mobile: '+86 181 0511 5459', passport: 'passport no: E12345678' }
    })
    expect(answer).toEqual(before) // the handler's own object is never changed
  })

  it('gives back the very same objects where nothing was masked (no copy of a large answer)', () => {
    registerSecret(appSecret)
    const clean = { offers: [{ offerId: '18599020016177153', price: 355.22 }], more: { a: ['x'] } }
    expect(redactSecretsDeep(clean)).toBe(clean)
    const dirty = { offers: clean.offers, more: { a: [`x${appSecret}`] } }
    const out = redactSecretsDeep(dirty)
    expect(out).not.toBe(dirty)
    expect(out.offers).toBe(clean.offers) // only the branch with the secret is copied
    expect(out.more.a).toEqual(['x[redacted]'])
  })

  it('leaves secrets shorter than BULK_MIN_LENGTH to the log and FR24-text redaction', () => {
    // FR24's documented example keys: masking them in data would rewrite amounts and environments.
    registerSecret('123456')
    registerSecret('test')
    const answer = { environment: 'test', orderNo: '18599020016123456', amount: '1234567.00' }
    expect('123456'.length).toBeLessThan(BULK_MIN_LENGTH)
    expect(redactSecretsDeep(answer)).toBe(answer)
    expect(redactText('FR24: bad appSecret 123456 for test')).toBe('FR24: bad appSecret [redacted] for [redacted]')
    expect(redactText('trace balance_123456')).toBe('trace balance_[redacted]')
  })

  it('masks a secret that contains another one whole', () => {
    registerSecret(appKey)
    registerSecret(`${appKey}-long`)
    expect(redactSecretsDeep({ t: `x ${appKey}-long y` })).toEqual({ t: 'x [redacted] y' })
    expect(redactText(`x ${appKey}-long y`)).toBe('x [redacted] y')
  })
})

