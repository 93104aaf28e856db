/**
 * The renderer's Content-Security-Policy: only the desk's own scripts and styles,
 * nothing remote, no plugins, no framing. The Electron window talks to main over
 * IPC, so it gets connect-src 'none'; the browser host's page needs 'self' for its
 * HTTP bridge.
 */
export function contentSecurityPolicy(connect: "'none'" | "'self'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'"
  ].join('; ')
}
