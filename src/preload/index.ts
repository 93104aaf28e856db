import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNEL_PREFIX, callNames, eventNames, subscriberName } from '../shared/contract'

/**
 * Exposes `window.desk`: one named function per contract call and one `on<Event>`
 * subscription per contract event. No generic invoke, no ipcRenderer, no Node.
 * Arguments and answers are plain data; main validates requests, the renderer
 * validates answers.
 */
const desk: Record<string, unknown> = {}

for (const name of callNames) {
  desk[name] = (request?: unknown) => ipcRenderer.invoke(CHANNEL_PREFIX.call + name, request ?? {})
}

for (const name of eventNames) {
  desk[subscriberName(name)] = (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function')
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(CHANNEL_PREFIX.event + name, forward)
    return () => {
      ipcRenderer.removeListener(CHANNEL_PREFIX.event + name, forward)
    }
  }
}

contextBridge.exposeInMainWorld('desk', Object.freeze(desk))
