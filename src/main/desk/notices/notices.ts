import type { NewStartupNotice, NoticeList, StartupNotice } from '../../../shared/domain/notices'
import type { Logger } from '../../util/log'
import type { EventHub } from '../core/events'

/** Where a service reports what it found wrong with a file and kept aside. */
export type ReportNotice = (notice: NewStartupNotice) => void

/**
 * The notices the agent has not dismissed yet. Held in memory for this run: each
 * problem is repaired when it is found (the damaged file moved or copied aside), so
 * the same notice does not come back on the next start.
 */
export class DeskNotices {
  private readonly notices: StartupNotice[] = []
  private next = 1

  constructor(
    private readonly hub: EventHub,
    private readonly log: Logger
  ) {}

  readonly report: ReportNotice = (notice) => {
    const full = { ...notice, id: `notice-${this.next++}` } as StartupNotice
    this.notices.push(full)
    this.log.warn('startup notice', { ...full })
    this.hub.emit('noticesChanged', this.list())
  }

  list(): NoticeList {
    return { notices: [...this.notices] }
  }

  /** Dismissing an unknown (already dismissed) notice is fine: two windows may both close it. */
  dismiss(id: string): NoticeList {
    const index = this.notices.findIndex((notice) => notice.id === id)
    if (index >= 0) {
      this.notices.splice(index, 1)
      this.hub.emit('noticesChanged', this.list())
    }
    return this.list()
  }
}
