/**
 * Smoke test of the Electron shell without Electron: the BUILT bundles (out/main/index.js,
 * out/preload/index.cjs) run under plain Node against test/electron-fake, a thin recording stand-in
 * for the 'electron' module (no Electron binary can exist on this machine). What only a real
 * Chromium can show (rendering, CSP enforcement, the sandbox itself) stays with e2e/electron.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import vm from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatMoney } from '../src/shared/balance/format'
import { CHANNEL_PREFIX, callNames, eventNames, subscriberName } from '../src/shared/contract'
import { DEV_SERVER_CSP, ELECTRON_CSP, mainWindowWebPreferences } from '../src/main/electron/policy'
import { DeskError } from '../src/shared/errors'
import { acquireDeskLock } from '../src/main/desk/core/deskLock'

const repo = fileURLToPath(new URL('..', import.meta.url))
const mainBundle = join(repo, 'out/main/index.js')
const preloadBundle = join(repo, 'out/preload/index.cjs')
const rendererDir = join(repo, 'out/renderer')
const register = join(repo, 'test/electron-fake/register.mjs')
// Electron 45 ships Node 24; the `node` devDependency brings the same major (node:sqlite and all).
const localNode = join(repo, 'node_modules/node/bin/node')
const nodeBin = existsSync(localNode) ? localNode : process.execPath

const APP_PAGE = 'app://desk/index.html'
const STARTUP_MS = 15_000

// ---- building -------------------------------------------------------------------------------------------

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

/** `electron-vite build`, unless out/ is newer than everything it is built from. */
function ensureBuilt(): void {
  const outputs = [mainBundle, preloadBundle, join(rendererDir, 'index.html')]
  const inputs = [join(repo, 'src'), join(repo, 'electron.vite.config.ts'), join(repo, 'package.json')]
  if (outputs.every(existsSync)) {
    const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
    if (oldestOutput > Math.max(...inputs.map(newestMtime))) return
  }
  const cli = join(repo, 'node_modules/electron-vite/bin/electron-vite.js')
  const built = spawnSync(nodeBin, [cli, 'build'], { cwd: repo, encoding: 'utf8', timeout: 120_000 })
  if (built.status !== 0) throw new Error(`electron-vite build failed (${built.status ?? built.signal}):\n${built.stdout}\n${built.stderr}`)
}

// ---- driving the bundle in a child process ------------------------------------------------------------

interface Entry {
  what: string
  args: unknown[]
  ready: boolean
}

interface Reply {
  id?: number
  type?: 'exit'
  ok?: boolean
  value?: unknown
  error?: string
  code?: number
  log?: Entry[]
}

/** out/main/index.js under `node --import test/electron-fake/register.mjs`, driven over its IPC channel. */
class FakeElectronApp {
  readonly userData: string
  private readonly home: string
  private readonly child: ChildProcess
  private readonly pending = new Map<number, (reply: Reply) => void>()
  private nextId = 1
  private output = ''
  /** The last recording the child sent as it exited (see driver.mjs). */
  exitReport: Reply | undefined
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>

