// @ts-check
/**
 * electron-builder's afterPack hook: flips the fuses of build/fuses.mjs in the packed Electron binary.
 * afterPack runs after the app is copied and before anything is signed, so the signature (Gatekeeper,
 * Authenticode) covers the flipped bits. A binary without the fuse wire stops the build.
 */
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'
import { archName, electronBinaryPath, packagedFuseConfig } from './fuses.mjs'

/**
 * @param {{ appOutDir: string; electronPlatformName: string; arch: number;
 *   packager: { appInfo: { productFilename: string }; executableName?: string } }} context
 */
export default async function afterPack(context) {
  const platform = context.electronPlatformName
  const binary = electronBinaryPath({
    appOutDir: context.appOutDir,
    platform,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName ?? context.packager.appInfo.productFilename
  })
  const config = packagedFuseConfig({ FuseV1Options, FuseVersion }, { platform, arch: archName(context.arch) })
  // @ts-expect-error the config is built by index from the fuse names; flipFuses checks it against the binary.
  await flipFuses(binary, config)
  console.log(`  • fuses flipped  binary=${binary}`)
}
