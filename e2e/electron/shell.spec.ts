import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
      const window = await app.firstWindow()
      await expect(window.locator('html')).toHaveAttribute('data-app-state', 'ready')
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
      expect(await window.evaluate(() => Object.keys(window.desk ?? {}))).toContain('appInfo')
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const wc = BrowserWindow.getAllWindows()[0]!.webContents
        const p = wc.getLastWebPreferences()
        return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration }
      })
      expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false })
      const opened = await window.evaluate(() => window.open('https://example.com') === null)
      expect(opened).toBe(true)
    } finally {
      await app.close()
    }
  })
})