  constructor(env: Record<string, string> = {}) {
    this.home = mkdtempSync(join(tmpdir(), 'fr24-desk-fake-electron-'))
    this.userData = join(this.home, 'userData')
    const { DBUS_SESSION_BUS_ADDRESS: _noKeyring, ELECTRON_RENDERER_URL: _noDevServer, FR24_DESK_E2E: _noHooks, ...inherited } = process.env
    this.child = fork(mainBundle, [], {
      cwd: repo,
      execPath: nodeBin,
      execArgv: ['--import', pathToFileURL(register).href],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // No keychain on purpose (the Sandbox needs none); every file the app writes goes to a temp dir.
      env: { ...inherited, HOME: this.home, XDG_CONFIG_HOME: join(this.home, '.config'), ELECTRON_FAKE_USER_DATA: this.userData, ...env }
    })
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    this.child.on('error', (error) => (this.output += `\n[child process error] ${String(error)}`))
    this.child.on('message', (reply: Reply) => {
      if (reply.type === 'exit') this.exitReport = reply
      else if (reply.id !== undefined) this.pending.get(reply.id)?.(reply)
    })
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })))
    void this.exited.then(() => {
      for (const settle of this.pending.values()) settle({ ok: false, error: `the app exited\n${this.output}` })
    })
  }

  /** Runs one driver op in the child (test/electron-fake/driver.mjs). */
  call<T>(op: string, args: Record<string, unknown> = {}, timeoutMs = 5_000): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`'${op}' got no answer within ${timeoutMs} ms\n${this.output}`))
      }, timeoutMs)
      this.pending.set(id, (reply) => {
        clearTimeout(timer)
        this.pending.delete(id)
        if (reply.ok) resolve(reply.value as T)
        else reject(new Error(`'${op}' failed: ${reply.error}`))
      })
      if (!this.child.connected) return void this.pending.get(id)?.({ ok: false, error: `the app is not running\n${this.output}` })
      this.child.send({ id, op, args })
    })
  }

  log(): Promise<Entry[]> {
    return this.call<Entry[]>('log')
  }

  /** Polls the recording until `find` returns something (bounded). */
  async waitFor<T>(what: string, find: (log: Entry[]) => T | undefined, timeoutMs = STARTUP_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = find(await this.log())
      if (found !== undefined) return found
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms\n${this.output}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  /** ipcRenderer.invoke as a frame at `frameUrl` would send it. */
  invoke(name: string, request: unknown, frameUrl = APP_PAGE, topFrame = true): Promise<unknown> {
    return this.call('invoke', { channel: CHANNEL_PREFIX.call + name, frameUrl, topFrame, request })
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL')
      await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
    }
    rmSync(this.home, { recursive: true, force: true })
  }
}

const calledWith = (log: Entry[], what: string) => log.filter((e) => e.what === what).map((e) => e.args)

// ---- the main process ------------------------------------------------------------------------------------

