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
 * (a message quoting ": 12345678901234567"); that only sends the text down the slower exact path,
 * never changes it. Two patterns, not one with `^|`: the alternation makes the scan twice as slow.
 * About a quarter of a bare JSON.parse of the same text (bench/answers.ts).
 */
const LONG_NUMBER_VALUE = /[:,[]\s*-?\d[\d.]{15}/
const LONG_NUMBER_TEXT = /^\s*-?\d[\d.]{15}/

/** A double holds 15 significant digits for sure; from 16 on, digits can change (9007199254740993). */
const EXACT_DIGITS = 15

/**
 * JSON.parse that keeps numbers with 16 or more significant digits (17-digit order numbers and
 * offerIds FR24 sometimes sends as JSON numbers, and amounts like 99999999999999.99) as the exact
 * digits FR24 wrote, in a string; amounts downstream take decimal strings (money.ts toDecimal).
 * Exponent forms stay numbers (FR24 does not write them; an amount string must be plain digits).
 *
 * The reviver that does this makes JSON.parse several times slower, so it runs only when the text
 * holds a long number at all, which an ordinary answer (ids are strings) does not.
 */
export function parseJsonText(text: string): unknown {
  return mayHoldLongNumber(text) ? JSON.parse(text, keepLongNumbers as Reviver) : JSON.parse(text)
}

/** Whether parseJsonText has to take the exact (slower) path for this text. */
export function mayHoldLongNumber(text: string): boolean {
  return LONG_NUMBER_VALUE.test(text) || LONG_NUMBER_TEXT.test(text)
}

type Reviver = (this: unknown, key: string, value: unknown) => unknown

/** Node's JSON.parse hands a reviver the token's source text (JSON.parse source text access). */
function keepLongNumbers(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number') return value
  const source = context?.source
  // Fewer than 16 characters cannot hold 16 digits: the common case leaves here.
  if (source === undefined || source.length <= EXACT_DIGITS) return value
  return significantDigits(source) > EXACT_DIGITS ? source : value
}

/** Digits from the first non-zero one, for a plain decimal; 0 for an exponent form (kept a number). */
function significantDigits(source: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(source)) return 0
  return source.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length
}
