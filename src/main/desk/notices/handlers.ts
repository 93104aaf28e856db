import type { noticeCalls } from '../../../shared/contract/notices'
import type { HandlerMap } from '../core/dispatch'
import type { DeskNotices } from './notices'

/** The notice calls of the contract (contract/notices.ts). */
export function noticeHandlers(notices: DeskNotices): HandlerMap<typeof noticeCalls> {
  return {
    listNotices: () => notices.list(),
    dismissNotice: ({ id }) => notices.dismiss(id)
  }
}
