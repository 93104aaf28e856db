import type { DeskTray } from '../tray'

/**
 * For the real-Electron e2e (e2e/electron/tray.spec.ts): Electron has no getter for a
 * tray's tooltip or menu, so with FR24_DESK_E2E=1 the test reads what the tray drew and
 * clicks its menu through `globalThis.__fr24DeskTray`. Installed by index.ts only then.
 */
export function exposeTrayProbe(tray: DeskTray): void {
  ;(globalThis as Record<string, unknown>).__fr24DeskTray = {
    state: () => tray.drawn(),
    exists: () => tray.exists(),
    click: (id: string) => tray.clickMenuItem(id)
  }
}
