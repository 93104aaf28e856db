import { create } from 'zustand'
import type { StartupNotice } from '../../shared/domain/notices'
import { deskFeed, type DeskPorts } from '../feeds/feed'
import { windowDesk } from '../feeds/deskPorts'

/** What the desk found wrong with its files at start-up, as main lists it (dismissed ones gone). */
export interface NoticeState {
  notices: StartupNotice[]
  setNotices(notices: StartupNotice[]): void
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  setNotices: (notices) => set({ notices })
}))

/** listNotices, then every noticesChanged (another window dismissed one). A failed read shows none. */
export function noticesFeed(ports: DeskPorts = windowDesk) {
  const { setNotices } = useNoticeStore.getState()
  return deskFeed(ports, {
    call: 'listNotices',
    event: 'noticesChanged',
    apply: (list) => setNotices(list.notices),
    fail: () => undefined
  })
}
