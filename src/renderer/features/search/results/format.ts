/**
 * How a row's facts read in the agent's language. Times in a row are airport-local wall-clock
 * times ('YYYY-MM-DDTHH:mm', no zone): they are read and printed as UTC so the machine's own
 * zone never shifts them.
 */

function wallClock(local: string): Date {
  return new Date(`${local}:00Z`)
}

/** 24-hour clock, as fares and timetables are read at a desk. */
export function clockText(language: string, local: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(wallClock(local))
}

/** "Mon 12 Jan" / "1月12日周一". */
export function dayText(language: string, local: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(wallClock(local))
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
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral)
  } catch {
    // A currency code Intl does not know still reads as the code and the amount.
    return `${currency} ${amount}`
  }
}
