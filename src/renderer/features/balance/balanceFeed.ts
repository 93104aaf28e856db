import { deskFeed, type DeskPorts } from '../../feeds/feed'
import { windowDesk } from '../../feeds/deskPorts'
import { useBalanceStore } from './balanceStore'

/** The active account's balance view: getBalance, then every balanceChanged (applyView orders crossing views). */
export function balanceFeed(ports: DeskPorts = windowDesk) {
  const { setView, setLoadError } = useBalanceStore.getState()
  return deskFeed(ports, { call: 'getBalance', event: 'balanceChanged', apply: setView, fail: setLoadError })
}
