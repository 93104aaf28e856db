import type { coreCalls } from '../../../shared/contract/core'
import type { AppInfo } from '../../../shared/domain/app'
import type { HandlerMap } from './dispatch'

export interface AppFacts {
  version: string
  shell: AppInfo['shell']
  platform: string
  systemLocale: string
  /** Milliseconds from process start until the services were ready. */
  servicesReadyMs: number
}

/** The desk's own calls (contract/core.ts); `cancel` is answered by the dispatcher itself. */
export function coreHandlers(facts: AppFacts): HandlerMap<typeof coreCalls> {
  const info: AppInfo = {
    name: 'FR24 Desk',
    version: facts.version,
    shell: facts.shell,
    platform: facts.platform,
    systemLocale: facts.systemLocale,
    startup: { servicesReadyMs: facts.servicesReadyMs }
  }
  return {
    appInfo: () => info
  }
}
