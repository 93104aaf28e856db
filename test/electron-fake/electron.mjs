/**
 * A thin stand-in for the 'electron' module, for smoke tests that run the BUILT bundles under plain
 * Node (no Electron binary can exist on this machine). It records what the app asks of Electron and
 * keeps the handlers and listeners the app installs, so a test can read the log and call them.
 * Behaviour is only what the app needs to start: 'ready' fires once the app asks for it, a loaded
 * window reports 'ready-to-show', net.fetch reads file: URLs, app.quit() runs the quit events.
 * It does not render, route IPC, enforce CSP or talk to the OS: that stays Electron's job.
 * A few "not before ready" rules Electron enforces are kept, since breaking them crashes the real app.
 */
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What the app asked, in order, as plain data (functions become '[function]'). */
export const recorder = {
  log: [],
  ready: false,
  handlers: { ipc: new Map(), protocol: new Map(), permissionRequest: undefined, permissionCheck: undefined, headersReceived: undefined },
  windows: [],
  trays: [],
  exposed: {},
  /** How the process ends after app.quit()/app.exit(); the driver replaces it to report first. */
  exit: (code) => process.exit(code)
}

const plain = (value) => JSON.parse(JSON.stringify(value ?? null, (_key, v) => (typeof v === 'function' ? '[function]' : v)))

function record(what, ...args) {
  recorder.log.push({ what, args: plain(args), ready: recorder.ready })
}

function mustBeReady(what) {
  if (!recorder.ready) throw new Error(`fake electron: ${what} cannot be used before the app is ready`)
}

/** The event object Electron passes to preventable events. */
export function fakeEvent(extra = {}) {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

// ---- app ------------------------------------------------------------------------------------------

let resolveReady
const readyPromise = new Promise((resolve) => (resolveReady = resolve))
let readyScheduled = false
let quitting = false

class App extends EventEmitter {
  // ELECTRON_FAKE_IS_PACKAGED=1 plays an installed app; Electron then also sets process.resourcesPath.
  isPackaged = process.env.ELECTRON_FAKE_IS_PACKAGED === '1'

  whenReady() {
    // Electron emits 'ready' after the main script has run; here, on the tick after the app first asks.
    if (!readyScheduled) {
      readyScheduled = true
      setImmediate(() => {
        recorder.ready = true
        record('app:ready')
        this.emit('ready', fakeEvent(), {})
        resolveReady()
      })
    }
    return readyPromise
  }
  isReady() {
    return recorder.ready
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock')
    return process.env.ELECTRON_FAKE_SINGLE_INSTANCE_LOCK !== 'taken'
  }
  quit() {
    record('app.quit')
    if (quitting) return
    const beforeQuit = fakeEvent()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    quitting = true
    for (const window of BrowserWindow.getAllWindows()) window.close()
    if (BrowserWindow.getAllWindows().length > 0) return void (quitting = false)
    const willQuit = fakeEvent()
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) return void (quitting = false)
    this.emit('quit', fakeEvent(), 0)
    this.exit(0)
  }
  exit(code = 0) {
    record('app.exit', code)
    recorder.exit(code)
  }
  getPath(name) {
    const userData = process.env.ELECTRON_FAKE_USER_DATA
    const paths = { home: homedir(), temp: tmpdir(), userData, sessionData: userData, logs: userData && join(userData, 'logs') }
    if (!paths[name]) throw new Error(`fake electron: no path '${name}' (set ELECTRON_FAKE_USER_DATA)`)
    return paths[name]
  }
  getAppPath() {
    return process.cwd()
  }
  getName() {
    return this.#pkg().productName ?? this.#pkg().name
  }
  getVersion() {
    return this.#pkg().version
  }
  getLocale() {
    return 'en-US'
  }
  #pkg() {
    return JSON.parse(readFileSync(join(this.getAppPath(), 'package.json'), 'utf8'))
  }
}
export const app = new App()
// electron-builder copies build/tray to <resources>/tray (extraResources), so build/ stands in for resources/.
if (app.isPackaged) process.resourcesPath = process.env.ELECTRON_FAKE_RESOURCES_PATH ?? join(process.cwd(), 'build')

// ---- windows ----------------------------------------------------------------------------------------

let nextId = 1

