/**
 * The packaged build's configuration, read as data: electron-builder.yml, the fuses the afterPack hook
 * flips (run for real on stand-in binaries carrying Electron's fuse wire), the notarization decision,
 * the macOS entitlements and the Windows uninstaller's script. No Electron binary exists here, so what
 * only a real build shows (signing, notarization, the NSIS compile) is left to the release workflow.
 */
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import afterPack from '../build/afterPack.mjs'
import afterSign from '../build/afterSign.mjs'
import { archName, electronBinaryPath, PACKAGED_FUSES, packagedFuseConfig } from '../build/fuses.mjs'
import { NOTARIZE_ENV, notarizeDecision } from '../build/notarize.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))
const read = (path: string) => readFileSync(join(repo, path), 'utf8')

interface BuilderConfig {
  [key: string]: unknown
  files: string[]
  asarUnpack: string[]
  afterPack: string
  afterSign: string
  win: { target: Array<{ target: string; arch: string[] }>; icon: string }
  nsis: Record<string, unknown>
  mac: { target: Array<{ target: string; arch: string[] }>; icon: string } & Record<string, unknown>
  linux: { target: string[]; icon: string } & Record<string, unknown>
}
const config = parse(read('electron-builder.yml')) as BuilderConfig
const pkg = JSON.parse(read('package.json')) as { version: string; productName: string; scripts: Record<string, string> }

// ---- electron-builder.yml --------------------------------------------------------------------------------

describe('electron-builder.yml', () => {
  it('names the product once: FR24 Desk, its app id and copyright; the version stays package.json’s', () => {
    expect(config.productName).toBe('FR24 Desk')
    expect(pkg.productName).toBe('FR24 Desk')
    expect(config.appId).toBe('com.fr24desk.app')
    expect(config.copyright).toMatch(/^Copyright © \d{4} FR24 Desk team$/)
    expect(config).not.toHaveProperty('version')
    expect(config).not.toHaveProperty('extraMetadata')
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('packs only the built bundles and package.json, without source maps, tests, .env files or keys', () => {
    const includes = config.files.filter((f) => !f.startsWith('!'))
    expect(includes.sort()).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    const excludes = config.files.filter((f) => f.startsWith('!'))
    for (const needed of ['!**/*.map', '!**/.env*', '!**/*.{test,spec}.*']) expect(excludes).toContain(needed)
    expect(excludes.join(' ')).toMatch(/pem,key,p12/)
    expect(config.asar).toBe(true)
  })

  it('unpacks the keychain module’s native file from the asar archive', () => {
    expect(config.asarUnpack).toEqual(['**/node_modules/keytar/**/*.node'])
  })

  it('flips fuses in its afterPack hook only (not a second time through electronFuses), and notarizes in afterSign', () => {
    expect(config.afterPack).toBe('./build/afterPack.mjs')
    expect(config.afterSign).toBe('./build/afterSign.mjs')
    expect(existsSync(join(repo, config.afterPack))).toBe(true)
    expect(existsSync(join(repo, config.afterSign))).toBe(true)
    expect(config).not.toHaveProperty('electronFuses')
  })

  it('Windows: one offline NSIS installer for x64 and arm64, per user, no elevation, folder of choice, both shortcuts', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      shortcutName: 'FR24 Desk',
      deleteAppDataOnUninstall: false,
      include: 'build/installer.nsh'
    })
  })

  it('macOS: DMGs for x64 and arm64, hardened runtime with the minimal entitlements, electron-builder’s own notarization off', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
      notarize: false
    })
  })

  it('Linux: AppImage and deb', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.linux.executableName).toBe('fr24-desk')
  })

  it('every icon it names is in build/ (drawn by scripts/make-icons.ts)', () => {
    expect(config.win.icon).toBe('build/icon.ico')
    expect(config.mac.icon).toBe('build/icon.icns')
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon, config.nsis.installerIcon as string]) {
      expect(existsSync(join(repo, icon)), icon).toBe(true)
    }
  })

  it('has npm scripts for each platform, through the wrapper that explains a missing Electron download', () => {
    expect(pkg.scripts['dist:win']).toMatch(/scripts\/dist\.ts --win$/)
    expect(pkg.scripts['dist:mac']).toMatch(/scripts\/dist\.ts --mac$/)
    expect(pkg.scripts['dist:linux']).toMatch(/scripts\/dist\.ts --linux$/)
  })
})

// ---- entitlements and the uninstaller ---------------------------------------------------------------------

/** The top-level <key>/<value> pairs of a plist dict (comments dropped). */
function plistEntries(xml: string): Record<string, string> {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '')
  const entries: Record<string, string> = {}
  for (const match of body.matchAll(/<key>([^<]+)<\/key>\s*<(true|false)\s*\/>/g)) entries[match[1]!] = match[2]!
  return entries
}

