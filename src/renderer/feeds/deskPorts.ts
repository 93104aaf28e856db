import { callDesk, onDeskEvent } from '../desk/client'
import type { DeskPorts } from './feed'

/** Feeds in the window reach main through the renderer's one client. */
export const windowDesk: DeskPorts = {
  call: (name) => callDesk(name),
  on: onDeskEvent
}
