/**
 * FR24 wants amounts as JSON numbers (`"totalPrice": 355.22`). We hold them as decimal strings and
 * must not pass them through a binary float on the way out, so an amount is wrapped in
 * `JsonNumber` and written digit for digit.
 */
export class JsonNumber {
  readonly text: string
  constructor(decimal: string) {
    const trimmed = decimal.trim()
    if (!/^-?\d+(\.\d+)?$/.test(trimmed)) throw new Error('not a decimal amount')
    this.text = trimmed
  }
  toJSON(): string {
    // Reached only if someone uses JSON.stringify directly: better a string than a float.
    return this.text
  }
}

export function toJsonText(value: unknown): string {
  return write(value)
}

function write(value: unknown): string {
  if (value instanceof JsonNumber) return value.text
  if (value === null) return 'null'
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : write(v))).join(',')}]`
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new Error('cannot send a non-finite number')
      return JSON.stringify(value)
    case 'object': {
      const parts: string[] = []
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue
        parts.push(`${JSON.stringify(key)}:${write(v)}`)
      }
      return `{${parts.join(',')}}`
    }
    default:
      throw new Error(`cannot send a ${typeof value}`)
  }
}

/**
 * A number token at a value position (after `:`, `,` or `[`, or opening the text) with at least 16
 * digits-or-points: every number with 16 or more significant digits matches. Ids are strings in
 * FR24's answers, so their digits (after a `"`) do not. Digits inside a string may still match
 * (a message quoting ": 12345678901234567"); such a match is seen to be inside a string and left
 * alone. Two patterns, not one with `^|`: the alternation makes the scan twice as slow.
 * bench/answers.ts measures the scan and both paths against a bare JSON.parse.
 */
const LONG_NUMBER_VALUE = /[:,[]\s*-?\d[\d.]{15}/
const LONG_NUMBER_TEXT = /^\s*-?\d[\d.]{15}/
const LONG_NUMBER_VALUES = /[:,[]\s*(-?\d[\d.]{15})/g
const NUMBER_TOKEN = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** A double holds 15 significant digits for sure; from 16 on, digits can change (9007199254740993). */
const EXACT_DIGITS = 15

/**
 * JSON.parse that keeps numbers with 16 or more significant digits (17-digit order numbers and
 * offerIds FR24 sometimes sends as JSON numbers, and amounts like 99999999999999.99) as the exact
 * digits FR24 wrote, in a string; amounts downstream take decimal strings (money.ts toDecimal).
 * Exponent forms stay numbers (FR24 does not write them; an amount string must be plain digits).
 *
 * How: the long numbers are put in quotes in the text, then a bare JSON.parse reads it. A reviver
 * (JSON.parse source text access) did the same but is called for every value of the answer and made
 * a 2,000-offer search with one long id 5× slower than the bare parse (issue 10); the quoting costs
 * one pass over the quotes before the last long number, and nothing when there is none.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(mayHoldLongNumber(text) ? quoteLongNumbers(text) : text)
}

/** Whether parseJsonText has to take the exact (slower) path for this text. */
export function mayHoldLongNumber(text: string): boolean {
  return LONG_NUMBER_VALUE.test(text) || LONG_NUMBER_TEXT.test(text)
}

/** The text with every long number outside a string written as a string of its digits. */
function quoteLongNumbers(text: string): string {
  const starts: number[] = []
  const atStart = LONG_NUMBER_TEXT.exec(text)
  if (atStart) starts.push(atStart[0].length - atStart[0].trimStart().length)
  for (const match of text.matchAll(LONG_NUMBER_VALUES)) {
    const token = match[1] ?? ''
    starts.push((match.index ?? 0) + match[0].length - token.length)
  }
  const strings = new StringTracker(text)
  const parts: string[] = []
  let copied = 0
  for (const start of starts) {
    if (start < copied || strings.inside(start)) continue
    NUMBER_TOKEN.lastIndex = start
    const token = NUMBER_TOKEN.exec(text)?.[0]
    if (token === undefined || significantDigits(token) <= EXACT_DIGITS) continue
    parts.push(text.slice(copied, start), '"', token, '"')
    copied = start + token.length
  }
  if (copied === 0) return text
  parts.push(text.slice(copied))
  return parts.join('')
}

/**
 * Answers "is this position inside a JSON string?" for positions asked in increasing order, by
 * walking the quotes once from the start. Outside strings JSON has no quotes, so a quote not
 * escaped (an even run of backslashes before it) opens or closes a string.
 */
class StringTracker {
  private cursor = 0
  private open = false

  constructor(private readonly text: string) {}

  inside(position: number): boolean {
    for (;;) {
      const quote = this.text.indexOf('"', this.cursor)
      if (quote === -1 || quote >= position) return this.open
      this.cursor = quote + 1
      if (!this.escaped(quote)) this.open = !this.open
    }
  }

  private escaped(quote: number): boolean {
    let backslashes = 0
    while (quote - backslashes - 1 >= 0 && this.text.charCodeAt(quote - backslashes - 1) === 92) backslashes++
    return backslashes % 2 === 1
  }
}

/** Digits from the first non-zero one, for a plain decimal; 0 for an exponent form (kept a number). */
function significantDigits(source: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(source)) return 0
  return source.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length
}