describe('macOS entitlements', () => {
  it('grant exactly allow-jit (V8), nothing that loosens library validation or executable memory', () => {
    const xml = read('build/entitlements.mac.plist')
    expect(plistEntries(xml)).toEqual({ 'com.apple.security.cs.allow-jit': 'true' })
    // Every key the file holds is a true boolean: nothing hides in another value type.
    expect(xml.replace(/<!--[\s\S]*?-->/g, '').match(/<key>/g)).toHaveLength(1)
  })
})

describe('Windows uninstaller script (build/installer.nsh)', () => {
  const nsh = read('build/installer.nsh')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith(';'))
    .join('\n')

  it('asks before deleting the data folder, defaults to keeping it, and never asks on an update', () => {
    const macro = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(nsh)?.[1] ?? ''
    expect(macro).toMatch(/\$\{ifNot\} \$\{isUpdated\}/)
    const box = macro.split('\n').find((line) => line.includes('MessageBox')) ?? ''
    expect(box).toMatch(/MB_YESNO/)
    expect(box).toMatch(/MB_DEFBUTTON2/)
    // A silent uninstall answers No; the No button jumps past the deletion.
    expect(box).toMatch(/\/SD IDNO IDNO (\w+)$/)
    const label = /IDNO (\w+)$/.exec(box)![1]!
    const deletion = macro.indexOf('RMDir /r "$APPDATA\\FR24 Desk"')
    expect(deletion).toBeGreaterThan(macro.indexOf('MessageBox'))
    expect(deletion).toBeLessThan(macro.indexOf(`${label}:`))
    expect(macro.match(/RMDir/g)).toHaveLength(1)
  })
})

// ---- fuses --------------------------------------------------------------------------------------------------

describe('the packaged fuse configuration', () => {
  const fuses = { FuseV1Options, FuseVersion }
  const names = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)))

  it('decides every fuse @electron/fuses knows, each with a reason', () => {
    expect(Object.keys(PACKAGED_FUSES).sort()).toEqual([...names].sort())
    for (const [name, decision] of Object.entries(PACKAGED_FUSES)) expect(decision.why.length, name).toBeGreaterThan(20)
  })

  it('turns off RunAsNode, NODE_OPTIONS, inspect arguments and file: privileges; turns on cookie encryption, asar integrity, asar only', () => {
    const wire = packagedFuseConfig(fuses, { platform: 'win32', arch: 'x64' })
    expect(wire).toEqual({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
    })
  })

  it('re-makes the ad-hoc signature only for Apple silicon builds', () => {
    expect(packagedFuseConfig(fuses, { platform: 'darwin', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(true)
    expect(packagedFuseConfig(fuses, { platform: 'darwin', arch: 'universal' }).resetAdHocDarwinSignature).toBe(true)
    expect(packagedFuseConfig(fuses, { platform: 'darwin', arch: 'x64' }).resetAdHocDarwinSignature).toBe(false)
    expect(packagedFuseConfig(fuses, { platform: 'linux', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(false)
  })

  it('refuses to go on when @electron/fuses knows a fuse nobody decided', () => {
    const newer = { FuseVersion, FuseV1Options: { ...FuseV1Options, SomeNewFuse: 8, 8: 'SomeNewFuse' } }
    expect(() => packagedFuseConfig(newer, { platform: 'linux', arch: 'x64' })).toThrow(/SomeNewFuse/)
  })

  it('names electron-builder’s arches and the binary it packs on each platform', () => {
    expect([0, 1, 2, 3, 4].map(archName)).toEqual(['ia32', 'x64', 'armv7l', 'arm64', 'universal'])
    expect(() => archName(9)).toThrow()
    const app = { appOutDir: join('release', 'x'), productFilename: 'FR24 Desk', executableName: 'fr24-desk' }
    expect(electronBinaryPath({ ...app, platform: 'darwin' })).toBe(join('release', 'x', 'FR24 Desk.app'))
    expect(electronBinaryPath({ ...app, platform: 'win32' })).toBe(join('release', 'x', 'FR24 Desk.exe'))
    expect(electronBinaryPath({ ...app, platform: 'linux' })).toBe(join('release', 'x', 'fr24-desk'))
  })
})

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's default fuse states, in wire order ('1' enabled, '0' disabled), as a stock binary carries them. */
const STOCK_WIRE = '10110001'

/** A stand-in Electron binary: arbitrary bytes around the fuse wire (sentinel, version 1, length, states). */
function standInBinary(wire = STOCK_WIRE): Buffer {
  return Buffer.concat([Buffer.from('\x7fELF stand-in before '), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.from(' after')])
}

describe('the afterPack hook, on stand-in binaries with Electron’s fuse wire', () => {
  const scratch: string[] = []
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const appOutDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'fr24-desk-afterpack-'))
    scratch.push(dir)
    return dir
  }
  const context = (dir: string, electronPlatformName: string, arch: number) => ({
    appOutDir: dir,
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'FR24 Desk' }, executableName: 'fr24-desk' }
  })
  const place = (path: string, bytes: Buffer) => {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, bytes)
  }
  const flipped = '01001100'
  const wireOf = (state: Record<string | number, unknown>) =>
    Array.from({ length: 8 }, (_, i) => String.fromCharCode(state[i] as number)).join('')

  it.each([
    ['linux', 1, 'fr24-desk'],
    ['win32', 3, 'FR24 Desk.exe'],
    ['darwin', 1, 'FR24 Desk.app/Contents/Frameworks/Electron Framework.framework/Electron Framework']
  ])('%s: flips exactly the wire, leaving every other byte as it was', async (platform, arch, file) => {
    const dir = appOutDir()
    const binary = join(dir, file)
    place(binary, standInBinary())
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    await afterPack(context(dir, platform, arch))
    const current = await getCurrentFuseWire(platform === 'darwin' ? join(dir, 'FR24 Desk.app') : binary)
    expect(wireOf(current)).toBe(flipped)
    expect(readFileSync(binary)).toEqual(standInBinary(flipped))
  })

  it('stops the build on a binary without a fuse wire', async () => {
    const dir = appOutDir()
    place(join(dir, 'fr24-desk'), Buffer.from('not electron'))
    await expect(afterPack(context(dir, 'linux', 1))).rejects.toThrow(/sentinel/)
  })

  it('stops the build when the binary has a fuse this file has not decided', async () => {
    const dir = appOutDir()
    place(join(dir, 'fr24-desk'), standInBinary(`${STOCK_WIRE}1`))
    await expect(afterPack(context(dir, 'linux', 1))).rejects.toThrow(/strictlyRequireAllFuses/)
  })

  it('the same config flipFuses is given reads back as decided (flipFuses straight, no hook)', async () => {
    const dir = appOutDir()
    const binary = join(dir, 'electron')
    place(binary, standInBinary())
    // @ts-expect-error the config is indexed by fuse number, as the hook builds it
    await flipFuses(binary, packagedFuseConfig({ FuseV1Options, FuseVersion }, { platform: 'linux', arch: 'x64' }))
    const state = await getCurrentFuseWire(binary)
    for (const [name, { on }] of Object.entries(PACKAGED_FUSES)) {
      expect(state[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on ? 49 : 48)
    }
  })
})

