import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Figure } from './kit/figures'
import { writeBenchmarksMd } from './kit/markdown'

/**
 * `npm run bench`: every benchmark in one go, each in a process of its own, then
 * bench/results.json (every figure, with its same-run baseline and goal) and BENCHMARKS.md (the
 * table the README links). Each script reports through bench/kit/figures.ts.
 */
const scripts = [
  'bench/answers.ts',
  'bench/journal.ts',
  'bench/shopping.ts',
  'bench/searchRows.ts',
  'bench/responsiveness.ts',
  'bench/searchBrowser.ts',
  'bench/desk.ts',
  'bench/sandbox.ts',
  'bench/sandboxScale.ts',
  'bench/startup.ts'
].filter((script) => existsSync(script))

const dir = mkdtempSync(join(tmpdir(), 'fr24-bench-'))
const out = join(dir, 'figures.jsonl')
const runs: { script: string; seconds: number; ok: boolean }[] = []
const began = performance.now()
try {
  for (const script of scripts) {
    console.log(`\n## ${script}`)
    const started = performance.now()
    const result = spawnSync(join('node_modules', '.bin', 'tsx'), [script], { stdio: 'inherit', env: { ...process.env, FR24_BENCH_OUT: out } })
    runs.push({ script, seconds: (performance.now() - started) / 1000, ok: result.status === 0 })
  }
  const figures: Figure[] = existsSync(out)
    ? readFileSync(out, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Figure)
    : []
  const results = {
    date: new Date().toISOString(),
    totalSeconds: (performance.now() - began) / 1000,
    machine: { platform: platform(), release: release(), cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) },
    versions: versions(),
    runs,
    figures
  }
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n')
  writeFileSync('BENCHMARKS.md', writeBenchmarksMd(results))
  const missed = figures.filter((f) => f.goal && !f.goal.met)
  console.log(`\n${figures.length} figures in ${results.totalSeconds.toFixed(0)} s → bench/results.json, BENCHMARKS.md; goals missed: ${missed.length}`)
  for (const f of missed) console.log(`  missed: ${f.bench} — ${f.name} (${f.goal?.text})${f.note ? `: ${f.note}` : ''}`)
  process.exit(runs.every((r) => r.ok) ? 0 : 1)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

function versions(): Record<string, string> {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; devDependencies?: Record<string, string> }
  const read = (path: string, pick: (json: never) => string | undefined): string => {
    try {
      return pick(JSON.parse(readFileSync(path, 'utf8')) as never) ?? 'unknown'
    } catch {
      return 'unknown'
    }
  }
  const db = new DatabaseSync(':memory:')
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
  db.close()
  return {
    desk: pkg.version,
    node: process.versions.node,
    v8: process.versions.v8,
    sqlite,
    electron: read('node_modules/electron/package.json', (j: { version?: string }) => j.version),
    chromium: read('node_modules/playwright-core/browsers.json', (j: { browsers?: { name: string; browserVersion?: string }[] }) => j.browsers?.find((b) => b.name === 'chromium')?.browserVersion),
    playwright: read('node_modules/playwright-core/package.json', (j: { version?: string }) => j.version)
  }
}
