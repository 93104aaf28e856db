import { join, normalize, sep } from 'node:path'
import { contentSecurityPolicy } from '../util/csp'

/*
 * The Electron shell's security settings as plain data, so tests can read exactly
 * what the window gets without an Electron binary. Nothing here imports 'electron'.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'desk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export function mainWindowWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
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