// ---- notarization ---------------------------------------------------------------------------------------------

describe('notarization', () => {
  const all = { APPLE_ID: 'agent@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh-ijkl-mnop', APPLE_TEAM_ID: 'TEAM123456' }
  afterEach(() => vi.restoreAllMocks())

  it('notarizes a macOS build when the three variables are set', () => {
    expect(NOTARIZE_ENV).toEqual(['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'])
    expect(notarizeDecision('darwin', all)).toEqual({
      kind: 'notarize',
      appleId: 'agent@example.com',
      appleIdPassword: 'abcd-efgh-ijkl-mnop',
      teamId: 'TEAM123456'
    })
  })

  it('skips, naming what is missing (never a value), when any is absent or blank', () => {
    expect(notarizeDecision('darwin', {})).toEqual({ kind: 'skip', reason: 'APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID not set' })
    const blank = notarizeDecision('darwin', { ...all, APPLE_TEAM_ID: '  ' })
    expect(blank).toEqual({ kind: 'skip', reason: 'APPLE_TEAM_ID not set' })
    expect(JSON.stringify(blank)).not.toContain(all.APPLE_APP_SPECIFIC_PASSWORD)
    expect(notarizeDecision('win32', all)).toMatchObject({ kind: 'skip' })
  })

  it('the afterSign hook says it skipped in one line on macOS, and nothing elsewhere', async () => {
    const saved = Object.fromEntries(NOTARIZE_ENV.map((name) => [name, process.env[name]]))
    for (const name of NOTARIZE_ENV) delete process.env[name]
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    try {
      const context = (platform: string) => ({ appOutDir: 'nowhere', electronPlatformName: platform, packager: { appInfo: { productFilename: 'FR24 Desk' } } })
      await afterSign(context('linux'))
      expect(lines).toEqual([])
      await afterSign(context('darwin'))
      expect(lines).toEqual(['  • notarization skipped: APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID not set'])
    } finally {
      for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value
    }
  })
})
