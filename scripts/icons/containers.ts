import { BICUBIC, createICNS, createICO } from 'png2icons'

/**
 * The Windows .ico and macOS .icns of the app icon, made by png2icons from the 1024 px PNG that
 * make-icons draws (every size scaled from it, all colours kept): the .ico holds 16 to 256 px,
 * the .icns 16 to 1024 px (Retina pairs included). Checked by test/iconContainers.test.ts.
 */
export function iconContainers(masterPng: Buffer): { ico: Buffer; icns: Buffer } {
  const ico = createICO(masterPng, BICUBIC, 0, true, true)
  const icns = createICNS(masterPng, BICUBIC, 0)
  if (!ico || !icns) throw new Error('png2icons could not convert the app icon (is it a square PNG?)')
  return { ico, icns }
}
