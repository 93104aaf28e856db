import { NoticeList, NoticeRef } from '../domain/notices'
import { call, event, NoArgs, type CallSpec, type EventSpec } from './define'

export const noticeCalls = {
  listNotices: call(NoArgs, NoticeList),
  dismissNotice: call(NoticeRef, NoticeList)
} satisfies Record<string, CallSpec>

export const noticeEvents = {
  noticesChanged: event(NoticeList)
} satisfies Record<string, EventSpec>
