/**
 * FR24 writes its own times (payment deadline, order creation time, balance query time, the
 * digits inside a traceId) without a zone. We read them as China Standard Time, UTC+08:00, which
 * has had no daylight saving since 1991 — an inference recorded in docs/fr24-inferences.md (Z1).
 * This is the only place that assumption lives. Flight times are NOT read here: they stay
 * airport-local strings.
 */
export const SERVER_UTC_OFFSET_MINUTES = 8 * 60

const SHAPES: RegExp[] = [
  // 2025-01-17T11:49, 2025-01-17T11:49:05, 2025-01-17 11:49:05
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/,
  // selectBalance: 2024/01/01 12:00:00 (sent with a trailing space)
  /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/
]

/** Epoch milliseconds for an FR24 server time, or undefined when the text is not one. */
export function parseServerTime(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string') return undefined
  const trimmed = text.trim()
  for (const shape of SHAPES) {
    const m = shape.exec(trimmed)
    if (!m) continue
    const [year, month, day, hour, minute, second] = m.slice(1).map((p) => (p === undefined ? 0 : Number(p)))
    if (!valid(year!, month!, day!, hour!, minute!, second!)) return undefined
    const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!)
    return utc - SERVER_UTC_OFFSET_MINUTES * 60_000
  }
  return undefined
}

/** The time FR24 stamped into a traceId (`…_NEWAPI` + YYMMDDHHmmss), if it has one. */
export function traceIdTime(traceId: string): number | undefined {
  const m = /NEWAPI(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(traceId)
  if (!m) return undefined
  const [yy, mo, dd, hh, mi, ss] = m.slice(1)
  return parseServerTime(`20${yy}-${mo}-${dd}T${hh}:${mi}:${ss}`)
}

/** Formats epoch ms as FR24 writes deadlines (`YYYY-MM-DDTHH:mm`, China time). */
export function formatServerTime(epochMs: number): string {
  const d = new Date(epochMs + SERVER_UTC_OFFSET_MINUTES * 60_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59 || d < 1) return false
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  return d <= daysInMonth
}
