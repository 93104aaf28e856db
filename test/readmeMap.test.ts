import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The README's folder map is what a new developer reads first: it must name every folder the
// tree has at the levels it draws, and nothing the tree does not have.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('## Folders'))
const block = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3))
// Each token ending in `/` names a folder; `src/main/` names `main` (its last part).
const named = new Set([...block.matchAll(/(?:^|\s)([A-Za-z][\w/-]*?)\/(?=\s|,|$)/gm)].map((m) => m[1]!.split('/').pop()!))

const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
const folders = new Set(tracked.flatMap((file) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))
const childrenOf = (parent: string): string[] =>
  [...folders].filter((f) => dirname(f) === parent).map((f) => f.slice(parent.length + 1))

describe('the README folder map', () => {
  it('names every folder of src/, src/shared, src/main, src/main/desk, src/main/sandbox and src/renderer (test helpers aside)', () => {
    const levels = ['src', 'src/shared', 'src/main', 'src/main/desk', 'src/main/sandbox', 'src/renderer']
    const missing = levels.flatMap((parent) => childrenOf(parent).filter((name) => name !== 'testing' && !named.has(name)).map((name) => `${parent}/${name}`))
    expect(missing).toEqual([])
  })

  it('names no folder the tree does not have', () => {
    const basenames = new Set([...folders].map((f) => f.split('/').pop()!))
    expect([...named].filter((name) => !basenames.has(name))).toEqual([])
    // The map is really read: it names the rooms.
    expect(named.has('core') && named.has('journal') && named.has('operations')).toBe(true)
  })
})
