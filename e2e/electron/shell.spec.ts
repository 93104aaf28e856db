import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { callNames, eventNames, subscriberName } from '../../src/shared/contract'
import { findElectronBinary } from './electronBinary'

const binary = findElectronBinary()
if (!binary.path) console.log(`[real-electron] skipped: ${binary.reason}`)

test.describe('the real Electron shell', () => {
  test.skip(!binary.path, `skipped: ${binary.reason}`)

  test('opens one locked-down window that reaches ready', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'fr24-desk-electron-'))
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['out/main/index.js', `--user-data-dir=${userData}`]
    })
    try {
      const page = await app.firstWindow()
      await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
      // window.desk is exactly the contract: one function per call, one subscription per event, nothing generic.
      const expected = [...callNames, ...eventNames.map((name) => subscriberName(name))].sort()
      expect(await page.evaluate(() => Object.keys(window.desk ?? {}).sort())).toEqual(expected)
      // Preload globals stay in the isolated world: the page sees only the frozen desk object.
      expect(await page.evaluate(() => Object.isFrozen(window.desk))).toBe(true)
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
      const opened = await page.evaluate(() => window.open('https://example.com') === null)
      expect(opened).toBe(true)
      // Navigation away is refused (will-navigate): the window stays on the app.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/'
      })
      await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready')
      expect(page.url()).toMatch(/^app:\/\/desk\//)
    } finally {
      await app.close()
    }
  })
})
