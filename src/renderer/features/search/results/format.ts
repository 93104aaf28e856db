/**
 * How a row's facts read in the agent's language. Times in a row are airport-local wall-clock
 * times ('YYYY-MM-DDTHH:mm', no zone): they are read and printed as UTC so the machine's own
 * zone never shifts them.
 */

function wallClock(local: string): Date {
  return new Date(`${local}:00Z`)
}

// Building an Intl formatter costs far more than using one, and a 2,000-offer answer formats
// tens of thousands of times and prices: one formatter per language (and currency), kept.
function kept<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = make()
    cache.set(key, formatter)
  }
  return formatter
}
const clocks = new Map<string, Intl.DateTimeFormat>()
const moments = new Map<string, Intl.DateTimeFormat>()
const days = new Map<string, Intl.DateTimeFormat>()
const prices = new Map<string, Intl.NumberFormat>()

/** 24-hour clock, as fares and timetables are read at a desk. */
export function clockText(language: string, local: string): string {
  const format = kept(clocks, language, () => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }))
  return format.format(wallClock(local))
}

/** "Mon 12 Jan" / "1月12日周一". */
export function dayText(language: string, local: string): string {
  const format = kept(days, language, () => new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }))
  return format.format(wallClock(local))
}

/** The mark beside an arrival on another date than the departure: "+1", "+2", "−1"; nothing on the same day. */
export function dayMark(dayOffset: number): string {
  if (dayOffset === 0) return ''
  return dayOffset > 0 ? `+${dayOffset}` : `\u2212${-dayOffset}`
}

export function hoursAndMinutes(totalMinutes: number): { h: number; m: number } {
  const minutes = Math.max(0, Math.round(totalMinutes))
  return { h: Math.floor(minutes / 60), m: minutes % 60 }
}

/** A price in the offer's currency, from the decimal string main sent (formatted exactly, not through a float). */
export function moneyText(language: string, amount: string, currency: string): string {
  try {
    const format = kept(prices, `${language}|${currency}`, () => new Intl.NumberFormat(language, { style: 'currency', currency }))
    return format.format(amount as Intl.StringNumericLiteral)
  } catch {
    // A currency code Intl does not know still reads as the code and the amount.
    return `${currency} ${amount}`
  }
}

/** An instant (epoch ms) as a date and time on the agent's machine, in the agent's language. */
export function momentText(language: string, ms: number): string {
  return kept(moments, language, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })).format(ms)
}

/**
 * Builds the formatters the results use, ahead of the first answer (called while the agent fills
 * the form). The first Intl formatter of a window loads the language's data: 20–30 ms that were
 * otherwise spent between the first 2,000-offer answer arriving and its first rows painted.
 */
export function warmFormatters(language: string, currency = 'CNY'): void {
  clockText(language, '2026-01-01T00:00')
  dayText(language, '2026-01-01T00:00')
  momentText(language, 0)
  moneyText(language, '0', currency)
}
