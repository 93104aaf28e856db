import { BalanceHistory, BalanceHistoryRequest, BalanceMovementsRequest, BalanceSettingsInput, BalanceView } from '../domain/balanceView'
import { MoneyMovementList } from '../domain/moneyMovement'
import { call, event, NoArgs, type CallSpec, type EventSpec } from './define'

export const balanceCalls = {
  getBalance: call(NoArgs, BalanceView),
  refreshBalance: call(NoArgs, BalanceView),
  balanceHistory: call(BalanceHistoryRequest, BalanceHistory),
  balanceMovements: call(BalanceMovementsRequest, MoneyMovementList),
  setBalanceSettings: call(BalanceSettingsInput, BalanceView)
} satisfies Record<string, CallSpec>

export const balanceEvents = {
  balanceChanged: event(BalanceView)
} satisfies Record<string, EventSpec>
