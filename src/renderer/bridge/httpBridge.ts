import { callNames, eventNames, subscriberName, type DeskApi } from '../../shared/contract'

const TOKEN_KEY = 'fr24-desk-token'

/**
 * In the browser host there is no preload: this builds the same `window.desk` over
 * HTTP (calls) and server-sent events (events). The per-launch token arrives in the
 * URL once, moves to session storage, and leaves the address bar.
 */
export function installHttpBridge(target: Window): void {
  const token = takeToken(target)
  const desk: Record<string, unknown> = {}

  for (const name of callNames) {
    desk[name] = async (request?: unknown) => {
      try {
        const response = await fetch(`/api/call/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-desk-token': token },
          body: JSON.stringify(request ?? {})
        })
        if (!response.ok) return hostError(`The desk host refused the call (HTTP ${response.status}). Reopen the desk from the link the host printed.`)
        return (await response.json()) as unknown
      } catch {
        return hostError('The desk host is not answering. Is `npm run desk` still running?')
      }
    }
  }

  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
  for (const name of eventNames) {
    listeners.set(name, new Set())
    source.addEventListener(name, (message) => {
      let payload: unknown
      try {
        payload = JSON.parse((message as MessageEvent<string>).data)
      } catch {
        return
      }
      for (const listener of listeners.get(name) ?? []) listener(payload)
    })
    desk[subscriberName(name)] = (listener: (payload: unknown) => void) => {
      listeners.get(name)?.add(listener)
      return () => listeners.get(name)?.delete(listener)
    }
  }

  Object.defineProperty(target, 'desk', { value: Object.freeze(desk) as DeskApi, configurable: false, writable: false })
}

function takeToken(target: Window): string {
  const url = new URL(target.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    target.sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    target.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return target.sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function hostError(message: string) {
  return { ok: false, error: { kind: 'network', message, action: 'retry-now' } }
}
