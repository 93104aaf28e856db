/**
 * The one redaction step for everything that leaves memory as text: log lines, error reports,
 * wire-log entries, support bundles — and, with redactSecretsDeep, every answer and event that
 * crosses to the window. It works on keys (we know what `cardNum` holds) and on
 * values (a secret pasted into an error message is still a secret).
 */

const MASK = '[redacted]'

/** Keys whose values are never shown, compared without case, `-` or `_`. */
const SECRET_KEYS = new Set(
  [
    'appSecret',
    'secret',
    'aesKey',
    'aesSecret',
    'password',
    'tktgPassword',
    'tktgAccount',
    'sign',
    'signature',
    'authorization',
    'token',
    'passengers', // as a string it is the encrypted passenger blob
    'decodePassengers',
    'cardNum',
    'cardNo',
    'passport',
    'passportNo',
    'passportNumber',
    'documentNumber',
    'idNumber',
    'birthday',
    'birthDate',
    'dateOfBirth',
    'email',
    'agentEmail',
    'paxEmail',
    'billingEmail',
    'mobile',
    'paxMobile',
    'phone',
    'phoneNumber',
    'content' // fileUpload bytes
  ].map(normaliseKey)
)

/** Keys whose value is an object or list of personal data: keep the shape, not the data. */
const PERSONAL_CONTAINERS = new Set(['passengers', 'decodePassengers'].map(normaliseKey))

const registered = new Set<string>()
/** The registered secrets, longest first (so a secret that contains another is masked whole); rebuilt on change. */
let longestFirst: readonly string[] = []
/** The ones long enough to look for in bulk data (see BULK_MIN_LENGTH). */
let bulkLongestFirst: readonly string[] = []
let bulkShortest = Infinity

/**
 * In bulk data (every answer and event crossing to the window) a secret is looked for only from
 * this length. A shorter one would hit ordinary words and digits there: FR24's documented
 * example keys are "test" and "123456", and masking those would rewrite environments, order
 * numbers and amounts the agent acts on. Such a key is guessable anyway; it is still masked in
 * log lines and in FR24's own texts (message, traceId), which go through redactText.
 */
export const BULK_MIN_LENGTH = 8

function normaliseKey(key: string): string {
  return key.replace(/[-_\s]/g, '').toLowerCase()
}

/**
 * Remembers a secret so that it is masked wherever it later shows up inside any string
 * (an FR24 message that echoes it, an exception text…). Very short values are ignored: masking
 * every "12" in a log would hide more than it protects.
 */
export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string') return
  const trimmed = value.trim()
  if (trimmed.length < 4 || registered.has(trimmed)) return
  registered.add(trimmed)
  sortSecrets()
}

export function forgetSecret(value: string): void {
  if (registered.delete(value.trim())) sortSecrets()
}

function sortSecrets(): void {
  longestFirst = [...registered].sort((a, b) => b.length - a.length)
  bulkLongestFirst = longestFirst.filter((secret) => secret.length >= BULK_MIN_LENGTH)
  bulkShortest = Math.min(...bulkLongestFirst.map((secret) => secret.length))
}

