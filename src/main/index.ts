import { app, dialog, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { createDeskApp } from './desk/app'
import { bindContract } from './electron/ipc'
import { installMenu } from './electron/menu'
import { shellMode, windowSwitches } from './electron/policy'
import { registerAppScheme, serveRenderer } from './electron/protocol'
import { exposeTrayProbe } from './electron/testing/trayProbe'
import { installTray } from './electron/tray'
import { createMainWindow, hardenSession } from './electron/window'
import { systemClock } from './util/clock'
import { KeytarVault } from './vault/keytarVault'
import { createLogger } from './util/log'
import { fileLogSink } from './util/logFile'

const processStartedAt = Date.now() - Math.round(process.uptime() * 1000)
// Development switches (dev server, DevTools, the e2e tray probe) exist only when the app is not packaged.
const switches = windowSwitches(shellMode(app.isPackaged, process.env))
const devServerUrl = switches.devServerUrl

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  let mainWindow: BrowserWindow | undefined
  // Set once the desk is up; a second launch before then has nothing to show yet.
  let showWindow: (() => void) | undefined

  app.on('second-instance', () => showWindow?.())

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })

  void app.whenReady().then(async () => {
    hardenSession(devServerUrl)
    installMenu(switches.devMenu)
    serveRenderer(join(import.meta.dirname, '../renderer'))
    const log = createLogger({ sink: fileLogSink(join(app.getPath('logs'), 'desk.log')) })
    const desk = await createDeskApp({
      shell: 'electron',
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      platform: process.platform,
      systemLocale: app.getLocale(),
      clock: systemClock,
      log,
      processStartedAt,
      vault: new KeytarVault({ log: log.child({ component: 'keychain' }) })
    })
    bindContract(desk, () => mainWindow, devServerUrl)
    showWindow = () => {
      if (!mainWindow) return open()
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.show()
      mainWindow.focus()
    }
    const tray = installTray({ tray: desk.tray, showWindow, quit: () => app.quit() })
    // Real-Electron e2e tests read what the tray drew (Electron has no getter for a tray's tooltip).
    if (switches.trayProbe) exposeTrayProbe(tray)
    const open = () => {
      mainWindow = createMainWindow({
        preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
        devServerUrl,
        devTools: switches.devTools,
        onClose: tray.onWindowClose
      })
      mainWindow.on('closed', () => (mainWindow = undefined))
    }
    open()
    app.on('activate', () => {
      if (!mainWindow) open()
      else mainWindow.show()
    })
    app.on('before-quit', () => {
      tray.setQuitting()
      tray.destroy()
      void desk.stop()
    })
  }).catch((error: unknown) => {
    // Electron only warns about a rejected startup: the process would stay on with no window and no
    // tray, holding the single-instance lock, so every later launch would do nothing. Say so and stop.
    dialog.showErrorBox('FR24 Desk could not start', error instanceof Error ? error.message : String(error))
    app.exit(1)
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
