import type { AddressInfo } from 'node:net'
import { systemClock, type Clock } from '../util/clock'
import { createLogger, type Logger } from '../util/log'
import { SandboxControl } from './control/control'
import { SandboxCore, type SandboxAccount, type SandboxSettings } from './state/core'
import { FaultBook } from './http/faults'
import { Notifier } from './operations/notify'
import { createSandboxServer } from './http/server'

/**
 * FR24 Sandbox: a stateful simulator of the FR24 partner API on a loopback
 * port. The desk starts one as its default (Sandbox) account; tests start
 * one per suite; `npm run sandbox` runs one on its own (cli.ts).
 */

export type { SandboxAccount, SandboxSettings } from './state/core'
export type { SandboxControl, SandboxStateView } from './control/control'
export type { FaultKind, FaultRule, FaultSpec } from './http/faults'

export interface SandboxOptions {
  /** Loopback only: '127.0.0.1' (default), '::1' or 'localhost'. */
  host?: string
  /** 0 (default) picks a free port. */
  port?: number
  /** Same seed, same flights and fares. */
  seed: string | number
  account: SandboxAccount
  /** Defaults to the system clock. The control API can move business time on from it. */
  clock?: Clock
  /**
   * A folder (the sandbox keeps fr24-sandbox-state.sqlite in it), a .sqlite file, or a .json file
   * (the older form: state.sqlite beside it, state.json imported once); omitted = memory only.
   */
  statePath?: string
  /** Enables POST /__control/<op> for callers sending X-Sandbox-Control-Token: <token>. */
  controlToken?: string
  /** Load knob: every search returns at least this many offers where the route allows. */
  offerCountKnob?: number
  /** Delays and rates; see SandboxSettings. */
  settings?: Partial<SandboxSettings>
  /** Push orderChangeInforming to this URL (off by default: the desk polls orderDetail). */
  notifyUrl?: string
  /** Where unexpected failures are reported (default: JSON lines on the console). */
  log?: Logger
}

/** What the desk needs of a Sandbox, wherever it runs (here, or on its own thread: worker.ts). */
export interface SandboxHandle {
  /** Base URL, e.g. http://127.0.0.1:53127 — FR24 paths go under it. */
  url: string
  port: number
  close(): Promise<void>
  /** Opening balance again, no orders, no searches (Settings → "Reset sandbox"). */
  reset(): Promise<void>
}

/** A Sandbox on this thread's event loop: for tests and `npm run sandbox`; the desk's own runs in worker.ts. */
export interface RunningSandbox extends SandboxHandle {
  /** The control API, in-process (always available here, token or not). */
  control: SandboxControl
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1'
  if (!LOOPBACK.has(host)) throw new Error(`the sandbox listens on loopback only, not ${host}`)
  const log = options.log ?? createLogger()
  const core = new SandboxCore({
    seed: String(options.seed),
    account: options.account,
    clock: options.clock ?? systemClock,
    ...(options.statePath !== undefined ? { statePath: options.statePath } : {}),
    log,
    settings: { ...options.settings, ...(options.offerCountKnob !== undefined ? { offerCount: options.offerCountKnob } : {}) }
  })
  await core.flush()
  const notifier = new Notifier(core, options.notifyUrl ?? null)
  const control = new SandboxControl(core, new FaultBook(), notifier)
  const server = createSandboxServer({ core, control, ...(options.controlToken ? { controlToken: options.controlToken } : {}), log })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    // The state file is not left open by a Sandbox that never ran.
    notifier.stop()
    core.close()
    throw error
  }
  const port = (server.address() as AddressInfo).port
  const shownHost = host.includes(':') ? `[${host}]` : host
  let closing: Promise<void> | null = null
  return {
    url: `http://${shownHost}:${port}`,
    port,
    control,
    reset: async () => {
      await control.reset()
    },
    close: () => {
      notifier.stop()
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
        .then(() => core.flush())
        .finally(() => core.close())
      return closing
    }
  }
}
