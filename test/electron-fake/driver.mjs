/**
 * Lets the parent test process read the fake's recording and call what the app installed, over the
 * child's IPC channel: the parent sends { id, op, args }, the child answers { id, ok, value | error }.
 * Each op calls the app's own handler the way Electron would, with a fake event; nothing more.
 */
import { app, fakeEvent, recorder } from './electron.mjs'

const APP_PAGE = 'app://desk/index.html'

function firstWindow() {
  const window = recorder.windows[0]
  if (!window) throw new Error('the app created no window')
  return window
}

function tray() {
  const found = recorder.trays.at(-1)
  if (!found) throw new Error('the app created no tray')
  return found
}

const ops = {
  log: () => recorder.log,

  /** Which e2e hook index.ts installed: the tray probe (testing/trayProbe.ts) is a global or nothing. */
  trayProbe: () => typeof globalThis.__fr24DeskTray,

  windows: () => recorder.windows.map((w) => ({ id: w.id, visible: w.isVisible(), destroyed: w.isDestroyed() })),

  /** ipcRenderer.invoke from a frame at `frameUrl` (the top frame, or a subframe of the desk page). */
  invoke: ({ channel, frameUrl, topFrame, request }) => {
    const handler = recorder.handlers.ipc.get(channel)
    if (!handler) throw new Error(`no ipcMain handler for '${channel}'`)
    const senderFrame = { url: frameUrl, parent: topFrame ? null : { url: APP_PAGE, parent: null } }
    return handler(fakeEvent({ sender: firstWindow().webContents, senderFrame, processId: 1, frameId: topFrame ? 1 : 2 }), request)
  },

  /** A request the renderer makes to a custom scheme. */
  protocol: async ({ url }) => {
    const handler = recorder.handlers.protocol.get(new URL(url).protocol.slice(0, -1))
    if (!handler) throw new Error(`no protocol handler for ${url}`)
    try {
      const response = await handler(new Request(url))
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
    } catch (error) {
      return { failed: String(error) }
    }
  },

  windowOpen: ({ url }) => {
    const handler = firstWindow().webContents.windowOpenHandler
    if (!handler) throw new Error('no window open handler')
    return handler({ url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: APP_PAGE, policy: 'strict-origin' } })
  },

  /** A preventable webContents event such as will-navigate; answers whether the app prevented it. */
  webContentsEvent: ({ name, url }) => {
    const event = fakeEvent({ url })
    firstWindow().webContents.emit(name, event, url)
    return { prevented: event.defaultPrevented }
  },

  permission: async ({ permission }) => {
    const { permissionRequest, permissionCheck } = recorder.handlers
    const contents = firstWindow().webContents
    const granted = permissionRequest
      ? await new Promise((resolve) => permissionRequest(contents, permission, resolve, { requestingUrl: APP_PAGE, isMainFrame: true }))
      : 'no handler'
    const checked = permissionCheck ? permissionCheck(contents, permission, 'app://desk', { requestingUrl: APP_PAGE }) : 'no handler'
    return { granted, checked }
  },

  /** A response passing session.webRequest.onHeadersReceived; answers the headers the app lets through. */
  headersReceived: ({ url, responseHeaders }) => {
    const handler = recorder.handlers.headersReceived
    if (!handler) throw new Error('no onHeadersReceived listener')
    return new Promise((resolve) => handler({ url, resourceType: 'mainFrame', statusCode: 200, responseHeaders }, resolve))
  },

  appEvent: ({ name }) => void app.emit(name, fakeEvent()),

  closeWindow: () => void firstWindow().close(),

  trayClick: () => void tray().emit('click', fakeEvent(), {}),

  trayMenuClick: ({ id }) => {
    const item = tray().menu?.getMenuItemById(id)
    if (!item?.click) throw new Error(`no clickable tray menu item '${id}'`)
    item.click(item, undefined, fakeEvent())
  }
}

if (process.send) {
  // Tell the parent everything before the process ends, since it cannot ask afterwards.
  recorder.exit = (code) => process.send({ type: 'exit', code, log: recorder.log }, () => process.exit(code))
  process.on('disconnect', () => process.exit(0))
  process.on('message', async ({ id, op, args = {} }) => {
    try {
      if (!ops[op]) throw new Error(`unknown op '${op}'`)
      process.send({ id, ok: true, value: await ops[op](args) })
    } catch (error) {
      process.send({ id, ok: false, error: String(error?.stack ?? error) })
    }
  })
}
