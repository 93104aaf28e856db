import { appendFileSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { LogLevel } from './log'
import { ensurePrivateDir, makePrivate, PRIVATE_FILE } from './privateFiles'

const MAX_BYTES = 2 * 1024 * 1024

/**
 * A log sink for the desk's data folder: lines (already redacted by the logger) go to
 * desk.log, which rolls over to desk.log.1 at 2 MB so it never grows without bound.
 * Errors are also echoed to stderr for whoever started the process. The folder and the
 * files are private to the user (0700/0600), including ones an older desk left readable.
 */
export function fileLogSink(path: string): (line: string, level: LogLevel) => void {
  ensurePrivateDir(dirname(path))
  makePrivate(path)
  makePrivate(`${path}.1`)
  let size = sizeOf(path)
  return (line, level) => {
    if (level === 'error') console.error(line)
    try {
      if (size + line.length + 1 > MAX_BYTES) {
        renameSync(path, `${path}.1`)
        size = 0
      }
      appendFileSync(path, `${line}\n`, { mode: PRIVATE_FILE })
      size += Buffer.byteLength(line) + 1
    } catch {
      // A full or read-only disk must not stop the desk; the error went to stderr above if it mattered.
    }
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
