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
 * JSON.parse that keeps integers too large for a double (17-digit order numbers and offerIds that
 * FR24 sometimes sends as JSON numbers) as their exact digits, in a string.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text, function keepLongIntegers(this: unknown, _key: string, value: unknown, context?: { source?: string }) {
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value) && context?.source) {
      return /^-?\d+$/.test(context.source) ? context.source : value
    }
    return value
  } as (this: unknown, key: string, value: unknown) => unknown)
}
