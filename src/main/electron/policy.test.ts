import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { ELECTRON_CSP, isAllowedExternalUrl, isInAppNavigation, isTrustedSender, mainWindowWebPreferences, rendererFilePath, shellMode, windowSwitches } from './policy'

describe('Electron window policy', () => {
  it('locks the renderer down', () => {
    const prefs = mainWindowWebPreferences('/app/out/preload/index.cjs', false)
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: '/app/out/preload/index.cjs'
    })
  })

  it('has a strict CSP: no remote scripts, no connections, no plugins, no framing', () => {
    const directives = Object.fromEntries(ELECTRON_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]))
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'none'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(ELECTRON_CSP).not.toMatch(/unsafe-(inline|eval)/)
    expect(ELECTRON_CSP).not.toMatch(/https?:/)
  })

  it('opens only the FR24 portal and mail links outside', () => {
    expect(isAllowedExternalUrl('https://b2b.flightroutes24.com/order/1')).toBe(true)
    expect(isAllowedExternalUrl('mailto:support@example.com')).toBe(true)
    expect(isAllowedExternalUrl('http://b2b.flightroutes24.com/')).toBe(false)
    expect(isAllowedExternalUrl('https://b2b.flightroutes24.com.evil.example/')).toBe(false)
    expect(isAllowedExternalUrl('https://user:pw@b2b.flightroutes24.com/')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false)
  })

  it('answers IPC only from the app top frame', () => {
    expect(isTrustedSender('app://desk/index.html', true)).toBe(true)
    expect(isTrustedSender('app://desk/index.html', false)).toBe(false)
    expect(isTrustedSender('app://evil/index.html', true)).toBe(false)
    expect(isTrustedSender('https://example.com/', true)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', true)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true)
    expect(isInAppNavigation('https://example.com/')).toBe(false)
  })

  it('serves app://desk/ from the renderer folder only', () => {
    const root = join('/app', 'out', 'renderer')
    expect(rendererFilePath(root, 'app://desk/')).toBe(join(root, 'index.html'))
    expect(rendererFilePath(root, 'app://desk/assets/index-1.js?v=1#x')).toBe(join(root, 'assets', 'index-1.js'))
    expect(rendererFilePath(`${root}/`, 'app://desk/index.html')).toBe(join(root, 'index.html'))
    // The URL parser already resolves plain dot segments against app://desk/: they stay inside.
    expect(rendererFilePath(root, 'app://desk/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'))
    expect(rendererFilePath(root, 'app://desk/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'))
    for (const url of [
      'app://desk/..%2f..%2fetc%2fpasswd',
      'app://desk/assets/..%2f..%2f..%2fsecret',
      'app://evil/index.html',
      'app://desk/%E0%A4%A',
      'app://desk/a%00b',
      'not a url'
    ]) {
      expect(rendererFilePath(root, url), url).toBeUndefined()
    }
  })
})

describe('development switches', () => {
  const devEnv = { ELECTRON_RENDERER_URL: 'http://localhost:5173/', FR24_DESK_E2E: '1' }

  it('a packaged app ignores the dev server, DevTools and the e2e probe, whatever the environment says', () => {
    expect(shellMode(true, devEnv)).toEqual({ kind: 'packaged' })
    expect(windowSwitches(shellMode(true, devEnv))).toEqual({ devServerUrl: undefined, devTools: false, devMenu: false, trayProbe: false })
    expect(windowSwitches(shellMode(true, {}))).toEqual(windowSwitches(shellMode(true, devEnv)))
  })

  it('unpackaged, the dev server brings its URL and the developer menu; FR24_DESK_E2E=1 the tray probe', () => {
    expect(windowSwitches(shellMode(false, devEnv))).toEqual({ devServerUrl: 'http://localhost:5173/', devTools: true, devMenu: true, trayProbe: true })
    expect(windowSwitches(shellMode(false, {}))).toEqual({ devServerUrl: undefined, devTools: true, devMenu: false, trayProbe: false })
    expect(shellMode(false, { FR24_DESK_E2E: 'yes' })).toMatchObject({ trayProbe: false })
  })

  it('unpackaged, a dev server URL off the loopback or not plain http is ignored', () => {
    for (const url of ['https://evil.example/', 'http://evil.example:5173/', 'file:///etc/passwd', 'http://user:pw@localhost:5173/', 'not a url', '']) {
      expect(shellMode(false, { ELECTRON_RENDERER_URL: url }), url).toMatchObject({ kind: 'unpackaged', devServerUrl: undefined })
    }
    expect(shellMode(false, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toMatchObject({ devServerUrl: 'http://127.0.0.1:5173/' })
  })
})
