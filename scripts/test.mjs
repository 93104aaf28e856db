// `npm test`: typecheck, lint, unit and service tests (inside a private Secret Service),
// then the end-to-end tests in Chromium. Prints each step's duration and one closing
// line with the totals, and fails if any step failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const reports = '.tmp/test-reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit and service tests', 'npm', ['run', '--silent', 'test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]],
  ['end-to-end tests', 'npm', ['run', '--silent', 'test:e2e'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` }]
]

const outcomes = []
for (const [name, command, args, env] of steps) {
  const started = Date.now()
  console.log(`\n=== ${name}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const ok = result.status === 0
  outcomes.push({ name, ok, seconds })
  console.log(`=== ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds}s`)
}

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(`${reports}/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${reports}/vitest.json`, 'utf8'))
  passed += v.numPassedTests
  failed += v.numFailedTests
  skipped += v.numPendingTests + v.numTodoTests
}
if (existsSync(`${reports}/playwright.json`)) {
  const p = JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'))
  passed += p.stats.expected + p.stats.flaky
  failed += p.stats.unexpected
  skipped += p.stats.skipped
}
// A step that failed without a test report (typecheck, lint, a crash) counts as a failure too.
const failedSteps = outcomes.filter((o) => !o.ok)
console.log('\nSummary:')
for (const o of outcomes) console.log(`  ${o.ok ? 'ok  ' : 'FAIL'} ${o.name} (${o.seconds}s)`)
if (failedSteps.length && failed === 0) failed = failedSteps.length
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedSteps.length ? 1 : 0)
