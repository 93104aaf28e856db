import type { diagnosticsCalls } from '../../../shared/contract/diagnostics'
import { SANDBOX_PROFILE_ID } from '../../../shared/domain/profile'
import { listInferredFields, supportBundle } from '../../fr24'
import type { SandboxHandle } from '../../sandbox'
import type { Clock } from '../../util/clock'
import type { HandlerMap } from '../core/dispatch'
import type { Fr24Clients } from '../core/fr24Clients'

/** How many recent calls Settings → Diagnostics lists. */
const RECENT_CALLS = 100

/** Settings → Diagnostics (contract/diagnostics.ts): the wire log, schema drift, support bundles, and the Sandbox reset. */
export function diagnosticsHandlers(deps: {
  clients: Fr24Clients
  sandbox: SandboxHandle
  appVersion: string
  clock: Clock
  /** Called after the Sandbox was reset so the balance shows the opening amount again. */
  afterSandboxReset: () => void
}): HandlerMap<typeof diagnosticsCalls> {
  const inferredFieldCount = listInferredFields().length
  return {
    diagnostics: () => ({
      appVersion: deps.appVersion,
      calls: deps.clients.wireLog.entries().slice(-RECENT_CALLS).reverse(),
      drift: deps.clients.drift.counts(),
      driftTotal: deps.clients.drift.total(),
      inferredFieldCount
    }),
    supportBundle: ({ traceId }) => ({
      traceId,
      text: supportBundle({
        traceId,
        wireLog: deps.clients.wireLog,
        drift: deps.clients.drift,
        appVersion: deps.appVersion,
        now: () => deps.clock.now()
      })
    }),
    resetSandbox: async () => {
      await deps.sandbox.reset()
      deps.afterSandboxReset()
      return { profileId: SANDBOX_PROFILE_ID, resetAt: deps.clock.now() }
    }
  }
}
