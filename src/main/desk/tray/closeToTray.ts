import type { Language } from '../../../shared/domain/app'
import type { DeskNotification } from './notifications'
import { trayStrings } from './trayText'

export interface WindowCloseInput {
  /** The agent's setting (default on). */
  closeToTray: boolean
  /** The agent was already told once where the desk went. */
  explained: boolean
  /** The app is quitting (menu Quit, OS shutdown): let the window close. */
  quitting: boolean
  /** A tray icon exists to come back from. */
  trayAvailable: boolean
  platform: string
  language: Language
}

export type WindowCloseDecision =
  | { action: 'close' }
  | { action: 'hide'; /** The first time only: where the desk went. */ explain?: DeskNotification }

/**
 * What closing the main window does. With close-to-tray on (the default) and a tray to
 * come back from, the window hides and the desk keeps watching the balance; the first
 * time, a notification says where it went. Quitting always closes.
 */
export function decideWindowClose(input: WindowCloseInput): WindowCloseDecision {
  if (input.quitting || !input.closeToTray || !input.trayAvailable) return { action: 'close' }
  if (input.explained) return { action: 'hide' }
  const s = trayStrings(input.language).notify
  return {
    action: 'hide',
    explain: {
      id: 'closed-to-tray',
      kind: 'closed-to-tray',
      title: s.closedToTrayTitle,
      body: s.closedToTrayBody(input.platform),
      urgent: false
    }
  }
}