// A SHA-512 hex digest is a request signature: valid for minutes, so never logged.
const SIGN_PATTERN = /\b[0-9a-fA-F]{128}\b/g
// Long Base64 runs are encrypted passenger lists or uploaded files: opaque, but not for logs.
const BLOB_PATTERN = /[A-Za-z0-9+/]{64,}={0,2}/g
// These run on every log line, so each must take linear time on any text: redact.test.ts has a
// ReDoS checker (recheck) judge every one. An unbounded `+` before a literal, or three `\s*` in a
// row, made hostile text cost quadratic or cubic time.
// The look-behind lets a local part start only where a run of its characters starts: without it,
// every position inside "a.a.a.…" was a new start that scanned ahead again (quadratic).
// RFC 5321 limits the domain to 255.
const EMAIL_PATTERN = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}/g
// Phone numbers in free text are recognised only with a leading +; plain digit runs are order numbers.
const PHONE_PATTERN = /\+\d[\d\s-]{6,24}\d/g
// Passport-like tokens right after a word that says what they are.
const DOCUMENT_PATTERN = /\b(passport|cardNum|document)(\s{0,8}(?:no\.?|number|#)?\s{0,8}[:=]?\s{0,8})([A-Z0-9]{5,20})\b/gi

/** The free-text patterns, for the test that checks each runs in linear time. */
export const TEXT_PATTERNS: readonly RegExp[] = [SIGN_PATTERN, BLOB_PATTERN, EMAIL_PATTERN, PHONE_PATTERN, DOCUMENT_PATTERN]

export function redactText(text: string): string {
  return maskSecrets(text, longestFirst)
    .replace(SIGN_PATTERN, '[sign]')
    .replace(BLOB_PATTERN, '[blob]')
    .replace(EMAIL_PATTERN, '[email]')
    .replace(PHONE_PATTERN, '[phone]')
    .replace(DOCUMENT_PATTERN, (_m, word: string, sep: string) => `${word}${sep}${MASK}`)
}

function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(MASK)
  }
  return out
}

/**
 * The pass every answer and event takes on its way to the window: each string value with a
 * registered secret (of BULK_MIN_LENGTH or more) in it is masked. Only exact secrets, never the
 * patterns redactText adds: those are for logs, and in data they would hide the passenger's
 * e-mail or phone the agent typed. Copy-on-write: what holds no secret comes back as the very
 * same object (callers can tell with `!==`), and nothing is allocated for it.
 * On a 2,000-offer answer (4.6 MB of JSON) it takes about half as long as JSON.parse of that text
 * (bench/answers.ts), against the structured clone or JSON text the answer is turned into next.
 */
export function redactSecretsDeep<T>(value: T): T {
  if (bulkLongestFirst.length === 0) return value
  return maskDeep(value, bulkLongestFirst, bulkShortest) as T
}

function maskDeep(value: unknown, secrets: readonly string[], shortest: number): unknown {
  if (typeof value === 'string') return value.length < shortest ? value : maskSecrets(value, secrets)
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const before: unknown = value[i]
      const after = maskDeep(before, secrets, shortest)
      if (after !== before) (copy ??= value.slice())[i] = after
    }
    return copy ?? value
  }
  const record = value as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  for (const key of Object.keys(record)) {
    const before = record[key]
    const after = maskDeep(before, secrets, shortest)
    if (after !== before) (copy ??= { ...record })[key] = after
  }
  return copy ?? value
}

/**
 * Returns a redacted deep copy: strings are scrubbed, values under sensitive keys are masked.
 * Errors become plain objects (name, message, stack) first, so nothing escapes via a thrown value.
 */
export function redact<T>(value: T): T {
  return scrub(value, new WeakSet()) as T
}

function scrub(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value)
  if (value === null || typeof value !== 'object') return value
  if (seen.has(value)) return '[circular]'
  seen.add(value)
  if (value instanceof Error) {
    const plain: Record<string, unknown> = { name: value.name, message: value.message }
    if (value.stack) plain.stack = value.stack
    for (const [k, v] of Object.entries(value)) plain[k] = v
    return scrubObject(plain, seen)
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, seen))
  if (value instanceof Uint8Array) return `[${value.length} bytes]`
  if (value instanceof Date) return value.toISOString()
  return scrubObject(value as Record<string, unknown>, seen)
}

function scrubObject(record: Record<string, unknown>, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(record)) {
    const k = normaliseKey(key)
    if (PERSONAL_CONTAINERS.has(k) && v !== null && typeof v === 'object') {
      out[key] = Array.isArray(v) ? `[${v.length} passengers]` : MASK
    } else if (SECRET_KEYS.has(k) && v !== null && v !== undefined && v !== '') {
      out[key] = MASK
    } else {
      out[key] = scrub(v, seen)
    }
  }
  return out
}
