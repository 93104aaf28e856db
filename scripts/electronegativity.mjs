// `node scripts/electronegativity.mjs <input dir>`: Electronegativity over the sources, fully offline,
// printing its findings as one JSON object ({ checks, errors, issues }) for test/securityGate.test.ts.
//
// Offline: Electronegativity asks the network for updated translations every time it starts (and its
// http client then crashes the process when the request fails and is retried). Here that one request
// is answered "unavailable" before it is made, so it falls back to the translations it ships. Its check
// that asks the network for Electron's release list is left out (AvailableSecurityFixesGlobalCheck;
// the reason is in test/security/electronegativity-reviewed.ts).
import Module, { createRequire } from 'node:module'
import { resolve } from 'node:path'

const requireCjs = createRequire(import.meta.url)

const translations = /[\\/]@doyensec[\\/]electronegativity[\\/]dist[\\/]locales[\\/]i18n\.js$/
const load = Module._load
Module._load = function (request, parent, isMain) {
  if (request === 'got' && parent && translations.test(parent.filename)) {
    return () => Promise.reject(new Error('offline: translations are not fetched'))
  }
  return load.call(this, request, parent, isMain)
}

const input = resolve(process.argv[2] ?? 'src')
const run = requireCjs('@doyensec/electronegativity')
// Its messages go to console.log while it runs; keep stdout for the JSON answer.
const log = console.log
console.log = (...args) => console.error(...args)
run({
  input,
  isRelative: true,
  electronVersionOverride: requireCjs('electron/package.json').version,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  parserPlugins: []
}, false).then(
  (result) => {
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file.replaceAll('\\', '/'),
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name ?? String(issue.severity.value),
      manualReview: Boolean(issue.manualReview)
    }))
    log(JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }))
  },
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
