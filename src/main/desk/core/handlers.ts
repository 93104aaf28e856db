import type { coreCalls } from '../../../shared/contract/core'
import type { AppInfo } from '../../../shared/domain/app'
import type { HandlerMap } from './dispatch'

/** The desk's own calls (contract/core.ts); `cancel` is answered by the dispatcher itself. */
export function coreHandlers(info: () => AppInfo): HandlerMap<typeof coreCalls> {
  return {
    appInfo: info
  }
}
