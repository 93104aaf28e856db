import { type z } from 'zod'
import { call, event, NoArgs, type CallSpec, type EventSpec } from './contract/define'
import { AppInfo, Preferences } from './domain/app'
import { BalanceHistory, BalanceHistoryRequest, BalanceMovementsRequest, BalanceSettingsInput, BalanceView } from './domain/balanceView'
import { MoneyMovementList } from './domain/moneyMovement'
import { ConnectionTestResult, ProfileDraft, ProfileList, ProfileRef, ProfileSummary, SetActiveProfile } from './domain/profile'
import type { Result } from './errors'
import { Diagnostics, SandboxResetResult, SupportBundle, SupportBundleRequest } from './domain/diagnostics'
import { NoticeList, NoticeRef } from './domain/notices'

/**
 * The one IPC contract. Every call the renderer can make and every event main can
 * push is named here with its schemas; main validates requests, the renderer
 * validates responses, and the preload and HTTP bridge expose exactly these names.
 */
export const calls = {
  appInfo: call(NoArgs, AppInfo),
  getPreferences: call(NoArgs, Preferences),
  setPreferences: call(Preferences, Preferences),
  listProfiles: call(NoArgs, ProfileList),
  saveProfile: call(ProfileDraft, ProfileSummary),
  deleteProfile: call(ProfileRef, ProfileList),
  setActiveProfile: call(SetActiveProfile, ProfileList),
  testConnection: call(ProfileRef, ConnectionTestResult),
  getBalance: call(NoArgs, BalanceView),
  refreshBalance: call(NoArgs, BalanceView),
  balanceHistory: call(BalanceHistoryRequest, BalanceHistory),
  balanceMovements: call(BalanceMovementsRequest, MoneyMovementList),
  setBalanceSettings: call(BalanceSettingsInput, BalanceView),
  diagnostics: call(NoArgs, Diagnostics),
  supportBundle: call(SupportBundleRequest, SupportBundle),
  resetSandbox: call(NoArgs, SandboxResetResult),
  listNotices: call(NoArgs, NoticeList),
  dismissNotice: call(NoticeRef, NoticeList)
} satisfies Record<string, CallSpec>

export const events = {
  preferencesChanged: event(Preferences),
  profilesChanged: event(ProfileList),
  balanceChanged: event(BalanceView),
  noticesChanged: event(NoticeList)
} satisfies Record<string, EventSpec>

export type Calls = typeof calls
export type Events = typeof events
export type CallName = keyof Calls
export type EventName = keyof Events

export type CallRequest<N extends CallName> = z.input<Calls[N]['request']>
export type CallInput<N extends CallName> = z.output<Calls[N]['request']>
export type CallResponse<N extends CallName> = z.output<Calls[N]['response']>
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>

export const callNames = Object.keys(calls) as CallName[]
export const eventNames = Object.keys(events) as EventName[]

/** `preferencesChanged` → `onPreferencesChanged`. */
export type EventSubscriberName<E extends string> = `on${Capitalize<E>}`
export function subscriberName<E extends string>(name: E): EventSubscriberName<E> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as EventSubscriberName<E>
}

/** What `window.desk` is, in Electron (preload) and in the browser host (HTTP bridge) alike. */
export type DeskApi = {
  [N in CallName]: (request?: CallRequest<N>) => Promise<Result<CallResponse<N>>>
} & {
  [E in EventName as EventSubscriberName<E>]: (listener: (payload: EventPayload<E>) => void) => () => void
}

export const CHANNEL_PREFIX = { call: 'desk:call:', event: 'desk:event:' } as const
