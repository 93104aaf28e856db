// @ts-check
/**
 * electron-builder's afterSign hook: notarizes (and staples) the signed macOS app before the DMG is
 * made, when build/notarize.mjs says the credentials are there; otherwise one line says why not.
 * electron-builder's own notarization is off (mac.notarize: false) so this is the one place it happens.
 */
import { join } from 'node:path'
import { notarizeDecision } from './notarize.mjs'

/** @param {{ appOutDir: string; electronPlatformName: string; packager: { appInfo: { productFilename: string } } }} context */
export default async function afterSign(context) {
  const decision = notarizeDecision(context.electronPlatformName, process.env)
  if (decision.kind === 'skip') {
    if (context.electronPlatformName === 'darwin') console.log(`  • notarization skipped: ${decision.reason}`)
    return
  }
  const appPath = join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`)
  const { notarize } = await import('@electron/notarize')
  console.log(`  • notarizing  app=${appPath}`)
  await notarize({ appPath, appleId: decision.appleId, appleIdPassword: decision.appleIdPassword, teamId: decision.teamId })
}
