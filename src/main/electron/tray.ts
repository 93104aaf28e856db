import { app, dialog, Menu, nativeImage, Notification, Tray, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DeskNotification } from '../desk/tray/notifications'
import type { TrayPort } from '../desk/tray/trayDesk'
import type { TrayMenuItem, TrayProfileItem, TrayState } from '../desk/tray/trayModel'
import { trayStrings } from '../desk/tray/trayText'

/**
 * The OS tray and notifications: draws what desk/tray decided (tray state, notifications,
 * close-to-tray) and nothing more. Every decision lives in src/main/desk/tray/ as pure,
 * tested code; this glue sees only the tray's port.
 */
export interface TrayOptions {
  tray: TrayPort
  /** Shows (creating it if needed) and focuses the desk window. */
  showWindow: () => void
  quit: () => void
}

export interface DeskTray {
  /** Give to createMainWindow's `onClose`: hides to the tray instead of closing, when the agent wants that. */
  onWindowClose: (event: Electron.Event, window: BrowserWindow) => void
  /** Call from `before-quit` so the window is allowed to close. */
  setQuitting(): void
  destroy(): void
  /** What was drawn last, whether the tray still exists, and a menu click by id: for the e2e probe (electron/testing/trayProbe.ts). */
  drawn(): TrayState | undefined
  exists(): boolean
  clickMenuItem(id: string): void
}

export function installTray(options: TrayOptions): DeskTray {
  const port = options.tray
  const iconDir = trayIconDir()
  const shown = new Set<Notification>()
  let quitting = false
  let drawn: { icon?: string; menuKey?: string; state?: TrayState } = {}
  let menu: Menu | undefined

  const initial = port.view()
  const tray = new Tray(image(iconDir, initial.icon))
  tray.on('click', () => {
    // macOS opens the menu on click; elsewhere a click opens the desk.
    if (process.platform !== 'darwin') options.showWindow()
  })

  const draw = (state: TrayState): void => {
    if (tray.isDestroyed()) return
    if (drawn.icon !== state.icon) tray.setImage(image(iconDir, state.icon))
    if (process.platform === 'darwin') tray.setTitle(state.title)
    tray.setToolTip(state.tooltip)
    const menuKey = JSON.stringify(state.menu)
    if (drawn.menuKey !== menuKey) {
      menu = Menu.buildFromTemplate(state.menu.map(toMenuItem))
      tray.setContextMenu(menu)
    }
    drawn = { icon: state.icon, menuKey, state }
  }

  const notify = (n: DeskNotification): void => {
    if (!Notification.isSupported()) return
    const note = new Notification({ title: n.title, body: n.body, silent: !n.urgent, urgency: n.urgent ? 'critical' : 'normal' })
    shown.add(note)
    note.on('click', () => options.showWindow())
    note.on('close', () => shown.delete(note))
    note.show()
  }

  const switchProfile = async (profile: TrayProfileItem): Promise<void> => {
    if (profile.checked) return
    let confirmProduction: true | undefined
    if (profile.environment === 'production') {
      const words = trayStrings(port.language()).confirmProduction
      const answer = await dialog.showMessageBox({
        type: 'warning',
        message: words.message(profile.label),
        detail: words.detail,
        buttons: [words.confirm, words.cancel],
        defaultId: 1,
        cancelId: 1
      })
      if (answer.response !== 0) return
      confirmProduction = true
    }
    const result = await port.switchProfile(profile.profileId, confirmProduction)
    if (!result.ok) dialog.showErrorBox(trayStrings(port.language()).appName, result.message)
  }

  function toMenuItem(item: TrayMenuItem): MenuItemConstructorOptions {
    switch (item.type) {
      case 'label':
        return { label: item.label, enabled: false }
      case 'separator':
        return { type: 'separator' }
      case 'action':
        return { id: item.action, label: item.label, enabled: item.enabled, click: () => runAction(item.action) }
      case 'deadline':
        return { id: `deadline:${item.orderNo}`, label: item.label, click: () => options.showWindow() }
      case 'profiles':
        return {
          id: 'profiles',
          label: item.label,
          submenu: item.profiles.map((p) => ({
            id: `profile:${p.profileId}`,
            type: 'radio' as const,
            label: p.label,
            checked: p.checked,
            click: () => void switchProfile(p)
          }))
        }
    }
  }

  function runAction(action: 'refresh' | 'open' | 'quit'): void {
    if (action === 'refresh') port.refresh()
    else if (action === 'open') options.showWindow()
    else options.quit()
  }

  draw(initial)
  const unsubscribe = port.subscribe(({ tray: state, notifications }) => {
    draw(state)
    for (const n of notifications) notify(n)
  })

  return {
    onWindowClose: (event, window) => {
      const decision = port.closeWindow({ quitting, trayAvailable: !tray.isDestroyed() })
      if (decision.action === 'close') return
      event.preventDefault()
      window.hide()
      if (decision.explain) notify(decision.explain)
    },
    setQuitting: () => {
      quitting = true
    },
    destroy: () => {
      unsubscribe()
      if (!tray.isDestroyed()) tray.destroy()
    },
    drawn: () => drawn.state,
    exists: () => !tray.isDestroyed(),
    clickMenuItem: (id) => menu?.getMenuItemById(id)?.click()
  }
}

/** build/tray while developing; resources/tray (electron-builder's extraResources) when packaged. */
function trayIconDir(): string {
  if (app.isPackaged) return join(process.resourcesPath, 'tray')
  const candidates = [join(import.meta.dirname, '..', '..', 'build', 'tray'), join(app.getAppPath(), 'build', 'tray')]
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!
}

/** `<dir>/<name>.png`; Electron picks `<name>@2x.png` on high-DPI screens and treats `…Template` as a macOS template image. */
function image(dir: string, name: string): Electron.NativeImage {
  return nativeImage.createFromPath(join(dir, `${name}.png`))
}
