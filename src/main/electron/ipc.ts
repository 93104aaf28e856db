import { ipcMain, type BrowserWindow } from 'electron'
import { CHANNEL_PREFIX, callNames } from '../../shared/contract'
import { deskError } from '../../shared/errors'
import type { DeskApp } from '../desk/app'
import { isTrustedSender } from './policy'

/** Binds every contract call to the dispatcher and forwards every event to the window. */
export function bindContract(app: DeskApp, getWindow: () => BrowserWindow | undefined, devServerUrl?: string): () => void {
  for (const name of callNames) {
    ipcMain.handle(CHANNEL_PREFIX.call + name, (event, request: unknown) => {
      const frame = event.senderFrame
      if (!frame || !isTrustedSender(frame.url, frame.parent === null, devServerUrl)) {
        return { ok: false, error: deskError('validation', 'desk.call.notFromWindow') }
      }
      return app.dispatch(name, request)
    })
  }
  const unsubscribe = app.hub.subscribe((name, payload) => {
    const window = getWindow()
    if (window && !window.isDestroyed()) window.webContents.send(CHANNEL_PREFIX.event + name, payload)
  })
  return () => {
    unsubscribe()
    for (const name of callNames) ipcMain.removeHandler(CHANNEL_PREFIX.call + name)
  }
}
