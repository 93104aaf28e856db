/**
 * What a packaged FR24 Desk holds, from a real electron-builder run (`--linux dir`) here: no Electron
 * binary can be downloaded, so `electronDist` points at a stand-in folder whose "electron" carries only
 * Electron's fuse wire. electron-builder then does everything else for real: the file filters, the
 * production node_modules, asar and asarUnpack, extraResources and the afterPack hook. The bundles are
 * built into a private copy of the project so nothing else reading out/ sees them change.
 */
import { listPackage } from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGED_FUSES } from '../build/fuses.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))
const localNode = join(repo, 'node_modules/node/bin/node')
const nodeBin = existsSync(localNode) ? localNode : process.execPath
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  optionalDependencies?: Record<string, string>
  devDependencies: Record<string, string>
}
const runtimeDeclared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})].sort()

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

let scratch: string
let project: string
let unpacked: string
let asarFiles: string[]

function run(what: string, args: string[], cwd: string): void {
  const result = spawnSync(nodeBin, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
  if (result.status !== 0) throw new Error(`${what} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`)
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'fr24-desk-packaged-'))
  project = join(scratch, 'project')
  mkdirSync(project)
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) cpSync(join(repo, file), join(project, file))
  cpSync(join(repo, 'build'), join(project, 'build'), { recursive: true })
  symlinkSync(join(repo, 'node_modules'), join(project, 'node_modules'), 'dir')
  run('electron-vite build', [join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', join(project, 'out')], repo)

  // The stand-in Electron distribution: a binary with the stock fuse wire, and what electron-builder copies beside it.
  const electronDist = join(scratch, 'electron-dist')
  mkdirSync(join(electronDist, 'resources'), { recursive: true })
  writeFileSync(join(electronDist, 'electron'), Buffer.concat([Buffer.from('stand-in '), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]), { mode: 0o755 })
  writeFileSync(join(electronDist, 'LICENSE'), 'stand-in')
  run(
    'electron-builder --linux dir',
    [
      join(repo, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `--config.electronDist=${electronDist}`,
      // The keychain module is already built for this machine; rebuilding it for Electron needs Electron's headers.
      '--config.npmRebuild=false',
      `--config.directories.output=${join(scratch, 'release')}`
    ],
    project
  )
  unpacked = join(scratch, 'release', 'linux-unpacked')
  asarFiles = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'))
}, 300_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

/** The top-level packages under node_modules/ in a list of archive paths. */
function packagesIn(files: string[]): string[] {
  const names = new Set<string>()
  for (const file of files) {
    const parts = file.split('/').filter(Boolean)
    if (parts[0] !== 'node_modules' || parts.length < 2) continue
    names.add(parts[1]!.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]!)
  }
  return [...names].sort()
}

/** Bare module names a built bundle loads: static and dynamic imports, and a name passed to import() by default. */
function loadedModules(code: string): string[] {
  const found = new Set<string>()
  for (const pattern of [/^import\s[^;]*?from\s*["']([^"']+)["']/gm, /^import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /\brequire\(\s*["']([^"']+)["']\s*\)/g, /\bspecifier\s*=\s*["']([^"']+)["']/g]) {
    for (const match of code.matchAll(pattern)) found.add(match[1]!)
  }
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
  return [...found]
    .filter((name) => !name.startsWith('.') && !builtins.has(name) && name !== 'electron')
    .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!))
    .sort()
}

const bundleFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))

describe('the packaged app (electron-builder --linux dir, stand-in Electron)', () => {
  it('holds the built bundles and package.json, and nothing of the sources, tests, maps, .env files or keys', () => {
    const own = asarFiles.filter((f) => !f.startsWith('/node_modules'))
    expect(own.filter((f) => !/^\/out\/(main|preload|renderer)(\/|$)/.test(f) && f !== '/out' && f !== '/package.json')).toEqual([])
    expect(own).toContain('/out/main/index.js')
    expect(own).toContain('/out/preload/index.cjs')
    expect(own).toContain('/out/renderer/index.html')
    const forbidden = /(\.map$|\.(test|spec)\.|\/\.env|\.(pem|key|p12|pfx|p8)$|\.tsx?$|\/src\/|\/e2e\/)/
    expect(asarFiles.filter((f) => forbidden.test(f) && !f.endsWith('.d.ts'))).toEqual([])
  })

  it('ships as node_modules only what main loads at run time (and what those need), none of the renderer’s libraries', () => {
    const shipped = packagesIn(asarFiles)
    for (const name of runtimeDeclared) expect(shipped, name).toContain(name)
    const devOnly = Object.keys(pkg.devDependencies)
    expect(shipped.filter((name) => devOnly.includes(name))).toEqual([])
    for (const renderer of ['react', 'react-dom', 'zustand', 'i18next', 'react-i18next', 'cmdk', '@tanstack/react-virtual']) {
      expect(shipped).not.toContain(renderer)
    }
  })

  it('unpacks the keychain module’s native file beside the archive, and lays the tray icons out in resources/tray', () => {
    const native = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'keytar', 'build', 'Release', 'keytar.node')
    expect(existsSync(native)).toBe(true)
    expect(readdirSync(join(unpacked, 'resources', 'tray'))).toEqual(expect.arrayContaining(['ok.png', 'ok@2x.png', 'okTemplate.png']))
  })

  it('the afterPack hook flipped the packed binary’s fuses as build/fuses.mjs decides', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'fr24-desk'))
    const states = Object.values(PACKAGED_FUSES).map(({ on }) => (on ? 49 : 48))
    expect(Array.from({ length: 8 }, (_, i) => wire[i as keyof typeof wire])).toEqual(states)
  })
})

describe('main’s run-time dependencies', () => {
  it('package.json "dependencies" + "optionalDependencies" are exactly the modules the built main bundles load', () => {
    const loaded = new Set(bundleFiles(join(project, 'out', 'main')).flatMap((file) => loadedModules(readFileSync(file, 'utf8'))))
    expect([...loaded].sort()).toEqual(runtimeDeclared)
  })

  it('the built preload and renderer load no package at run time (both are bundled whole)', () => {
    for (const dir of ['preload', 'renderer']) {
      const loaded = bundleFiles(join(project, 'out', dir)).flatMap((file) => loadedModules(readFileSync(file, 'utf8')))
      expect(loaded, dir).toEqual([])
    }
  })
})

describe('the built renderer bundle', () => {
  const rendererCode = () =>
    bundleFiles(join(project, 'out', 'renderer'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')

  it('uses no Node built-in, keytar or electron', () => {
    const code = rendererCode()
    const names = [...builtinModules.filter((name) => !name.startsWith('_')), 'keytar', 'electron']
    for (const name of names) {
      const load = new RegExp(`(?:from\\s*|import\\(\\s*|require\\(\\s*)["'](?:node:)?${name.replace(/[/]/g, '\\/')}["']`)
      expect(load.test(code), name).toBe(false)
    }
    expect(code).not.toMatch(/\bprocess\.env\b/)
  })

  it('carries no secrets: no private keys, no Sandbox signing secret, no environment variable the main process reads', () => {
    const code = rendererCode()
    expect(code).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/)
    expect(code).not.toContain('sandbox-secret')
    for (const name of ['FR24_DESK_TEST_BASE_URL', 'FR24_DESK_SANDBOX_CONTROL_TOKEN', 'FR24_SANDBOX_APP_SECRET', 'ELECTRON_RENDERER_URL', 'FR24_DESK_E2E']) {
      expect(code, name).not.toContain(name)
    }
  })
})
