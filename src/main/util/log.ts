import { redact, redactText } from './redact'

export type LogLevel = 'info' | 'warn' | 'error'
export type LogFields = Record<string, unknown>

/** What services log through. Fields are structured; every line is redacted before it is written. */
export interface Logger {
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
  /** A logger that adds `fields` to every line (e.g. the component name). */
  child(fields: LogFields): Logger
}

export interface LoggerOptions {
  /** Where finished lines go; the console by default. */
  sink?: (line: string, level: LogLevel) => void
  now?: () => number
  /** Lines below this level are dropped. */
  level?: LogLevel
}

const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 }

function consoleSink(line: string, level: LogLevel): void {
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}

/** One JSON object per line: `{"time":…,"level":…,"msg":…, …fields}`. */
export function createLogger(options: LoggerOptions = {}, base: LogFields = {}): Logger {
  const sink = options.sink ?? consoleSink
  const now = options.now ?? Date.now
  const min = RANK[options.level ?? 'info']
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (RANK[level] < min) return
    const time = new Date(now()).toISOString()
    let line: string
    try {
      line = JSON.stringify(redact({ time, level, msg: message, ...base, ...fields }))
    } catch {
      // Redaction or serialisation failed (too deep, a getter that throws, a BigInt): the message alone,
      // still redacted, and never an exception thrown at the caller (often a catch block already).
      line = JSON.stringify({ time, level, msg: redactText(message), note: 'fields could not be serialised' })
    }
    sink(line, level)
  }
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger(options, { ...base, ...fields })
  }
}

/** For code that must take a logger but whose caller does not care. */
export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger
}