describe('the built Electron main process, on a fake electron module', () => {
  let desk: FakeElectronApp

  beforeAll(async () => {
    ensureBuilt()
    desk = new FakeElectronApp()
    await desk.waitFor('the window to show', (log) => (log.some((e) => e.what === 'window.show') ? true : undefined))
  }, 150_000)

  afterAll(async () => {
    await desk?.stop()
  })

  it('creates one window with exactly the locked-down webPreferences, and shows it when ready', async () => {
    const log = await desk.log()
    const windows = calledWith(log, 'new BrowserWindow')
    expect(windows).toHaveLength(1)
    const options = windows[0]![0] as { show: boolean; webPreferences: { preload: string } }
    expect(options.webPreferences).toEqual(mainWindowWebPreferences(preloadBundle, true))
    expect(options.webPreferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/)
    expect(existsSync(options.webPreferences.preload)).toBe(true)
    expect(options.show).toBe(false)
    expect(await desk.call('windows')).toEqual([expect.objectContaining({ visible: true, destroyed: false })])
  })

  it('loads the renderer from app://desk/index.html', async () => {
    expect(calledWith(await desk.log(), 'window.loadURL')).toEqual([[APP_PAGE]])
  })

  it('registers the app scheme as privileged before ready and handles it after', async () => {
    const log = await desk.log()
    const registered = log.filter((e) => e.what === 'protocol.registerSchemesAsPrivileged')
    expect(registered).toEqual([
      {
        what: 'protocol.registerSchemesAsPrivileged',
        args: [[{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]],
        ready: false
      }
    ])
    expect(log.find((e) => e.what === 'protocol.handle')).toMatchObject({ args: ['app', '[function]'], ready: true })
  })

  it('serves the renderer with the strict CSP', async () => {
    const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8')
    for (const url of [APP_PAGE, 'app://desk/']) {
      const page = await desk.call<{ status: number; headers: Record<string, string>; body: string }>('protocol', { url })
      expect(page.status).toBe(200)
      expect(page.headers['content-security-policy']).toBe(ELECTRON_CSP)
      expect(page.headers['x-content-type-options']).toBe('nosniff')
      expect(page.body).toBe(indexHtml)
    }
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(indexHtml)?.[1]
    expect(script).toBeDefined()
    const asset = await desk.call<{ status: number; headers: Record<string, string> }>('protocol', { url: `app://desk/${script}` })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-security-policy']).toBe(ELECTRON_CSP)
  })

  it('refuses path traversal and other hosts, and reads nothing outside out/renderer', async () => {
    const attempts = [
      'app://desk/../../../../../../etc/passwd',
      'app://desk/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      'app://desk/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://desk/assets/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://desk/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://desk/..%5c..%5c..%5c..%5c..%5cetc%5cpasswd',
      'app://desk/..%2f..%2frenderer-evil%2findex.html',
      'app://desk/%E0%A4%A',
      'app://desk/index.html%00.png',
      'app://evil/index.html'
    ]
    for (const url of attempts) {
      const answer = await desk.call<{ status?: number; body?: string; failed?: string }>('protocol', { url })
      // 404 from the guard, or a failed load of a file that does not exist under out/renderer.
      expect(answer.status === 404 || answer.failed !== undefined, `${url} → ${JSON.stringify(answer)}`).toBe(true)
      expect(answer.body ?? '').not.toMatch(/root:/)
    }
    const rendererUrl = pathToFileURL(rendererDir).href + '/'
    const fetched = calledWith(await desk.log(), 'net.fetch').map(([url]) => url as string)
    expect(fetched.length).toBeGreaterThan(0)
    for (const url of fetched) expect(url.startsWith(rendererUrl), url).toBe(true)
  })

  it('binds exactly one ipcMain handler per contract call', async () => {
    const handled = calledWith(await desk.log(), 'ipcMain.handle').map(([channel]) => channel)
    expect([...handled].sort()).toEqual(callNames.map((name) => CHANNEL_PREFIX.call + name).sort())
  })

  it('answers a call from the app frame: appInfo reaches the desk', async () => {
    const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version
    expect(await desk.invoke('appInfo', {})).toMatchObject({ ok: true, value: { name: 'FR24 Desk', shell: 'electron', version, systemLocale: 'en-US' } })
  })

  it('refuses calls from a foreign frame or a subframe without reaching the desk', async () => {
    const before = await desk.invoke('getPreferences', {})
    expect(before).toMatchObject({ ok: true })
    const senders: Array<[string, boolean]> = [
      ['https://evil.example/', true],
      [APP_PAGE, false],
      ['app://evil/index.html', true],
      ['http://localhost:5173/', true],
      ['file:///opt/elsewhere/out/renderer/index.html', true]
    ]
    const sentBefore = calledWith(await desk.log(), 'webContents.send').length
    for (const [frameUrl, topFrame] of senders) {
      const answer = await desk.invoke('setPreferences', { language: 'system', theme: 'dark' }, frameUrl, topFrame)
      expect(answer, `${frameUrl} (top frame: ${topFrame})`).toMatchObject({ ok: false, error: { kind: 'validation', message: expect.stringMatching(/^Refused/) } })
      // Errors cross as data the renderer can validate.
      expect(DeskError.safeParse((answer as { error: unknown }).error).success).toBe(true)
    }
    // Nothing changed and nothing was announced: the refused calls never reached the preferences service.
    expect(await desk.invoke('getPreferences', {})).toEqual(before)
    const sentAfter = calledWith(await desk.log(), 'webContents.send').slice(sentBefore)
    expect(sentAfter.filter(([channel]) => channel === CHANNEL_PREFIX.event + 'preferencesChanged')).toEqual([])

    // The same call from the app frame does change them, and the event reaches the window.
    expect(await desk.invoke('setPreferences', { language: 'system', theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } })
    const announced = await desk.waitFor('preferencesChanged to reach the window', (log) =>
      calledWith(log, 'webContents.send').find(([channel]) => channel === CHANNEL_PREFIX.event + 'preferencesChanged')
    )
    expect(announced[1]).toMatchObject({ theme: 'dark' })
  })

  it('denies window.open and opens only allow-listed URLs outside', async () => {
    const urls = [
      'https://example.com/',
      'https://b2b.flightroutes24.com/order/1',
      'http://b2b.flightroutes24.com/',
      'https://b2b.flightroutes24.com.evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:support@example.com'
    ]
    for (const url of urls) expect(await desk.call('windowOpen', { url }), url).toEqual({ action: 'deny' })
    const opened = calledWith(await desk.log(), 'shell.openExternal').map(([url]) => url)
    expect(opened).toEqual(['https://b2b.flightroutes24.com/order/1', 'mailto:support@example.com'])
  })

  it('keeps navigation inside the app and attaches no webviews', async () => {
    const prevented = (name: string, url?: string) => desk.call<{ prevented: boolean }>('webContentsEvent', { name, url })
    expect(await prevented('will-navigate', 'https://evil.example/')).toEqual({ prevented: true })
    expect(await prevented('will-navigate', 'file:///etc/passwd')).toEqual({ prevented: true })
    expect(await prevented('will-navigate', 'app://evil/index.html')).toEqual({ prevented: true })
    expect(await prevented('will-navigate', 'app://desk/index.html#/balance')).toEqual({ prevented: false })
    expect(await prevented('will-redirect', 'https://evil.example/')).toEqual({ prevented: true })
    expect(await prevented('will-attach-webview')).toEqual({ prevented: true })
  })

  it('denies every permission request and check', async () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(await desk.call('permission', { permission }), permission).toEqual({ granted: false, checked: false })
    }
    expect(calledWith(await desk.log(), 'session.webRequest.onHeadersReceived')).toEqual([])
  })

  it('holds the single-instance lock and brings the window back on a second launch', async () => {
    const log = await desk.log()
    expect(log.find((e) => e.what === 'app.requestSingleInstanceLock')).toMatchObject({ ready: false })
    const focusedBefore = calledWith(log, 'window.focus').length
    await desk.call('appEvent', { name: 'second-instance' })
    expect(calledWith(await desk.log(), 'window.focus').length).toBe(focusedBefore + 1)
  })

  it('builds the application menu', async () => {
    const menus = calledWith(await desk.log(), 'Menu.setApplicationMenu')
    expect(menus).toHaveLength(1)
    const roles = (menus[0]![0] as Array<{ role?: string; label?: string }>).map((item) => item.role ?? item.label)
    expect(roles).toEqual([process.platform === 'darwin' ? 'appMenu' : 'fileMenu', 'editMenu', 'View', 'windowMenu'])
  })

  it('shows the Sandbox balance in the tray once the embedded Sandbox answered', async () => {
    const tooltip = await desk.waitFor('a tray tooltip with the balance', (log) =>
      calledWith(log, 'tray.setToolTip')
        .map(([text]) => text as string)
        .find((text) => text.includes('Available to spend'))
    )
    const balance = (await desk.invoke('getBalance', {})) as { ok: true; value: { figures: { available: { amount: string; currency: string } } } }
    const { amount, currency } = balance.value.figures.available
    expect(tooltip).toContain('Sandbox')
    expect(tooltip).toContain(formatMoney(amount, currency))

    const log = await desk.log()
    expect(calledWith(log, 'new Tray')).toHaveLength(1)
    for (const [image] of calledWith(log, 'new Tray').concat(calledWith(log, 'tray.setImage'))) {
      expect(image).toMatchObject({ empty: false })
    }
    const menu = calledWith(log, 'tray.setContextMenu').at(-1)![0] as Array<{ id?: string }>
    expect(menu.map((item) => item.id).filter(Boolean)).toEqual(expect.arrayContaining(['refresh', 'open', 'quit']))
  })

  it('hides to the tray on close, comes back from the tray, and quits from the tray menu', async () => {
    await desk.call('closeWindow')
    expect(await desk.call('windows')).toEqual([expect.objectContaining({ visible: false, destroyed: false })])
    const notes = calledWith(await desk.log(), 'notification.show').map(([options]) => options as { title: string })
    expect(notes.map((n) => n.title)).toContain('FR24 Desk is still running')

    await desk.call('trayClick')
    expect(await desk.call('windows')).toEqual([expect.objectContaining({ visible: true })])

    // Quitting ends the process, so the click's own answer may never come: the exit report is what counts.
    await Promise.allSettled([desk.call('trayMenuClick', { id: 'quit' })])
    const exit = await Promise.race([desk.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000))])
    expect(exit).toEqual({ code: 0, signal: null })
    const whats = (desk.exitReport?.log ?? []).map((e) => e.what)
    expect(whats).toContain('tray.destroy')
    expect(whats.lastIndexOf('window.close')).toBeGreaterThan(whats.lastIndexOf('app.quit'))
    expect(whats.at(-1)).toBe('app.exit')
  })
})

