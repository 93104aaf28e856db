import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TrayState } from '../../src/main/desk/tray/trayModel'
import { findElectronBinary } from './electronBinary'

const binary = findElectronBinary()
if (!binary.path) console.log(`[real-electron] tray skipped: ${binary.reason}`)

/** What src/main/electron/tray.ts exposes when FR24_DESK_E2E=1 (Electron has no getter for a tray's tooltip). */
interface TrayProbe {
  state(): TrayState | undefined
  exists(): boolean
  click(id: string): void
}

const trayState = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as unknown as { __fr24DeskTray?: TrayProbe }).__fr24DeskTray?.state())
const windowVisible = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.isVisible()))

test.describe('the real Electron tray', () => {
  test.skip(!binary.path, `skipped: ${binary.reason}`)

  test('shows the balance in its tooltip (and title on macOS), keeps the desk when the window closes, opens it from the menu', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'fr24-desk-tray-'))
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['out/main/index.js', `--user-data-dir=${userData}`],
      env: { ...process.env, FR24_DESK_E2E: '1' }
    })
    try {
      const window = await app.firstWindow()
      await expect(window.locator('html')).toHaveAttribute('data-app-state', 'ready')

      await expect.poll(async () => (await trayState(app))?.tooltip ?? '').toContain('Available to spend: CNY 50,000.00')
      const state = (await trayState(app))!
      expect(state.level).toBe('ok')
      expect(await app.evaluate(() => (globalThis as unknown as { __fr24DeskTray: TrayProbe }).__fr24DeskTray.exists())).toBe(true)
      if (process.platform === 'darwin') expect(state.title).toBe('CNY 50,000.00')
      expect(state.menu.map((item) => (item.type === 'separator' ? '---' : item.label))).toEqual(
        expect.arrayContaining(['Available to spend: CNY 50,000.00', 'Refresh now', 'Open FR24 Desk', 'Quit FR24 Desk'])
      )
      // The header shows the same state the tray does.
      await expect(window.getByRole('status', { name: 'Balance' })).toHaveAttribute('data-level', state.level)

      // Closing the window keeps the desk in the tray…
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close())
      await expect.poll(() => windowVisible(app)).toBe(false)
      // …and the tray menu's "Open FR24 Desk" brings it back.
      await app.evaluate(() => (globalThis as unknown as { __fr24DeskTray: TrayProbe }).__fr24DeskTray.click('open'))
      await expect.poll(() => windowVisible(app)).toBe(true)
    } finally {
      await app.close()
    }
  })
})
