import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The repository must work from any clone on any machine: no tracked file may name a folder
 * of one machine. The patterns are assembled from pieces so this file does not match itself.
 */

const root = fileURLToPath(new URL('..', import.meta.url))
const slash = '/'
const back = '\\'

/** An absolute path of one machine: a shared work folder, a user's home on Linux, macOS or Windows. */
const MACHINE_PATHS: ReadonlyArray<[what: string, pattern: RegExp]> = [
  ['a work folder', new RegExp(`(^|[\\s'"\`(=:]|file:${slash}${slash})${slash}work${slash}`, 'm')],
  ['a Linux home folder', new RegExp(`${slash}home${slash}[a-z_][\\w.-]*${slash}`)],
  ["root's home folder", new RegExp(`(^|[\\s'"\`(=:])${slash}root${slash}`, 'm')],
  ['a macOS home folder', new RegExp(`${slash}Users${slash}[^${slash}\\s]+${slash}`)],
  ['a Windows home folder', new RegExp(`[A-Za-z]:(${back}${back})+Users(${back}${back})+`, 'i')]
]

// The lock file records where npm fetched packages, not where they live.
const EXEMPT = new Set(['package-lock.json'])

function machinePathsIn(text: string): string[] {
  return MACHINE_PATHS.filter(([, pattern]) => pattern.test(text)).map(([what]) => what)
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((file) => file !== '' && !EXEMPT.has(file))
}

describe('a self-contained repository', () => {
  it('recognises each kind of machine path (and leaves relative and home-relative ones alone)', () => {
    expect(machinePathsIn(`readFileSync('${slash}work${slash}shared${slash}x.json')`)).toEqual(['a work folder'])
    expect(machinePathsIn(`'file:${slash}${slash}${slash}work${slash}main${slash}index.html'`)).toEqual(['a work folder'])
    expect(machinePathsIn(`cd ${slash}home${slash}agent${slash}fr24`)).toEqual(['a Linux home folder'])
    expect(machinePathsIn(`HOME=${slash}root${slash}.cache`)).toEqual(["root's home folder"])
    expect(machinePathsIn(`open ${slash}Users${slash}ana${slash}Desktop`)).toEqual(['a macOS home folder'])
    expect(machinePathsIn(`"C:${back}${back}Users${back}${back}ana"`)).toEqual(['a Windows home folder'])
    expect(machinePathsIn(`C:${back}Users${back}ana`)).toEqual(['a Windows home folder'])
    expect(machinePathsIn('~/.fr24-desk/browser-host, ../shared/notes, src/main/work/queue.ts, https://example.com/work/x')).toEqual([])
  })

  it('no tracked file names an absolute path of a machine', () => {
    const files = trackedFiles()
    expect(files.length).toBeGreaterThan(50)
    const offenders: string[] = []
    for (const file of files) {
      let bytes: Buffer
      try {
        bytes = readFileSync(join(root, file))
      } catch {
        continue // deleted in the work tree but not yet from the index: nothing to read
      }
      if (bytes.includes(0)) continue // binary (icons)
      const found = machinePathsIn(bytes.toString('utf8'))
      if (found.length) offenders.push(`${file}: ${found.join(', ')}`)
    }
    expect(offenders).toEqual([])
  })
})
