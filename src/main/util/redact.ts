/**
 * The one redaction step for everything that leaves memory as text: log lines, error reports,
 * wire-log entries, support bundles. It works on keys (we know what `cardNum` holds) and on
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
  if (trimmed.length < 4) return
  registered.add(trimmed)
}

export function forgetSecret(value: string): void {
  registered.delete(value.trim())
}

// A SHA-512 hex digest is a request signature: valid for minutes, so never logged.
const SIGN_PATTERN = /\b[0-9a-fA-F]{128}\b/g
// Long Base64 runs are encrypted passenger lists or uploaded files: opaque, but not for logs.
const BLOB_PATTERN = /[A-Za-z0-9+/]{64,}={0,2}/g
// Every quantifier below is bounded: these run on every log line, and an unbounded `+` before a
// literal (or three `\s*` in a row) made hostile text cost quadratic or cubic time.
// RFC 5321 limits: local part 64, domain 255.
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}/g
// Phone numbers in free text are recognised only with a leading +; plain digit runs are order numbers.
const PHONE_PATTERN = /\+\d[\d\s-]{6,24}\d/g
// Passport-like tokens right after a word that says what they are.
const DOCUMENT_PATTERN = /\b(passport|cardNum|document)(\s{0,8}(?:no\.?|number|#)?\s{0,8}[:=]?\s{0,8})([A-Z0-9]{5,20})\b/gi

export function redactText(text: string): string {
  let out = text
  // Longest first, so a secret that contains another is masked whole.
  const secrets = [...registered].sort((a, b) => b.length - a.length)
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(MASK)
  }
  return out
    .replace(SIGN_PATTERN, '[sign]')
    .replace(BLOB_PATTERN, '[blob]')
    .replace(EMAIL_PATTERN, '[email]')
    .replace(PHONE_PATTERN, '[phone]')
    .replace(DOCUMENT_PATTERN, (_m, word: string, sep: string) => `${word}${sep}${MASK}`)
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