describe('other launches of the built main process', () => {
  it('quits at once when another instance holds the lock, and sets nothing up', async () => {
    ensureBuilt()
    const second = new FakeElectronApp({ ELECTRON_FAKE_SINGLE_INSTANCE_LOCK: 'taken' })
    try {
      const exit = await Promise.race([second.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))])
      expect(exit).toEqual({ code: 0, signal: null })
      expect(second.exitReport?.log?.map((e) => e.what)).toEqual(['app.requestSingleInstanceLock', 'app.quit', 'app.exit'])
    } finally {
      await second.stop()
    }
  }, 150_000)

  it('under the dev server: loads its URL, sets the dev CSP, trusts only its origin, adds reload and devtools', async () => {
    ensureBuilt()
    const devServer = 'http://localhost:5173'
    const dev = new FakeElectronApp({ ELECTRON_RENDERER_URL: `${devServer}/`, FR24_DESK_E2E: '1' })
    try {
      await dev.waitFor('the window to load', (log) => (log.some((e) => e.what === 'window.loadURL') ? true : undefined))
      const log = await dev.log()
      expect(calledWith(log, 'window.loadURL')).toEqual([[`${devServer}/`]])
      const headers = await dev.call<{ responseHeaders: Record<string, string[]> }>('headersReceived', {
        url: `${devServer}/`,
        responseHeaders: { 'Content-Type': ['text/html'] }
      })
      expect(headers.responseHeaders).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [DEV_SERVER_CSP] })
      expect(await dev.invoke('appInfo', {}, `${devServer}/`)).toMatchObject({ ok: true, value: { shell: 'electron' } })
      expect(await dev.invoke('appInfo', {}, 'http://localhost:5174/')).toMatchObject({ ok: false })
      expect(await dev.call('webContentsEvent', { name: 'will-navigate', url: `${devServer}/#/balance` })).toEqual({ prevented: false })
      expect(await dev.call('webContentsEvent', { name: 'will-navigate', url: 'https://evil.example/' })).toEqual({ prevented: true })
      const view = (calledWith(log, 'Menu.setApplicationMenu')[0]![0] as Array<{ label?: string; submenu?: Array<{ role?: string }> }>).find(
        (item) => item.label === 'View'
      )
      expect(view?.submenu?.map((item) => item.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
      // Unpackaged, FR24_DESK_E2E=1 installs the tray probe the real-Electron e2e reads.
      await dev.waitFor('the tray', (log) => (log.some((e) => e.what === 'new Tray') ? true : undefined))
      expect(await dev.call('trayProbe')).toBe('object')
    } finally {
      await dev.stop()
    }
  }, 150_000)

  it('packaged: ignores ELECTRON_RENDERER_URL and FR24_DESK_E2E (app://, strict CSP, no DevTools, no probe)', async () => {
    ensureBuilt()
    const devServer = 'http://localhost:5173'
    const packaged = new FakeElectronApp({ ELECTRON_FAKE_IS_PACKAGED: '1', ELECTRON_RENDERER_URL: `${devServer}/`, FR24_DESK_E2E: '1' })
    try {
      await packaged.waitFor('the window to show', (log) => (log.some((e) => e.what === 'window.show') ? true : undefined))
      await packaged.waitFor('the tray', (log) => (log.some((e) => e.what === 'new Tray') ? true : undefined))
      const log = await packaged.log()
      expect(calledWith(log, 'window.loadURL')).toEqual([[APP_PAGE]])
      const windows = calledWith(log, 'new BrowserWindow')
      expect(windows).toHaveLength(1)
      const options = windows[0]![0] as { webPreferences: Record<string, unknown> }
      expect(options.webPreferences).toEqual(mainWindowWebPreferences(preloadBundle, false))
      expect(options.webPreferences.devTools).toBe(false)
      // No dev CSP rewrite on responses; the page itself comes with the strict one.
      expect(calledWith(log, 'session.webRequest.onHeadersReceived')).toEqual([])
      const page = await packaged.call<{ headers: Record<string, string> }>('protocol', { url: APP_PAGE })
      expect(page.headers['content-security-policy']).toBe(ELECTRON_CSP)
      // The dev server's origin is a stranger: no IPC answer, no navigation to it.
      expect(await packaged.invoke('appInfo', {}, `${devServer}/`)).toMatchObject({ ok: false })
      expect(await packaged.invoke('appInfo', {})).toMatchObject({ ok: true })
      expect(await packaged.call('webContentsEvent', { name: 'will-navigate', url: `${devServer}/` })).toEqual({ prevented: true })
      const view = (calledWith(log, 'Menu.setApplicationMenu')[0]![0] as Array<{ label?: string; submenu?: Array<{ role?: string }> }>).find(
        (item) => item.label === 'View'
      )
      const roles = view?.submenu?.map((item) => item.role) ?? []
      expect(roles).toContain('resetZoom')
      expect(roles).not.toContain('reload')
      expect(roles).not.toContain('toggleDevTools')
      expect(await packaged.call('trayProbe')).toBe('undefined')
      // The tray icons come from resources/tray, as electron-builder lays them out.
      const trayImage = calledWith(log, 'new Tray')[0]![0] as { nativeImage: string; empty: boolean }
      expect(trayImage.nativeImage).toMatch(/[/\\]build[/\\]tray[/\\]/)
      expect(trayImage.empty).toBe(false)
    } finally {
      await packaged.stop()
    }
  }, 150_000)

  it('says why and exits when the desk cannot start, instead of lingering without a window', async () => {
    ensureBuilt()
    const scratch = mkdtempSync(join(tmpdir(), 'fr24-desk-fake-electron-'))
    const notADirectory = join(scratch, 'a-file')
    writeFileSync(notADirectory, '')
    const broken = new FakeElectronApp({ ELECTRON_FAKE_USER_DATA: join(notADirectory, 'userData') })
    try {
      const exit = await Promise.race([broken.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))])
      expect(exit).toEqual({ code: 1, signal: null })
      const log = broken.exitReport?.log ?? []
      expect(calledWith(log, 'dialog.showErrorBox')).toEqual([['FR24 Desk could not start', expect.stringContaining('ENOTDIR')]])
      expect(calledWith(log, 'new BrowserWindow')).toEqual([])
      expect(log.at(-1)).toMatchObject({ what: 'app.exit', args: [1] })
    } finally {
      await broken.stop()
      rmSync(scratch, { recursive: true, force: true })
    }
  }, 150_000)

  it('says which process holds the data folder when a browser host runs on it, and exits', async () => {
    ensureBuilt()
    const scratch = mkdtempSync(join(tmpdir(), 'fr24-desk-fake-electron-'))
    // This test process plays `npm run desk --data-dir <the app's userData>`.
    const held = acquireDeskLock(scratch, { shell: 'browser-host' })
    const second = new FakeElectronApp({ ELECTRON_FAKE_USER_DATA: scratch })
    try {
      const exit = await Promise.race([second.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))])
      expect(exit).toEqual({ code: 1, signal: null })
      const log = second.exitReport?.log ?? []
      expect(calledWith(log, 'dialog.showErrorBox')).toEqual([
        ['FR24 Desk could not start', expect.stringContaining(`FR24 Desk is already running on this data folder (pid ${process.pid}, browser host`)]
      ])
      expect(calledWith(log, 'new BrowserWindow')).toEqual([])
      // Nothing of the other desk's was touched or created: only its lock (and the log folder) is there.
      expect(readdirSync(scratch).filter((name) => name !== 'logs')).toEqual(['desk.lock'])
    } finally {
      held.release()
      await second.stop()
      rmSync(scratch, { recursive: true, force: true })
    }
  }, 150_000)
})