class WebContents extends EventEmitter {
  id = nextId++
  url = ''
  windowOpenHandler = undefined
  #destroyed = false
  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler', handler)
    this.windowOpenHandler = handler
  }
  send(channel, ...args) {
    record('webContents.send', channel, ...args)
  }
  getURL() {
    return this.url
  }
  isDestroyed() {
    return this.#destroyed
  }
  destroy() {
    this.#destroyed = true
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return recorder.windows.filter((w) => !w.isDestroyed())
  }

  id = nextId++
  #visible = false
  #minimized = false
  #destroyed = false

  constructor(options = {}) {
    super()
    mustBeReady('BrowserWindow')
    record('new BrowserWindow', options)
    this.options = options
    this.webContents = new WebContents()
    recorder.windows.push(this)
    app.emit('web-contents-created', fakeEvent(), this.webContents)
  }
  loadURL(url) {
    record('window.loadURL', url)
    this.webContents.url = url
    // Stands for the renderer's first paint.
    setImmediate(() => !this.#destroyed && this.emit('ready-to-show'))
    return Promise.resolve()
  }
  show() {
    record('window.show')
    this.#visible = true
    this.#minimized = false
  }
  hide() {
    record('window.hide')
    this.#visible = false
  }
  focus() {
    record('window.focus')
  }
  minimize() {
    this.#minimized = true
  }
  restore() {
    record('window.restore')
    this.#minimized = false
  }
  isMinimized() {
    return this.#minimized
  }
  isVisible() {
    return this.#visible
  }
  isDestroyed() {
    return this.#destroyed
  }
  close() {
    record('window.close')
    if (this.#destroyed) return
    const event = fakeEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  destroy() {
    if (this.#destroyed) return
    this.#destroyed = true
    this.#visible = false
    this.webContents.destroy()
    this.emit('closed')
    if (!quitting && BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
  }
}

// ---- session, protocol, net -------------------------------------------------------------------------

const defaultSession = {
  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler', handler)
    recorder.handlers.permissionRequest = handler
  },
  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler', handler)
    recorder.handlers.permissionCheck = handler
  },
  webRequest: {
    onHeadersReceived(...args) {
      record('session.webRequest.onHeadersReceived', ...args)
      recorder.handlers.headersReceived = args.at(-1)
    }
  }
}

export const session = {
  get defaultSession() {
    mustBeReady('session.defaultSession')
    return defaultSession
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('protocol.registerSchemesAsPrivileged', schemes)
  },
  handle(scheme, handler) {
    mustBeReady('protocol.handle')
    if (recorder.handlers.protocol.has(scheme)) throw new Error(`fake electron: scheme '${scheme}' is already handled`)
    record('protocol.handle', scheme, handler)
    recorder.handlers.protocol.set(scheme, handler)
  }
}

export const net = {
  async fetch(input, init) {
    const url = typeof input === 'string' ? input : input.url
    record('net.fetch', url)
    if (!url.startsWith('file:')) return fetch(input, init)
    // Electron's net.fetch reads file: URLs itself; Node's fetch cannot.
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200 })
    } catch {
      throw new Error('net::ERR_FILE_NOT_FOUND')
    }
  }
}

// ---- IPC ----------------------------------------------------------------------------------------------

export const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel, handler) {
    if (recorder.handlers.ipc.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    record('ipcMain.handle', channel)
    recorder.handlers.ipc.set(channel, handler)
  },
  removeHandler(channel) {
    record('ipcMain.removeHandler', channel)
    recorder.handlers.ipc.delete(channel)
  }
})

export const contextBridge = {
  exposeInMainWorld(key, api) {
    record('contextBridge.exposeInMainWorld', key)
    recorder.exposed[key] = api
  }
}

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke(channel, ...args) {
    record('ipcRenderer.invoke', channel, ...args)
    return Promise.resolve(undefined)
  },
  send(channel, ...args) {
    record('ipcRenderer.send', channel, ...args)
  }
})

// ---- menus, tray, notifications, dialogs, shell --------------------------------------------------------

export class Menu {
  static buildFromTemplate(template) {
    record('Menu.buildFromTemplate', template)
    return new Menu(template)
  }
  static setApplicationMenu(menu) {
    record('Menu.setApplicationMenu', menu?.items ?? null)
  }
  constructor(items = []) {
    this.items = items
  }
  getMenuItemById(id, items = this.items) {
    for (const item of items) {
      if (item.id === id) return item
      const inner = Array.isArray(item.submenu) ? this.getMenuItemById(id, item.submenu) : undefined
      if (inner) return inner
    }
    return null
  }
}

class NativeImage {
  constructor(path) {
    this.path = path
  }
  isEmpty() {
    return !this.path || !existsSync(this.path)
  }
  toJSON() {
    return { nativeImage: this.path, empty: this.isEmpty() }
  }
}

export const nativeImage = {
  createFromPath: (path) => new NativeImage(path),
  createEmpty: () => new NativeImage('')
}

export class Tray extends EventEmitter {
  #destroyed = false
  constructor(image) {
    super()
    mustBeReady('Tray')
    record('new Tray', image)
    recorder.trays.push(this)
  }
  setImage(image) {
    record('tray.setImage', image)
  }
  setTitle(title) {
    record('tray.setTitle', title)
  }
  setToolTip(text) {
    record('tray.setToolTip', text)
    this.tooltip = text
  }
  setContextMenu(menu) {
    record('tray.setContextMenu', menu?.items ?? null)
    this.menu = menu
  }
  isDestroyed() {
    return this.#destroyed
  }
  destroy() {
    record('tray.destroy')
    this.#destroyed = true
  }
}

export class Notification extends EventEmitter {
  static isSupported() {
    return true
  }
  constructor(options) {
    super()
    record('new Notification', options)
    this.options = options
  }
  show() {
    record('notification.show', this.options)
  }
  close() {
    this.emit('close', fakeEvent())
  }
}

export const dialog = {
  showMessageBox(...args) {
    record('dialog.showMessageBox', ...args)
    const options = args.at(-1)
    return Promise.resolve({ response: options?.cancelId ?? 0, checkboxChecked: false })
  },
  showErrorBox(title, content) {
    record('dialog.showErrorBox', title, content)
  }
}

export const shell = {
  openExternal(url) {
    record('shell.openExternal', url)
    return Promise.resolve()
  }
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  nativeImage,
  net,
  Notification,
  protocol,
  session,
  shell,
  Tray
}
