/**
 * Every Electronegativity finding over src/ that was reviewed and left as it is, with the reason.
 * test/securityGate.test.ts fails on a finding not listed here, and on an entry that no longer
 * matches a finding (so the list cannot hide a fixed problem's return under a stale line).
 * An entry names the check and the file, not the line: the reason is about the code, which moves.
 */
export interface ReviewedFinding {
  id: string
  /** Relative to src/. */
  file: string
  why: string
}

export const REVIEWED: readonly ReviewedFinding[] = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/electron/window.ts',
    why: 'webPreferences come from policy.ts mainWindowWebPreferences (contextIsolation: true), which the tool cannot follow; test/electron-shell.test.ts reads what the built app really passes to BrowserWindow.'
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'main/electron/window.ts',
    why: 'sandbox: true, from the same mainWindowWebPreferences; checked on the built app as above.'
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'main/electron/window.ts',
    why: 'a middle click can only ask for a new window or a navigation: setWindowOpenHandler denies every new window (opening only the allowed FR24 and mailto links outside), will-navigate and will-redirect keep the window on app://desk.'
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/electron/window.ts',
    why: 'shell.openExternal runs only for isAllowedExternalUrl: https on the three FR24 hosts without credentials, or mailto (policy.test.ts).'
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'main/electron/window.ts',
    why: "the relaxed DEV_SERVER_CSP ('unsafe-inline', ws:) is set only under electron-vite's dev server, which shellMode honours only unpackaged and on loopback http; the packaged app serves app://desk with ELECTRON_CSP (default-src 'none', connect-src 'none'), checked in policy.test.ts and electron-shell.test.ts."
  }
]

/** Checks not run at all, with the reason. */
export const CHECKS_LEFT_OUT: Readonly<Record<string, string>> = {
  AvailableSecurityFixesGlobalCheck:
    'asks the network for the list of Electron releases, and the gate runs offline; which Electron the desk ships is a dependency decision (package.json), not a finding in the sources.'
}

/**
 * The files of main that read process.env, and why each is safe in a packaged app. A new one fails the
 * gate until it is reviewed here: an environment variable is a switch anyone who starts the app can flip.
 */
export const ENVIRONMENT_READERS: Readonly<Record<string, string>> = {
  'main/index.ts': 'hands process.env to policy.ts shellMode, which ignores ELECTRON_RENDERER_URL and FR24_DESK_E2E in a packaged app.',
  'main/desk/profiles/environmentUrls.ts': 'FR24_DESK_TEST_BASE_URL may point only the Test environment, and only at a loopback http(s) address (never Production, never another machine).',
  'main/desk/profiles/embeddedSandbox.ts': 'FR24_DESK_SANDBOX_CONTROL_TOKEN sets the token of the built-in simulator’s control API (loopback only); the simulator moves no real money.',
  'main/host/cli.ts': 'the browser host (npm run desk), a development and test shell that is not in the Electron bundle.',
  'main/sandbox/cli.ts': 'the stand-alone simulator (npm run sandbox), not in the Electron bundle.'
}
