import { create } from 'zustand'
import type { BalanceHistory, BalanceView } from '../../../shared/domain/balanceView'
import type { MoneyMovementList } from '../../../shared/domain/moneyMovement'
import type { DeskError } from '../../../shared/errors'
import {
  applyHistory,
  applyMovements,
  applyView,
  changeSince,
  initialBalanceState,
  type BalanceState
} from './balanceState'

export interface BalanceStore extends BalanceState {
  setView(view: BalanceView): void
  setLoadError(error: DeskError): void
  setRefreshing(refreshing: boolean): void
  setSince(since: number): void
  setHistory(history: BalanceHistory): void
  setMovements(movements: MoneyMovementList): void
  setActionError(error: DeskError | undefined): void
}

/** View state only: what main said about the balance. No secrets, no decisions. */
export const useBalanceStore = create<BalanceStore>()((set) => ({
  ...initialBalanceState(Date.now()),
  setView: (view) => set((s) => applyView(s, view)),
  setLoadError: (loadError) => set({ loadError }),
  setRefreshing: (refreshing) => set({ refreshing }),
  setSince: (since) => set((s) => changeSince(s, since)),
  setHistory: (history) => set((s) => applyHistory(s, history)),
  setMovements: (movements) => set((s) => applyMovements(s, movements)),
  setActionError: (actionError) => set({ actionError })
}))