// ---- the preload ------------------------------------------------------------------------------------------

interface FakeElectron {
  recorder: { log: Entry[]; exposed: Record<string, unknown> }
  contextBridge: unknown
  ipcRenderer: { emit(channel: string, ...args: unknown[]): boolean; listenerCount(channel: string): number }
  nativeImage: unknown
}

describe('the built preload, in a sandbox-like context with the fake electron module', () => {
  let electron: FakeElectron
  let required: string[]

  beforeAll(async () => {
    ensureBuilt()
    electron = (await import(pathToFileURL(join(repo, 'test/electron-fake/electron.mjs')).href)) as FakeElectron
    required = []
    // A sandboxed preload gets a small require: electron's renderer modules and a few Node shims, nothing else.
    const sandboxRequire = (id: string) => {
      required.push(id)
      if (id === 'electron') return { contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer, nativeImage: electron.nativeImage }
      throw new Error(`a sandboxed preload cannot require '${id}'`)
    }
    const context = vm.createContext({})
    const run = vm.compileFunction(readFileSync(preloadBundle, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], {
      parsingContext: context,
      filename: preloadBundle
    })
    const module = { exports: {} }
    run(module.exports, sandboxRequire, module, preloadBundle, join(repo, 'out/preload'))
  }, 150_000)

  const api = () => electron.recorder.exposed.desk as Record<string, unknown>

  it('requires only electron and exposes one frozen window.desk', () => {
    expect(required).toEqual(['electron'])
    expect(electron.recorder.log.filter((e) => e.what === 'contextBridge.exposeInMainWorld').map((e) => e.args)).toEqual([['desk']])
    expect(Object.isFrozen(api())).toBe(true)
  })

  it('exposes exactly one function per contract call and one subscription per event, no generic invoke', () => {
    const expected = [...callNames, ...eventNames.map((name) => subscriberName(name))].sort()
    expect(Object.keys(api()).sort()).toEqual(expected)
    for (const value of Object.values(api())) expect(typeof value).toBe('function')
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'call']) expect(api()).not.toHaveProperty(generic)
  })

  it('calls main on the named channel', async () => {
    const desk = api() as { appInfo: (request?: unknown) => Promise<unknown>; setPreferences: (request: unknown) => Promise<unknown> }
    await desk.appInfo()
    await desk.setPreferences({ language: 'en', theme: 'light' })
    const invoked = electron.recorder.log.filter((e) => e.what === 'ipcRenderer.invoke').map((e) => e.args)
    expect(invoked).toEqual([
      [CHANNEL_PREFIX.call + 'appInfo', {}],
      [CHANNEL_PREFIX.call + 'setPreferences', { language: 'en', theme: 'light' }]
    ])
  })

  it('forwards events to subscribers (payload only) until they unsubscribe', () => {
    const onBalanceChanged = api().onBalanceChanged as (listener: (payload: unknown) => void) => () => void
    const channel = CHANNEL_PREFIX.event + 'balanceChanged'
    const seen: unknown[] = []
    const unsubscribe = onBalanceChanged((payload) => seen.push(payload))
    electron.ipcRenderer.emit(channel, { sender: 'ipc event' }, { profileId: 'sandbox' })
    unsubscribe()
    electron.ipcRenderer.emit(channel, { sender: 'ipc event' }, { profileId: 'late' })
    expect(seen).toEqual([{ profileId: 'sandbox' }])
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(0)
    expect(() => onBalanceChanged('not a function' as never)).toThrow('listener must be a function')
  })
})
