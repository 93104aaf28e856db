import { Diagnostics, SandboxResetResult, SupportBundle, SupportBundleRequest } from '../domain/diagnostics'
import { call, NoArgs, type CallSpec, type EventSpec } from './define'

export const diagnosticsCalls = {
  diagnostics: call(NoArgs, Diagnostics),
  supportBundle: call(SupportBundleRequest, SupportBundle),
  resetSandbox: call(NoArgs, SandboxResetResult)
} satisfies Record<string, CallSpec>

export const diagnosticsEvents = {} satisfies Record<string, EventSpec>
