import { describe, expect, it } from 'vitest'
import { ELECTRON_CSP, isAllowedExternalUrl, isInAppNavigation, isTrustedSender, mainWindowWebPreferences } from './policy'

describe('Electron window policy', () => {
  it('locks the renderer down', () => {
    const prefs = mainWindowWebPreferences('/app/out/preload/index.cjs')
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
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
})
