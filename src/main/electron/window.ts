import { BrowserWindow, session, shell } from 'electron'
import { APP_ORIGIN, DEV_SERVER_CSP, isAllowedExternalUrl, isInAppNavigation, mainWindowWebPreferences } from './policy'

export interface WindowOptions {
  preloadPath: string
  devServerUrl?: string
  /** False in a packaged app (policy.ts windowSwitches). */
  devTools: boolean
  onClose?: (event: Electron.Event, window: BrowserWindow) => void
}

/** Session-wide rules: no permission is ever granted, dev CSP only under the dev server. */
export function hardenSession(devServerUrl?: string): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, grant) => grant(false))
  ses.setPermissionCheckHandler(() => false)
  if (devServerUrl) {
    ses.webRequest.onHeadersReceived((details, respond) => {
      respond({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DEV_SERVER_CSP] } })
    })
  }
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'FR24 Desk',
    webPreferences: mainWindowWebPreferences(options.preloadPath, options.devTools)
  })

  const contents = window.webContents
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (!isInAppNavigation(url, options.devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isInAppNavigation(url, options.devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  window.once('ready-to-show', () => window.show())
  if (options.onClose) window.on('close', (event) => options.onClose?.(event, window))

  void window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}
