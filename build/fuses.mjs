// @ts-check
import { join } from 'node:path'

/**
 * The Electron fuses of every packaged FR24 Desk, as data (flipped by afterPack.mjs before signing,
 * checked by test/packaging.test.ts). Each line says why; the names are @electron/fuses' FuseV1Options.
 */

/** @type {Readonly<Record<string, { on: boolean; why: string }>>} */
export const PACKAGED_FUSES = Object.freeze({
  RunAsNode: {
    on: false,
    why: 'ELECTRON_RUN_AS_NODE would let any local script run as the signed app and read the keychain entries that trust it; main never forks'
  },
  EnableCookieEncryption: { on: true, why: 'cookies on disk encrypted with the OS key, as Chrome does; the desk keeps none it needs in clear' },
  EnableNodeOptionsEnvironmentVariable: {
    on: false,
    why: 'NODE_OPTIONS / NODE_EXTRA_CA_CERTS would inject code or a certificate authority into main'
  },
  EnableNodeCliInspectArguments: { on: false, why: '--inspect and SIGUSR1 would attach a debugger to main, which holds every credential' },
  EnableEmbeddedAsarIntegrityValidation: {
    on: true,
    why: 'app.asar is checked against the hash electron-builder embeds (macOS, Windows), so the signed app runs only its own code'
  },
  OnlyLoadAppFromAsar: { on: true, why: 'no app/ folder or default_app.asar beside app.asar can replace the validated archive' },
  LoadBrowserProcessSpecificV8Snapshot: { on: false, why: 'the desk ships no browser-process V8 snapshot (one snapshot for every process, as built)' },
  GrantFileProtocolExtraPrivileges: {
    on: false,
    why: 'the window is served from app://desk (protocol.ts), never file://, so file: pages need no privileges beyond a browser’s'
  }
})

/**
 * What afterPack hands to flipFuses. `strictlyRequireAllFuses`: an Electron upgrade that adds a fuse
 * fails the build until someone decides it here. The ad-hoc signature is re-made only where macOS
 * needs one to run at all (Apple silicon); a real identity signs afterwards in any case.
 *
 * @param {{ FuseVersion: { V1: string }; FuseV1Options: Record<string, number | string> }} fuses the @electron/fuses module
 * @param {{ platform: string; arch: string }} target electron-builder's platform name and arch name
 */
export function packagedFuseConfig(fuses, target) {
  /** @type {Record<string | number, unknown>} */
  const config = {
    version: fuses.FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: target.platform === 'darwin' && (target.arch === 'arm64' || target.arch === 'universal')
  }
  for (const [name, { on }] of Object.entries(PACKAGED_FUSES)) {
    const index = fuses.FuseV1Options[name]
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`)
    config[index] = on
  }
  const known = Object.values(fuses.FuseV1Options).filter((value) => typeof value === 'number')
  const undecided = known.filter((index) => !(index in config))
  if (undecided.length) throw new Error(`no decision for fuse(s) ${undecided.map((i) => fuses.FuseV1Options[i]).join(', ')} in build/fuses.mjs`)
  return config
}

/** electron-builder's Arch enum (builder-util) by number, for the hook's context.arch. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal']

/** @param {number} arch */
export function archName(arch) {
  const name = ARCH_NAMES[arch]
  if (!name) throw new Error(`unknown electron-builder arch ${arch}`)
  return name
}

/**
 * The file flipFuses rewrites, as electron-builder names it: `<product>.app` on macOS (flipFuses finds
 * the Electron Framework inside), `<product>.exe` on Windows, the executable name on Linux.
 *
 * @param {{ appOutDir: string; platform: string; productFilename: string; executableName: string }} app
 */
export function electronBinaryPath(app) {
  switch (app.platform) {
    case 'darwin':
    case 'mas':
      return join(app.appOutDir, `${app.productFilename}.app`)
    case 'win32':
      return join(app.appOutDir, `${app.productFilename}.exe`)
    case 'linux':
      return join(app.appOutDir, app.executableName)
    default:
      throw new Error(`no Electron binary known for platform ${app.platform}`)
  }
}
