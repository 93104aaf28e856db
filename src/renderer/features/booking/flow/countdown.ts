/**
 * How long is left of a window (the 30-minute price check, an order's payment deadline), and the
 * deadline as the agent reads it: their own clock, with the airport's beside it (FR24 and the
 * airlines count deadlines where the flight leaves, the agent lives by their own clock).
 */

export type Remaining = { kind: 'running'; ms: number; text: string } | { kind: 'expired' }

/** Time left until `endsAt`; at or past it the window is over (no "00:00" that still lets anyone go on). */
export function remaining(endsAt: number, now: number): Remaining {
  const ms = endsAt - now
  if (!Number.isFinite(ms) || ms <= 0) return { kind: 'expired' }
  return { kind: 'running', ms, text: clockOf(ms) }
}

/**
 * "29:59", "0:59:07" past an hour ("26:03:12" past a day): whole seconds, rounded up, so the
 * last second shows "00:01" and never "00:00" while time is left.
 */
export function clockOf(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`
}

/** Less than this left of a window: the screen draws the countdown as a warning. */
export const HURRY_MS = 5 * 60_000

export function isHurry(left: Remaining): boolean {
  return left.kind === 'running' && left.ms < HURRY_MS
}

export interface DeadlineTimes {
  /** On the agent's clock (the machine's zone, or the one given). */
  agent: string
  /** At the departure airport, with its zone's short name. */
  airport: string
  /** The two are the same wall-clock reading: the screen shows one. */
  same: boolean
}

const formats = new Map<string, Intl.DateTimeFormat>()
function format(language: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}`
  let f = formats.get(key)
  if (!f) {
    // dateStyle cannot go with timeZoneName: the fields are named one by one.
    f = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'short' })
    formats.set(key, f)
  }
  return f
}

/** A zone Intl knows, or undefined (a zone FR24 or an old desk sent that this machine does not know). */
function knownZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    return undefined
  }
}

/**
 * The payment deadline in the agent's time and at the departure airport (`departZone`, IANA).
 * `agentZone` is for tests; the window leaves it to the machine. An unknown airport zone reads as
 * the agent's time alone.
 */
export function deadlineTimes(deadline: number, language: string, departZone: string, agentZone?: string): DeadlineTimes {
  const agentFormat = format(language, knownZone(agentZone))
  const agent = agentFormat.format(deadline)
  const zone = knownZone(departZone)
  if (!zone) return { agent, airport: agent, same: true }
  const airport = format(language, zone).format(deadline)
  const agentZoneName = agentFormat.resolvedOptions().timeZone
  return { agent, airport, same: agentZoneName === zone || agent === airport }
}
