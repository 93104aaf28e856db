import { join, normalize, sep } from 'node:path'
import { contentSecurityPolicy } from '../util/csp'

/*
 * The Electron shell's security settings as plain data, so tests can read exactly
 * what the window gets without an Electron binary. Nothing here imports 'electron'.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'desk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** `devTools` is false in a packaged app (see windowSwitches): no DevTools window can be opened there. */
export function mainWindowWebPreferences(preloadPath: string, devTools: boolean) {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false
  } as const
}

/** Production: the renderer reaches main only over IPC, so it may connect nowhere. */
export const ELECTRON_CSP = contentSecurityPolicy("'none'")

/**
 * `electron-vite dev` serves the renderer from Vite with hot reload, which needs inline
 * scripts and a websocket. Used only when ELECTRON_RENDERER_URL is set by the dev server.
 */
export const DEV_SERVER_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws:; object-src 'none'"

/**
 * What this launch of the Electron shell may switch on from its environment. A packaged app is what
 * agents run: it ignores ELECTRON_RENDERER_URL (a privileged window on any page, with the relaxed CSP
 * and DevTools) and FR24_DESK_E2E (the tray probe), whatever the environment says. Unpackaged
 * (electron-vite dev, the real-Electron e2e), the dev server is honoured only on a loopback http URL.
 */
export type ShellMode =
  | { kind: 'packaged' }
  | { kind: 'unpackaged'; devServerUrl?: string; trayProbe: boolean }

export function shellMode(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): ShellMode {
  if (isPackaged) return { kind: 'packaged' }
  return { kind: 'unpackaged', devServerUrl: loopbackDevServer(env.ELECTRON_RENDERER_URL), trayProbe: env.FR24_DESK_E2E === '1' }
}

export interface WindowSwitches {
  /** Load the renderer from this dev server (with the relaxed CSP) instead of app://desk. */
  devServerUrl?: string
  /** webPreferences.devTools: whether a DevTools window can be opened at all. */
  devTools: boolean
  /** Reload and Toggle DevTools in the View menu. */
  devMenu: boolean
  /** globalThis.__fr24DeskTray for the real-Electron e2e (testing/trayProbe.ts). */
  trayProbe: boolean
}

/** The window's switches for a mode: where it loads, which CSP, DevTools, the e2e probe. */
export function windowSwitches(mode: ShellMode): WindowSwitches {
  switch (mode.kind) {
    case 'packaged':
      return { devServerUrl: undefined, devTools: false, devMenu: false, trayProbe: false }
    case 'unpackaged':
      return { devServerUrl: mode.devServerUrl, devTools: true, devMenu: mode.devServerUrl !== undefined, trayProbe: mode.trayProbe }
  }
}

const DEV_SERVER_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

function loopbackDevServer(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' && DEV_SERVER_HOSTS.has(url.hostname) && url.username === '' && url.password === '' ? raw : undefined
  } catch {
    return undefined
  }
}

/** The only places the desk opens in the agent's browser or mail client. */
const EXTERNAL_HOSTS = new Set(['b2b.flightroutes24.com', 'www.flightroutes24.com', 'openapi.flightroutes24.com'])

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') return true
  return url.protocol === 'https:' && EXTERNAL_HOSTS.has(url.hostname) && url.username === '' && url.password === ''
}

/**
 * IPC is answered only for the app's own top frame: the app:// origin, or the Vite dev
 * server while developing. Anything else (an iframe, a navigated page) gets nothing.
 */
export function isTrustedSender(frameUrl: string, isTopFrame: boolean, devServerUrl?: string): boolean {
  if (!isTopFrame) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (devServerUrl) return url.origin === new URL(devServerUrl).origin
  return false
}

/** Navigation inside the window never leaves the app. */
export function isInAppNavigation(target: string, devServerUrl?: string): boolean {
  return isTrustedSender(target, true, devServerUrl)
}

/**
 * The file an app://desk/ request names inside the built renderer, or undefined when it names
 * nothing there: another host, a malformed %-escape, a NUL, or a path that climbs out of the folder.
 */
export function rendererFilePath(rendererDir: string, requestUrl: string): string | undefined {
  let url: URL
  let relative: string
  try {
    url = new URL(requestUrl)
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
  } catch {
    return undefined
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || relative.includes('\0')) return undefined
  const root = normalize(rendererDir).replace(/[\\/]+$/, '')
  const path = normalize(join(root, relative))
  return path.startsWith(root + sep) ? path : undefined
}
